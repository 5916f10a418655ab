import type { Side } from "../engagement/engagement";

/**
 * The catalogue of engagement events: every event the ledger holds, with the payload it
 * carries. A new kind of event is one more member here and one more row in
 * `ENGAGEMENT_EVENTS` below; the compiler then points at every reader that must say what it
 * does with it. Payloads are what was written and hashed: a field is never renamed or retyped,
 * only added as optional, so every existing ledger keeps verifying and parsing.
 */
export type EngagementEvent =
  | {
      type: "engagement.proposed";
      payload: { title: string; description: string; side: Side; invitationId: string };
    }
  | { type: "engagement.accepted"; payload: { side: Side; orgId: string; orgName: string } }
  | { type: "engagement.declined"; payload: Record<string, never> }
  /** The proposing side took back its proposal before the other side answered. */
  | { type: "engagement.withdrawn"; payload: { invitationId: string | null } }
  /** A client accepted a provider's proposal to a brief: both sides join at once. */
  | {
      type: "engagement.started_from_proposal";
      payload: {
        briefId: string;
        proposalId: string;
        revision: number;
        agreementVersion: number;
        contentHash: string;
      };
    }
  | {
      type: "agreement.draft_edited";
      payload: {
        version: number;
        contentHash: string;
        previousHash: string;
        side: Side;
        removedSignatures: { side: Side; userId: string; contentHash?: string }[];
        /** Set when an approved change request wrote the edit. */
        changeRequestNumber?: number;
        /** Set when accepted amends of this dispute wrote the edit. */
        disputeNumber?: number;
      };
    }
  | {
      type: "agreement.signed";
      payload: {
        version: number;
        side: Side;
        contentHash: string;
        /** Findings the signer acknowledged explicitly (a pay cut on an amendment). */
        acknowledgedFindings?: string[];
      };
    }
  | {
      type: "agreement.in_force";
      payload: {
        version: number;
        contentHash: string;
        supersededVersion: number | null;
        changeRequestNumber?: number;
        /** Set when accepted amends of this dispute (re-work, a new deadline) wrote the terms. */
        disputeNumber?: number;
        application?: ChangeApplicationKind;
      };
    }
  | {
      type: "agreement.amendment_opened";
      payload: {
        version: number;
        amendsVersion: number;
        contentHash: string;
        changeRequestNumber?: number;
        disputeNumber?: number;
      };
    }
  | {
      type: "deliverable.submitted";
      payload: DeliverableRound & {
        agreementVersion: number;
        reviewDueAt: string | null;
        fileCount: number;
      };
    }
  /** The review window of a round ends within a day, and silence will accept it. */
  | {
      type: "deliverable.review_due_soon";
      payload: DeliverableRound & { reviewDueAt: string | null };
    }
  /** The client judged every agreed criterion: accepted, or changes requested. */
  | {
      type: "deliverable.evaluated";
      payload: DeliverableRound & {
        outcome: "accepted" | "changes_requested";
        unmetCriterionIds: string[];
        remarkCount: number;
      };
    }
  /** The review window passed with no evaluation, and the agreement says silence accepts. */
  | {
      type: "deliverable.deemed_accepted";
      payload: DeliverableRound & {
        reason: "review_window_passed";
        reviewWindowDays: number | null;
        reviewDueAt: string | null;
      };
    }
  /** Every deliverable of the milestone is accepted: what it carries falls due for payment. */
  | {
      type: "milestone.accepted";
      payload: { milestoneId: string; title: string; amountMinor: number; currency: string };
    }
  | {
      type: "change_request.proposed";
      payload: ChangeRef & { side: Side; deliverableIds: string[]; fromRemarkId: string | null };
    }
  | {
      type: "change_request.priced";
      payload: ChangeRef & {
        priceMinor: number;
        currency: string;
        effort: { unit: "hour" | "day"; quantity: number };
        scheduleImpactDays: number;
      };
    }
  | { type: "change_request.declined"; payload: ChangeAnswer }
  | { type: "change_request.withdrawn"; payload: ChangeAnswer }
  | { type: "change_request.approved"; payload: ChangeDecision }
  /** The approved change is part of the agreement in force (amendment signed or acknowledged). */
  | { type: "change_request.applied"; payload: ChangeDecision }
  | {
      type: "message.posted";
      payload: {
        messageId: string;
        threadKind: "engagement" | "deliverable" | "change_request";
        threadId: string;
      };
    }
  /** An invoice got its number and dates: from now on it is a document between both sides. */
  | {
      type: "invoice.issued";
      payload: {
        invoiceId: string;
        number: string;
        sourceKind: "milestone" | "change_request" | "retainer" | "manual" | "late_interest";
        sourceRef: string | null;
        currency: string;
        totalMinor: number;
        issueDate: string;
        dueDate: string;
      };
    }
  | { type: "invoice.voided"; payload: InvoiceRef & { reason: string } }
  /** One side says money moved; the other side confirms or rejects it. */
  | {
      type: "payment.recorded";
      payload: PaymentRef & { paidOn: string; side: Side };
    }
  | { type: "payment.confirmed"; payload: PaymentRef & { invoiceStatus: InvoiceStatusKind } }
  | { type: "payment.rejected"; payload: PaymentRef & { invoiceStatus: InvoiceStatusKind } }
  /**
   * The provider says it paid money back to the client (`RefundRef`: engagement-wide, no
   * invoice); the client confirms or rejects it.
   */
  | { type: "refund.recorded"; payload: RefundRef & { paidOn: string } }
  | { type: "refund.confirmed"; payload: RefundRef }
  | { type: "refund.rejected"; payload: RefundRef }
  | {
      type: "credit_note.issued";
      payload: {
        creditNoteId: string;
        number: string;
        invoiceId: string;
        invoiceNumber: string | null;
        amountMinor: number;
        currency: string;
        reason: string;
        invoiceStatus: InvoiceStatusKind;
      };
    }
  | {
      type: "invoice.reminder_sent";
      payload: InvoiceRef & {
        offsetDays: number;
        dueDate: string | null;
        outstandingMinor: number;
        currency: string;
        recipientCount: number;
      };
    }
  /** A check-in window opened on the agreement's cadence; each side may answer privately. */
  | { type: "check_in.opened"; payload: { checkInId: string; period: number; closesAt: string } }
  /** One side answered; the payload carries only the answer's hash, never the ratings. */
  | {
      type: "check_in.answered";
      payload: { checkInId: string; period: number; side: Side; answerHash: string };
    }
  | {
      type: "check_in.reminded";
      payload: { checkInId: string; period: number; waitingSides: Side[]; closesAt: string };
    }
  /** Both sides answered or the window passed: the answers now count in the scores. */
  | {
      type: "check_in.closed";
      payload: {
        checkInId: string;
        period: number;
        reason: "both_answered" | "window_closed";
        answeredSides: number;
      };
    }
  | {
      type: "health.warning_raised";
      payload: {
        key: string;
        code: string;
        level: "amber" | "red";
        responsibleSide: Side | "both";
        values: Record<string, number | string>;
      };
    }
  | { type: "health.warning_cleared"; payload: { key: string; code: string } }
  /** A side reviewed the other; the payload never holds the text or ratings (blind). */
  | {
      type: "review.submitted";
      payload: { reviewId: string; occasion: ReviewOccasion; reviewerSide: Side };
    }
  /** Both reviews of a round are in, or its window closed: published together and locked. */
  | {
      type: "review.published";
      payload: { occasion: ReviewOccasion; reason: "both_submitted" | "window_closed" };
    }
  | { type: "review.replied"; payload: { reviewId: string } }
  /** A moderator hid a review, with the policy reason both sides see. */
  | { type: "review.hidden"; payload: { reviewId: string; reason: string } }
  /** A text read as a legal threat not linked to a review: kept in the relationship's history. */
  | {
      type: "screening.legal_threat_recorded";
      payload: {
        subjectKind: string;
        subjectId: string;
        language: string;
        evidence: { phrase: string; role: string }[];
      };
    }
  | {
      type: "moderation.case_opened";
      payload: {
        caseId: string;
        source: string;
        subjectKind: string;
        subjectId: string;
        accusedOrgId: string;
        responseDueAt: string;
      };
    }
  | { type: "moderation.response_filed"; payload: { caseId: string } }
  | {
      type: "moderation.case_decided";
      payload: {
        caseId: string;
        accusedOrgId: string;
        decision: "no_action" | "warning" | "suspension" | "expulsion";
        reason: string;
        suspensionDays: number | null;
        /** A sanction on a case screening opened for retaliation (absent before it was recorded). */
        isVerifiedRetaliation?: boolean;
        /** A threat a moderator verified on a reported review (absent before it could be). */
        isVerifiedThreat?: boolean;
      };
    }
  | { type: "moderation.case_appealed"; payload: { caseId: string; by: string } }
  | {
      type: "moderation.appeal_decided";
      payload: {
        caseId: string;
        outcome: "upheld" | "overturned";
        reason: string;
        /** The organisation the case is against (absent before it was recorded). */
        accusedOrgId?: string;
      };
    }
  /** The provider was expelled: the engagement should move to exit, the client protected. */
  | {
      type: "engagement.exit_flagged";
      payload: { caseId: string; expelledOrgId: string; protectedSide: Side };
    }
  /** One side disputes an item (an evaluation, an invoice, a change request, conduct). */
  | {
      type: "dispute.opened";
      payload: DisputeRef & {
        side: Side;
        subject: { kind: DisputeSubjectKind; ref: string | null };
        statement: string;
        wants: string;
        ladder: DisputeRungKind[];
      };
    }
  | { type: "dispute.responded"; payload: DisputeRef & { side: Side; response: string } }
  /** An offer of amends, or a counter-offer, combined as one. */
  | {
      type: "dispute.offer_made";
      payload: DisputeRef & {
        offerId: string;
        side: Side;
        items: AmendsItemRecord[];
        isCounter: boolean;
      };
    }
  | { type: "dispute.offer_declined"; payload: DisputeRef & { offerId: string; side: Side } }
  /** Accepted amends were carried out, or both sides took the recommendation. */
  | {
      type: "dispute.settled";
      payload: DisputeRef & {
        side: Side;
        by: "amends" | "recommendation";
        offerId?: string;
        items?: AmendsItemRecord[];
        creditNotes?: string[];
      };
    }
  /** Up one rung, by a side or by the sweeper when a window passed unanswered. */
  | {
      type: "dispute.escalated";
      payload: DisputeRef & {
        from: DisputeRungKind;
        to: DisputeRungKind;
        reason: "side_escalated" | "window_passed";
        side?: Side;
      };
    }
  /** A moderator's written recommendation in mediation; it binds neither side. */
  | { type: "dispute.recommended"; payload: DisputeRef & { recommendation: string } }
  /** One side takes the recommendation; once both have, the dispute is settled on it. */
  | { type: "dispute.recommendation_accepted"; payload: DisputeRef & { side: Side } }
  /** One side gave notice (or a breach notice); the exit date and the hand-over follow. */
  | { type: "exit.notice_given"; payload: ExitStartedPayload }
  /**
   * One side was expelled: notice waived for the other, hand-over owed by the provider; when
   * notice was already running, that exit became this one (`replaces`).
   */
  | { type: "exit.protected_started"; payload: ExitStartedPayload }
  | {
      type: "exit.hand_over_item_done";
      payload: { exitId: string; itemId: string; key: string; duty: string };
    }
  /** One side's exit feedback; its rating and comment stay private (never in the ledger). */
  | {
      type: "exit.feedback_given";
      payload: { exitId: string; side: Side; wouldWorkAgain: boolean };
    }
  /** The settlement is paid and the hand-over complete: both sides hold this record. */
  | { type: "exit.ended_amicably"; payload: { exitId: string; isDoorOpen: boolean } }
  /** A goal joined the engagement: from the brief's success measures, the agreement or an offer. */
  | {
      type: "goal.set";
      payload: {
        goalId: string;
        title: string;
        baseline: number;
        target: number;
        unit: string;
        cadenceDays: number;
        dueDate: string | null;
        source: GoalSourceKind;
        side: Side;
      };
    }
  | {
      type: "goal.value_recorded";
      payload: GoalMeasurementRef & {
        value: number;
        measuredOn: string;
        source: string;
        side: Side;
      };
    }
  /** One side says a recorded value is wrong; the other confirms or disputes it. */
  | {
      type: "goal.correction_proposed";
      payload: GoalMeasurementRef & {
        correctionId: string;
        fromValue: number;
        toValue: number;
        side: Side;
      };
    }
  | {
      type: "goal.correction_answered";
      payload: GoalMeasurementRef & {
        correctionId: string;
        outcome: "confirmed" | "disputed";
        side: Side;
      };
    }
  /** The engagement drifted into inertia: both sides are asked to review the relationship. */
  | { type: "relationship_review.opened"; payload: { reviewId: string; signals: string[] } }
  /** One side answered; the payload never holds the answer (both are revealed at once). */
  | { type: "relationship_review.answered"; payload: { reviewId: string; side: Side } }
  | { type: "relationship_review.revealed"; payload: { reviewId: string } }
  | {
      type: "next_phase.offered";
      payload: {
        offerId: string;
        title: string;
        currency: string;
        priceMinor: number | null;
        goalCount: number;
        deliverableCount: number;
        justifiedByGoalIds: string[];
        reviewId: string | null;
      };
    }
  | {
      type: "next_phase.answered";
      payload: {
        offerId: string;
        title: string;
        outcome: "accepted" | "declined" | "change_requested";
        agreementVersion?: number;
      };
    }
  /** Recognition beyond money; public only with the recognised side's consent. */
  | {
      type: "recognition.given";
      payload: RecognitionRef & {
        fromSide: Side;
        subjectKind: string | null;
        subjectId: string | null;
      };
    }
  /** The recognised side drafted a testimonial or case study and asks the other to approve it. */
  | {
      type: "recognition.requested";
      payload: RecognitionRef & { fromSide: Side };
    }
  | {
      type: "recognition.answered";
      payload: RecognitionRef & {
        step:
          | "text_approved"
          | "text_declined"
          | "consent_granted"
          | "consent_declined"
          | "consent_withdrawn";
        side: Side;
      };
    };

type GoalSourceKind = "brief" | "agreement" | "offer";

type GoalMeasurementRef = { goalId: string; measurementId: string };

type RecognitionRef = {
  recognitionId: string;
  kind: "kudos" | "introduction" | "testimonial" | "case_study";
};

/** What a review round follows: an accepted milestone, the engagement's end, or an exit. */
export interface ReviewOccasion {
  kind: "milestone" | "engagement" | "exit";
  ref: string;
}

export type EngagementEventType = EngagementEvent["type"];

/** The payload of one type of event. */
export type EventPayload<T extends EngagementEventType> = Extract<
  EngagementEvent,
  { type: T }
>["payload"];

/**
 * What the catalogue says of each type beyond its payload: whether people hear of it (in the
 * app, by e-mail, each type switchable per person, and by webhook). The keys are checked
 * against the union both ways, so a type cannot be added to one and forgotten in the other.
 */
export const ENGAGEMENT_EVENTS = {
  "engagement.proposed": { notifies: false },
  "engagement.accepted": { notifies: false },
  "engagement.declined": { notifies: false },
  "engagement.withdrawn": { notifies: false },
  "engagement.started_from_proposal": { notifies: false },
  "agreement.draft_edited": { notifies: false },
  "agreement.signed": { notifies: false },
  "agreement.in_force": { notifies: false },
  "agreement.amendment_opened": { notifies: false },
  "deliverable.submitted": { notifies: true },
  "deliverable.review_due_soon": { notifies: true },
  "deliverable.evaluated": { notifies: true },
  "deliverable.deemed_accepted": { notifies: true },
  "milestone.accepted": { notifies: true },
  "change_request.proposed": { notifies: true },
  "change_request.priced": { notifies: true },
  "change_request.declined": { notifies: true },
  "change_request.withdrawn": { notifies: true },
  "change_request.approved": { notifies: true },
  "change_request.applied": { notifies: true },
  "message.posted": { notifies: true },
  "invoice.issued": { notifies: true },
  "invoice.voided": { notifies: true },
  "payment.recorded": { notifies: true },
  "payment.confirmed": { notifies: true },
  "payment.rejected": { notifies: true },
  "credit_note.issued": { notifies: true },
  "refund.recorded": { notifies: true },
  "refund.confirmed": { notifies: true },
  "refund.rejected": { notifies: true },
  "invoice.reminder_sent": { notifies: false },
  "check_in.opened": { notifies: true },
  "check_in.answered": { notifies: false },
  "check_in.reminded": { notifies: true },
  "check_in.closed": { notifies: false },
  "health.warning_raised": { notifies: false },
  "health.warning_cleared": { notifies: false },
  "review.submitted": { notifies: false },
  "review.published": { notifies: false },
  "review.replied": { notifies: false },
  "review.hidden": { notifies: false },
  "screening.legal_threat_recorded": { notifies: false },
  "moderation.case_opened": { notifies: true },
  "moderation.response_filed": { notifies: false },
  "moderation.case_decided": { notifies: true },
  "moderation.case_appealed": { notifies: false },
  "moderation.appeal_decided": { notifies: true },
  "engagement.exit_flagged": { notifies: false },
  "dispute.opened": { notifies: true },
  "dispute.responded": { notifies: true },
  "dispute.offer_made": { notifies: true },
  "dispute.offer_declined": { notifies: true },
  "dispute.settled": { notifies: true },
  "dispute.escalated": { notifies: true },
  "dispute.recommended": { notifies: true },
  "dispute.recommendation_accepted": { notifies: true },
  "exit.notice_given": { notifies: true },
  "exit.protected_started": { notifies: true },
  "exit.hand_over_item_done": { notifies: true },
  "exit.feedback_given": { notifies: false },
  "exit.ended_amicably": { notifies: true },
  "goal.set": { notifies: false },
  "goal.value_recorded": { notifies: false },
  "goal.correction_proposed": { notifies: true },
  "goal.correction_answered": { notifies: true },
  "relationship_review.opened": { notifies: true },
  "relationship_review.answered": { notifies: false },
  "relationship_review.revealed": { notifies: true },
  "next_phase.offered": { notifies: true },
  "next_phase.answered": { notifies: true },
  "recognition.given": { notifies: true },
  "recognition.answered": { notifies: true },
  "recognition.requested": { notifies: true },
} as const satisfies { [T in EngagementEventType]: { notifies: boolean } };

type Catalogue = typeof ENGAGEMENT_EVENTS;

/** Every event type, in the catalogue's order. */
export const ENGAGEMENT_EVENT_TYPES = Object.keys(ENGAGEMENT_EVENTS) as [
  EngagementEventType,
  ...EngagementEventType[],
];

/** The types people hear of, read off the catalogue. */
export type NotifiedEventType = {
  [T in EngagementEventType]: Catalogue[T]["notifies"] extends true ? T : never;
}[EngagementEventType];

/** The events people hear of. */
export type NotifiedEvent = Extract<EngagementEvent, { type: NotifiedEventType }>;

export const NOTIFIED_EVENT_TYPES = ENGAGEMENT_EVENT_TYPES.filter(
  (type) => ENGAGEMENT_EVENTS[type].notifies,
) as [NotifiedEventType, ...NotifiedEventType[]];

export function isEngagementEventType(type: string): type is EngagementEventType {
  return Object.hasOwn(ENGAGEMENT_EVENTS, type);
}

export function isNotifiedType(type: string): type is NotifiedEventType {
  return isEngagementEventType(type) && ENGAGEMENT_EVENTS[type].notifies;
}

/** Whether an event is one people hear of, narrowing its payload with its type. */
export function isNotifiedEvent(event: EngagementEvent): event is NotifiedEvent {
  return ENGAGEMENT_EVENTS[event.type].notifies;
}

type ChangeApplicationKind = "amendment" | "acknowledgement";
type InvoiceStatusKind = "draft" | "issued" | "partly_paid" | "paid" | "void";

/** A round of a deliverable, as every delivery event names it. */
type DeliverableRound = {
  submissionId: string;
  deliverableId: string;
  deliverableTitle: string;
  round: number;
};

type ChangeRef = {
  changeRequestId: string;
  number: number;
  title: string;
};

type ChangeAnswer = ChangeRef & { side: Side; wasPriced: boolean; reason?: string };

type ChangeDecision = ChangeRef & {
  priceMinor: number;
  currency: string;
  application: ChangeApplicationKind;
  agreementVersion: number;
};

type InvoiceRef = {
  invoiceId: string;
  number: string | null;
};

type PaymentRef = InvoiceRef & { paymentId: string; amountMinor: number; currency: string };
type RefundRef = { refundId: string; amountMinor: number; currency: string };

/**
 * Types told to integrators by webhook only: no notice in the app and no e-mail, as a health
 * warning is already on the engagement's health page for both sides, but a client's or
 * provider's own systems may want to act on it when it is raised or clears. The same holds
 * for the steps of reviews and moderation, which the engagement's reviews and cases show,
 * except the three a party must not miss: a case's notice, its decision and its appeal's
 * outcome are notified (to the parties they concern, see `notifiedOrgIds`).
 */
export const WEBHOOK_ONLY_EVENT_TYPES = [
  "health.warning_raised",
  "health.warning_cleared",
  "review.submitted",
  "review.published",
  "review.replied",
  "review.hidden",
  "moderation.response_filed",
  "moderation.case_appealed",
  "engagement.exit_flagged",
] as const satisfies readonly EngagementEventType[];
type WebhookOnlyEventType = (typeof WEBHOOK_ONLY_EVENT_TYPES)[number];

/** Every type an endpoint can subscribe to: the notified ones, then the webhook-only ones. */
export type WebhookEventType = NotifiedEventType | WebhookOnlyEventType;
export type WebhookEvent = Extract<EngagementEvent, { type: WebhookEventType }>;
export const WEBHOOK_EVENT_TYPES = [...NOTIFIED_EVENT_TYPES, ...WEBHOOK_ONLY_EVENT_TYPES] as [
  WebhookEventType,
  ...WebhookEventType[],
];

/** Whether an event is sent by webhook only, narrowing its payload with its type. */
export function isWebhookOnlyEvent(
  event: EngagementEvent,
): event is Extract<EngagementEvent, { type: WebhookOnlyEventType }> {
  return (WEBHOOK_ONLY_EVENT_TYPES as readonly string[]).includes(event.type);
}
type DisputeRef = { disputeId: string; number: number };
type DisputeSubjectKind = "evaluation" | "invoice" | "change_request" | "conduct";
type DisputeRungKind = "negotiation" | "amends" | "mediation" | "separation";

/** One item of an amends offer, as it was offered. */
export type AmendsItemRecord =
  | { kind: "rework"; deliverableId: string }
  | { kind: "credit_note"; amountMinor: number; invoiceId: string }
  | { kind: "partial_refund"; amountMinor: number }
  | { kind: "extended_deadline"; milestoneId: string; dueDate: string }
  | { kind: "apology"; text: string };

type ExitStartedPayload = {
  exitId: string;
  reason: "notice" | "breach" | "protected";
  side: Side;
  givenOn: string;
  exitDate: string;
  cureBy: string | null;
  isNoticeWaived: boolean;
  handOver: { key: string; duty: string; side: Side; dueDate: string }[];
  /** A protected exit that took over notice already running: that notice as it stood. */
  replaces?: {
    reason: "notice" | "breach";
    side: Side;
    givenOn: string;
    exitDate: string;
    cureBy: string | null;
  };
};
