/** Seconds in each unit a test clock is moved by: days, hours, minutes. */
const UNIT_SECONDS = { d: 86_400, h: 3_600, m: 60 } as const;

/** The furthest one advance may move a test clock: a year and a day. */
export const MAX_ADVANCE_SECONDS = 366 * UNIT_SECONDS.d;

/** How many years a test clock may run ahead of real time. */
export const MAX_OFFSET_YEARS = 10;
export const MAX_OFFSET_SECONDS = 3_653 * UNIT_SECONDS.d;

/**
 * Reads a duration an operator types (`15d`, `36h`, `90m`, `1d12h`) as seconds. Undefined when
 * the text is not one (each unit once, days before hours before minutes), is zero, or exceeds
 * {@link MAX_ADVANCE_SECONDS}: a test clock only moves
 * forward, so nothing already decided is undone.
 */
export function parseAdvance(text: string): number | undefined {
  const compact = text.trim().toLowerCase().replace(/\s+/g, "");
  // Each unit at most once, largest first: "1d1d" or "12h1d" is a slip, not a duration.
  const parts = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?$/.exec(compact);
  if (!parts || compact === "") return undefined;
  const [, days = "0", hours = "0", minutes = "0"] = parts;
  const seconds =
    Number(days) * UNIT_SECONDS.d +
    Number(hours) * UNIT_SECONDS.h +
    Number(minutes) * UNIT_SECONDS.m;
  return seconds > 0 && seconds <= MAX_ADVANCE_SECONDS ? seconds : undefined;
}

/** An offset as days, hours and minutes, for people to read (`15d 4h`). */
export function describeOffset(offsetSeconds: number): string {
  const days = Math.floor(offsetSeconds / UNIT_SECONDS.d);
  const hours = Math.floor((offsetSeconds % UNIT_SECONDS.d) / UNIT_SECONDS.h);
  const minutes = Math.floor((offsetSeconds % UNIT_SECONDS.h) / UNIT_SECONDS.m);
  const parts = [
    days > 0 ? `${days}d` : "",
    hours > 0 ? `${hours}h` : "",
    minutes > 0 ? `${minutes}m` : "",
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(" ") : "0m";
}
