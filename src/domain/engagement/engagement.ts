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
  /** A side reviewed the other; the payload never holds the text or ratings (blind). */
  "review.submitted",
  /** Both reviews of a round are in, or its window closed: published together and locked. */
  "review.published",
  "review.replied",
  /** A moderator hid a review, with the policy reason both sides see. */
  "review.hidden",
  /** A text read as a legal threat not linked to a review: kept in the relationship's history. */
  "screening.legal_threat_recorded",
  "moderation.case_opened",
  "moderation.response_filed",
  "moderation.case_decided",
  "moderation.case_appealed",
  "moderation.appeal_decided",
  /** The provider was expelled: the engagement should move to exit, the client protected. */
  "engagement.exit_flagged",
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
