/**
 * The ledger events that time writes (the sweepers, no actor), and what makes each one the same
 * event: two of them with one key mean a piece of due work was done twice.
 */
const KEY_OF: Record<string, (payload: Record<string, unknown>, day: string) => unknown[]> = {
  "deliverable.review_due_soon": (p) => [p.submissionId],
  "deliverable.deemed_accepted": (p) => [p.submissionId],
  "invoice.reminder_sent": (p) => [p.invoiceId, p.offsetDays],
  "dispute.escalated": (p) => [p.disputeId, p.from],
  "check_in.opened": (p) => [p.period],
  "check_in.reminded": (p) => [p.checkInId],
  "check_in.closed": (p) => [p.checkInId],
  // A new review may open only after a cooldown of months: two on one day are one too many.
  "relationship_review.opened": (_p, day) => [day],
  "review.published": (p) => [p.occasion],
  "exit.ended_amicably": (p) => [p.exitId],
};

export const SWEPT_ONCE_TYPES = Object.keys(KEY_OF);

interface SweptEvent {
  engagement_id: string;
  type: string;
  payload: string;
  occurred_at: string;
}

/** Descriptions of the events that happened more than once; empty when each happened once. */
export function duplicateSweeps(events: SweptEvent[]): string[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    const keyOf = KEY_OF[event.type];
    if (!keyOf) continue;
    const payload = JSON.parse(event.payload) as Record<string, unknown>;
    const key = JSON.stringify([
      event.engagement_id,
      event.type,
      ...keyOf(payload, event.occurred_at.slice(0, 10)),
    ]);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n > 1).map(([key, n]) => `${n}× ${key}`);
}
