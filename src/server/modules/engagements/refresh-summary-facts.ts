import type { EngagementEventType } from "../../../domain/ledger/event-catalogue";
import { refreshSummaryFacts, type SummaryFactPart } from "../../kernel/summary-facts";
import type { EventReaction } from "../../platform/deps";

/**
 * Which part of an engagement's summary facts each event's write changes: agreement versions
 * and signatures, submissions, change requests, or invoices with their payments and credit
 * notes; none for the rest. Every type must be classed, so a new one cannot be forgotten; a
 * part missed leaves the list stale, one too many costs a read, so when unsure, name it.
 */
const CHANGES_SUMMARY_FACTS: { [T in EngagementEventType]: readonly SummaryFactPart[] } = {
  "engagement.proposed": [],
  "engagement.accepted": [],
  "engagement.declined": [],
  "engagement.withdrawn": [],
  "engagement.started_from_proposal": ["agreement"],
  "agreement.draft_edited": ["agreement"],
  "agreement.signed": ["agreement"],
  "agreement.in_force": ["agreement"],
  "agreement.amendment_opened": ["agreement"],
  "deliverable.submitted": ["delivery"],
  "deliverable.review_due_soon": [],
  "deliverable.evaluated": ["delivery"],
  "deliverable.deemed_accepted": ["delivery"],
  "milestone.accepted": [],
  "change_request.proposed": ["changes"],
  "change_request.priced": ["changes"],
  "change_request.declined": ["changes"],
  "change_request.withdrawn": ["changes"],
  "change_request.approved": ["changes"],
  "change_request.applied": ["changes"],
  "message.posted": [],
  "invoice.issued": ["billing"],
  "invoice.voided": ["billing"],
  "payment.recorded": ["billing"],
  "payment.confirmed": ["billing"],
  "payment.rejected": ["billing"],
  "credit_note.issued": ["billing"],
  "refund.recorded": [],
  "refund.confirmed": [],
  "refund.rejected": [],
  "invoice.reminder_sent": [],
  "check_in.opened": [],
  "check_in.answered": [],
  "check_in.reminded": [],
  "check_in.closed": [],
  "health.warning_raised": [],
  "health.warning_cleared": [],
  "review.submitted": [],
  "review.published": [],
  "review.replied": [],
  "review.hidden": [],
  "screening.legal_threat_recorded": [],
  "moderation.case_opened": [],
  "moderation.response_filed": [],
  "moderation.case_decided": [],
  "moderation.case_appealed": [],
  "moderation.appeal_decided": [],
  "engagement.exit_flagged": [],
  "dispute.opened": [],
  "dispute.responded": [],
  "dispute.offer_made": [],
  "dispute.offer_declined": [],
  "dispute.settled": [],
  "dispute.escalated": [],
  "dispute.recommended": [],
  "dispute.recommendation_accepted": [],
  "exit.notice_given": [],
  "exit.protected_started": [],
  "exit.hand_over_item_done": [],
  "exit.feedback_given": [],
  "exit.ended_amicably": [],
  "goal.set": [],
  "goal.value_recorded": [],
  "goal.correction_proposed": [],
  "goal.correction_answered": [],
  "relationship_review.opened": [],
  "relationship_review.answered": [],
  "relationship_review.revealed": [],
  "next_phase.offered": [],
  "next_phase.answered": [],
  "recognition.given": [],
  "recognition.answered": [],
  "recognition.requested": [],
};

/**
 * Composed into `deps.afterAppend`: an event that records such a write rewrites the
 * engagement's stored summary facts in the same transaction. The use-cases append after
 * their writes, so the facts read here include them.
 */
export const refreshSummaryAfterEvent: EventReaction = async (trx, deps, event) => {
  const parts = CHANGES_SUMMARY_FACTS[event.type];
  if (parts.length === 0) return;
  await refreshSummaryFacts(
    trx,
    event.engagementId,
    deps.clock.now().toISOString(),
    new Set(parts),
  );
};
