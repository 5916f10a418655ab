const WIDTH = 30;

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const two = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

/**
 * One line of progress: a bar, the count, the rate and the time left at that rate. The rate is
 * measured since `from` (the start of the current phase, when phases go at different speeds:
 * the time left of a fast phase is not judged by a slow one before it), or since the start.
 */
export function progressLine(
  done: number,
  total: number,
  elapsedMs: number,
  unit: string,
  from: { done: number; elapsedMs: number } = { done: 0, elapsedMs: 0 },
): string {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * WIDTH);
  const ms = elapsedMs - from.elapsedMs;
  const perSecond = ms > 0 ? ((done - from.done) * 1000) / ms : 0;
  const eta = perSecond > 0 ? clock((total - done) / perSecond) : done >= total ? clock(0) : "?";
  return `[${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${done}/${total} ${unit}  ${perSecond.toFixed(1)}/s  ETA ${eta}`;
}
