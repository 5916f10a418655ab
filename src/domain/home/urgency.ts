/** What every item waiting for someone carries, whatever part of an engagement it comes from. */
export interface Waiting {
  /** When the person must act by, if anything agreed says so (ISO 8601). */
  dueAt: string | null;
  /** Since when it has been waiting (ISO 8601). */
  since: string;
}

/**
 * Most urgent first: items with a deadline by their deadline (so the overdue ones lead), then
 * those without one, the longest waiting first. A stable order for equal items.
 */
export function byUrgency(a: Waiting, b: Waiting): number {
  if (a.dueAt !== null && b.dueAt !== null) {
    return a.dueAt.localeCompare(b.dueAt) || a.since.localeCompare(b.since);
  }
  if (a.dueAt !== null) return -1;
  if (b.dueAt !== null) return 1;
  return a.since.localeCompare(b.since);
}
