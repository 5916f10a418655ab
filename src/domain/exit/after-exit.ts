/** What the exit record says about the engagement's end: its exit date and an amicable end. */
export interface ExitEnd {
  /** The last day of the relationship, `YYYY-MM-DD`. */
  exitDate: string;
  /** When both sides closed the exit amicably (hand-over done, settlement paid), or null. */
  endedAmicablyAt: string | null;
}

/**
 * The day an engagement's relationship ended, or null while it goes on: it ends on its exit
 * date once that day has come, or when the exit ended amicably, whichever is first. No exit,
 * no end. `now` is the caller's clock; the day compared is its UTC date.
 */
export function engagementEndedOn(exit: ExitEnd | null | undefined, now: Date): string | null {
  if (!exit) return null;
  const today = now.toISOString().slice(0, 10);
  const amicably = exit.endedAmicablyAt?.slice(0, 10) ?? null;
  const candidates = [exit.exitDate <= today ? exit.exitDate : null, amicably].filter(
    (day): day is string => day !== null,
  );
  return candidates.length === 0 ? null : candidates.reduce((a, b) => (a < b ? a : b));
}
