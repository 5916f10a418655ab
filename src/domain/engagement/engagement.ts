/** The two sides of every engagement; an organisation's kind decides which one it takes. */
export type Side = "client" | "provider";

export type EngagementStatus = "pending" | "active" | "declined" | "withdrawn";

/** Every event type the ledger can hold so far; later stages of the lifecycle add theirs. */
export const ENGAGEMENT_EVENT_TYPES = [
  "engagement.proposed",
  "engagement.accepted",
  "engagement.declined",
  /** A client accepted a provider's proposal to a brief: both sides join at once. */
  "engagement.started_from_proposal",
  "agreement.draft_edited",
  "agreement.signed",
  "agreement.in_force",
  "agreement.amendment_opened",
  "deliverable.submitted",
  /** The review window of a round ends within a day, and silence will accept it. */
  "deliverable.review_due_soon",
  /** The client judged every agreed criterion: accepted, or changes requested. */
  "deliverable.evaluated",
  /** The review window passed with no evaluation, and the agreement says silence accepts. */
  "deliverable.deemed_accepted",
  /** Every deliverable of the milestone is accepted: what it carries falls due for payment. */
  "milestone.accepted",
  "change_request.proposed",
  "change_request.priced",
  "change_request.declined",
  "change_request.withdrawn",
  "change_request.approved",
  /** The approved change is part of the agreement in force (amendment signed or acknowledged). */
  "change_request.applied",
  "message.posted",
  /** An invoice got its number and dates: from now on it is a document between both sides. */
  "invoice.issued",
  "invoice.voided",
  /** One side says money moved; the other side confirms or rejects it. */
  "payment.recorded",
  "payment.confirmed",
  "payment.rejected",
  "credit_note.issued",
  "invoice.reminder_sent",
  /** One side disputes an item (an evaluation, an invoice, a change request, conduct). */
  "dispute.opened",
  "dispute.responded",
  /** An offer of amends, or a counter-offer, combined as one. */
  "dispute.offer_made",
  "dispute.offer_declined",
  /** Accepted amends were carried out, or both sides took the recommendation. */
  "dispute.settled",
  /** Up one rung, by a side or by the sweeper when a window passed unanswered. */
  "dispute.escalated",
  "dispute.withdrawn",
  /** One side gave notice (or a breach notice); the exit date and the hand-over follow. */
  "exit.notice_given",
  /** The provider was expelled: notice waived for the client, hand-over owed by the provider. */
  "exit.protected_started",
  "exit.hand_over_item_done",
] as const;
export type EngagementEventType = (typeof ENGAGEMENT_EVENT_TYPES)[number];

export function otherSide(side: Side): Side {
  return side === "client" ? "provider" : "client";
}

/**
 * Whether an organisation of `acceptingKind` may take the other side of an engagement that an
 * organisation of `initiatorKind` started: an engagement always joins a client and a provider.
 */
export function canTakeOtherSide(initiatorKind: Side, acceptingKind: Side): boolean {
  return acceptingKind === otherSide(initiatorKind);
}

/** Only an engagement still waiting for the other side can be accepted or declined. */
export function isAwaitingAnswer(status: EngagementStatus): boolean {
  return status === "pending";
}
