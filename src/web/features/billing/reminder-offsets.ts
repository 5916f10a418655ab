/**
 * A reminder schedule is typed as days relative to the due date, "-7, -1, 1, 7, 14": negative
 * before it, 0 on it, positive after. The server checks the range and repeats; this reads the
 * text and names what is not a whole number of days.
 */

export function formatOffsets(offsets: readonly number[]): string {
  return offsets.join(", ");
}

export type OffsetsReading = { ok: true; offsets: number[] } | { ok: false; unreadable: string[] };

/** Commas, semicolons or spaces separate the days; a typographic minus counts as a minus. */
export function readOffsets(text: string): OffsetsReading {
  const tokens = text
    .split(/[\s,;]+/)
    .map((token) => token.replace(/[\u2212\u2013]/g, "-"))
    .filter((token) => token !== "");
  const unreadable = tokens.filter((token) => !/^[+-]?\d{1,4}$/.test(token));
  if (unreadable.length > 0) return { ok: false, unreadable };
  return { ok: true, offsets: tokens.map((token) => Number(token)) };
}
