const WIDTH = 30;

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const two = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

/** One line of progress: a bar, the count, the rate and the time left at that rate. */
export function progressLine(done: number, total: number, elapsedMs: number, unit: string): string {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * WIDTH);
  const perSecond = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = perSecond > 0 ? clock((total - done) / perSecond) : "?";
  return `[${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${done}/${total} ${unit}  ${perSecond.toFixed(1)}/s  ETA ${eta}`;
}
