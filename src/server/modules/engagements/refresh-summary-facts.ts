import type { EngagementEventType } from "../../../domain/ledger/event-catalogue";
import { refreshSummaryFacts } from "../../kernel/summary-facts";
import type { EventReaction } from "../../platform/deps";

/**
 * Which events record a write to the tables an engagement's summary facts come from (agreement
 * versions and signatures, submissions, change requests, invoices, payments, credit notes).
 * Every type must be classed, so a new one cannot be forgotten; a wrong `false` leaves the list
 * stale, a wrong `true` costs seven reads, so when unsure, `true`.
 */
const CHANGES_SUMMARY_FACTS: { [T in EngagementEventType]: boolean } = {
  "engagement.proposed": false,
  "engagement.accepted": false,
  "engagement.declined": false,
  "engagement.started_from_proposal": true,
  "agreement.draft_edited": true,
  "agreement.signed": true,
  "agreement.in_force": true,
  "agreement.amendment_opened": true,
  "deliverable.submitted": true,
  "deliverable.review_due_soon": false,
  "deliverable.evaluated": true,
  "deliverable.deemed_accepted": true,
  "milestone.accepted": false,
  "change_request.proposed": true,
  "change_request.priced": true,
  "change_request.declined": true,
  "change_request.withdrawn": true,
  "change_request.approved": true,
  "change_request.applied": true,
  "message.posted": false,
  "invoice.issued": true,
  "invoice.voided": true,
  "payment.recorded": true,
  "payment.confirmed": true,
  "payment.rejected": true,
  "credit_note.issued": true,
  "invoice.reminder_sent": false,
  "check_in.opened": false,
  "check_in.answered": false,
  "check_in.reminded": false,
  "check_in.closed": false,
  "health.warning_raised": false,
  "health.warning_cleared": false,
  "review.submitted": false,
  "review.published": false,
  "review.replied": false,
  "review.hidden": false,
  "screening.legal_threat_recorded": false,
  "moderation.case_opened": false,
  "moderation.response_filed": false,
  "moderation.case_decided": false,
  "moderation.case_appealed": false,
  "moderation.appeal_decided": false,
  "engagement.exit_flagged": false,
  "dispute.opened": false,
  "dispute.responded": false,
  "dispute.offer_made": false,
  "dispute.offer_declined": false,
  "dispute.settled": false,
  "dispute.escalated": false,
  "dispute.recommended": false,
  "dispute.recommendation_accepted": false,
  "exit.notice_given": false,
  "exit.protected_started": false,
  "exit.hand_over_item_done": false,
  "exit.feedback_given": false,
  "exit.ended_amicably": false,
  "goal.set": false,
  "goal.value_recorded": false,
  "goal.correction_proposed": false,
  "goal.correction_answered": false,
  "relationship_review.opened": false,
  "relationship_review.answered": false,
  "relationship_review.revealed": false,
  "next_phase.offered": false,
  "next_phase.answered": false,
  "recognition.given": false,
  "recognition.answered": false,
  "recognition.requested": false,
};

/**
 * Composed into `deps.afterAppend`: an event that records such a write rewrites the
 * engagement's stored summary facts in the same transaction. The use-cases append after
 * their writes, so the facts read here include them.
 */
export const refreshSummaryAfterEvent: EventReaction = async (trx, deps, event) => {
  if (!CHANGES_SUMMARY_FACTS[event.type]) return;
  await refreshSummaryFacts(trx, event.engagementId, deps.clock.now().toISOString());
};
