import type { Kysely } from "kysely";
import { otherSide, type Side } from "../../../domain/engagement/engagement";
import { closerLookFor, type PressureStep } from "../../../domain/review/timing-flag";
import type { Database } from "../../db/schema";
import { listPressureEvents } from "./reviews.repository";

/**
 * The ledger's pressure steps on an engagement as the timing rule reads them: payment
 * reminders and late-interest invoices are addressed to the client; a dispute to the side
 * that did not open it.
 */
export async function pressureStepsOf(
  db: Kysely<Database>,
  engagementId: string,
): Promise<PressureStep[]> {
  const events = await listPressureEvents(db, engagementId);
  return events.flatMap((event): PressureStep[] => {
    const at = new Date(event.occurredAt);
    switch (event.type) {
      case "invoice.reminder_sent":
        return [{ kind: "payment_reminder", towardSide: "client", occurredAt: at }];
      case "invoice.issued":
        return event.payload.sourceKind === "late_interest"
          ? [{ kind: "late_interest_claim", towardSide: "client", occurredAt: at }]
          : [];
      case "dispute.opened":
        return [{ kind: "dispute", towardSide: otherSide(event.payload.side), occurredAt: at }];
    }
  });
}

/** Both directions of the closer-look rule for one review, from the ledger as it is now. */
export async function closerLookOf(
  db: Kysely<Database>,
  review: { engagement_id: string; reviewer_side: Side; submitted_at: string },
) {
  return closerLookFor(
    { reviewerSide: review.reviewer_side, submittedAt: new Date(review.submitted_at) },
    await pressureStepsOf(db, review.engagement_id),
  );
}
