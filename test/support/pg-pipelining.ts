import pg from "pg";

/** What each statement sent found still unanswered on its connection, recorded at the driver. */
export async function recordingUnanswered<T>(
  run: () => Promise<T>,
): Promise<{ result: T; sent: { text: string; unanswered: number }[] }> {
  const sent: { text: string; unanswered: number }[] = [];
  const unanswered = new WeakMap<object, number>();
  // Put back as it was, on the prototype it came from.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const original = pg.Client.prototype.query;
  const recording = function (this: pg.Client, ...args: unknown[]) {
    const config = args[0] as string | { text: string };
    const text = typeof config === "string" ? config : config.text;
    const before = unanswered.get(this) ?? 0;
    sent.push({ text, unanswered: before });
    unanswered.set(this, before + 1);
    const answer = (original as (...a: unknown[]) => Promise<unknown>).apply(this, args);
    const settle = () => unanswered.set(this, (unanswered.get(this) ?? 1) - 1);
    answer.then(settle, settle);
    return answer;
  };
  pg.Client.prototype.query = recording as typeof original;
  try {
    return { result: await run(), sent };
  } finally {
    pg.Client.prototype.query = original;
  }
}
