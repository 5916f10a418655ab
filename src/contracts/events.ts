import { z } from "zod";
import {
  ENGAGEMENT_EVENT_TYPES,
  type EngagementEvent,
  type EngagementEventType,
  type EventPayload,
  isEngagementEventType,
  NOTIFIED_EVENT_TYPES,
  type NotifiedEvent,
  type NotifiedEventType,
} from "../domain/ledger/event-catalogue";
import { Id, OrgKind, Timestamp } from "./common";
import { AmendsItem } from "./disputes";

/**
 * The event catalogue as Zod schemas: what the OpenAPI document shows, what the webhook
 * documentation lists and what readers parse stored payloads with. The table is checked
 * against the domain's union, so a payload that changes there fails to compile here.
 */
const Side = OrgKind;
const Minor = z.number().int();
const Currency = z.string();
const Day = z.string().meta({ description: "ISO-8601 date (YYYY-MM-DD)" });

const DeliverableRound = {
  submissionId: Id,
  deliverableId: Id,
  deliverableTitle: z.string(),
  round: z.number().int(),
};
const ChangeRef = { changeRequestId: Id, number: z.number().int(), title: z.string() };
const ChangeAnswer = z.object({
  ...ChangeRef,
  side: Side,
  wasPriced: z.boolean(),
  reason: z.string().optional(),
});
const ChangeApplication = z.enum(["amendment", "acknowledgement"]);
const ChangeDecision = z.object({
  ...ChangeRef,
  priceMinor: Minor,
  currency: Currency,
  application: ChangeApplication,
  agreementVersion: z.number().int(),
});
const InvoiceRef = { invoiceId: Id, number: z.string().nullable() };
const InvoiceStatus = z.enum(["draft", "issued", "partly_paid", "paid", "void"]);
const PaymentRef = { ...InvoiceRef, paymentId: Id, amountMinor: Minor, currency: Currency };
const RefundRef = { refundId: Id, amountMinor: Minor, currency: Currency };

const ReviewOccasion = z.object({
  kind: z.enum(["milestone", "engagement", "exit"]),
  ref: z.string(),
});

const DisputeRef = { disputeId: Id, number: z.number().int() };
const DisputeSubjectKind = z.enum(["evaluation", "invoice", "change_request", "conduct"]);
const DisputeRung = z.enum(["negotiation", "amends", "mediation", "separation"]);
/** Amends items as offered: the same schema the offer was checked with. */
const AmendsItemRecord = AmendsItem;
export const ExitStarted = z.object({
  exitId: Id,
  reason: z.enum(["notice", "breach", "protected"]),
  side: Side,
  givenOn: Day,
  exitDate: Day,
  cureBy: Day.nullable(),
  isNoticeWaived: z.boolean(),
  handOver: z.array(z.object({ key: z.string(), duty: z.string(), side: Side, dueDate: Day })),
  /** A protected exit that took over notice already running: that notice as it stood. */
  replaces: z
    .object({
      reason: z.enum(["notice", "breach"]),
      side: Side,
      givenOn: Day,
      exitDate: Day,
      cureBy: Day.nullable(),
    })
    .optional(),
});
const GoalMeasurementRef = { goalId: Id, measurementId: Id };
const RecognitionKind = z.enum(["kudos", "introduction", "testimonial", "case_study"]);
const RecognitionRef = { recognitionId: Id, kind: RecognitionKind };

export const EVENT_PAYLOADS = {
  "engagement.proposed": z.object({
    title: z.string(),
    description: z.string(),
    side: Side,
    invitationId: Id,
  }),
  "engagement.accepted": z.object({ side: Side, orgId: Id, orgName: z.string() }),
  "engagement.declined": z.object({}),
  "engagement.withdrawn": z.object({ invitationId: Id.nullable() }),
  "engagement.started_from_proposal": z.object({
    briefId: Id,
    proposalId: Id,
    revision: z.number().int(),
    agreementVersion: z.number().int(),
    contentHash: z.string(),
  }),
  "agreement.draft_edited": z.object({
    version: z.number().int(),
    contentHash: z.string(),
    previousHash: z.string(),
    side: Side,
    removedSignatures: z.array(
      z.object({ side: Side, userId: Id, contentHash: z.string().optional() }),
    ),
    changeRequestNumber: z.number().int().optional(),
    disputeNumber: z.number().int().optional(),
  }),
  "agreement.signed": z.object({
    version: z.number().int(),
    side: Side,
    contentHash: z.string(),
    acknowledgedFindings: z.array(z.string()).optional(),
  }),
  "agreement.in_force": z.object({
    version: z.number().int(),
    contentHash: z.string(),
    supersededVersion: z.number().int().nullable(),
    changeRequestNumber: z.number().int().optional(),
    disputeNumber: z.number().int().optional(),
    application: ChangeApplication.optional(),
  }),
  "agreement.amendment_opened": z.object({
    version: z.number().int(),
    amendsVersion: z.number().int(),
    contentHash: z.string(),
    changeRequestNumber: z.number().int().optional(),
    disputeNumber: z.number().int().optional(),
  }),
  "deliverable.submitted": z.object({
    ...DeliverableRound,
    agreementVersion: z.number().int(),
    reviewDueAt: Timestamp.nullable(),
    fileCount: z.number().int(),
  }),
  "deliverable.review_due_soon": z.object({
    ...DeliverableRound,
    reviewDueAt: Timestamp.nullable(),
  }),
  "deliverable.evaluated": z.object({
    ...DeliverableRound,
    outcome: z.enum(["accepted", "changes_requested"]),
    unmetCriterionIds: z.array(z.string()),
    remarkCount: z.number().int(),
  }),
  "deliverable.deemed_accepted": z.object({
    ...DeliverableRound,
    reason: z.literal("review_window_passed"),
    reviewWindowDays: z.number().int().nullable(),
    reviewDueAt: Timestamp.nullable(),
  }),
  "milestone.accepted": z.object({
    milestoneId: z.string(),
    title: z.string(),
    amountMinor: Minor,
    currency: Currency,
  }),
  "change_request.proposed": z.object({
    ...ChangeRef,
    side: Side,
    deliverableIds: z.array(z.string()),
    fromRemarkId: Id.nullable(),
  }),
  "change_request.priced": z.object({
    ...ChangeRef,
    priceMinor: Minor,
    currency: Currency,
    effort: z.object({ unit: z.enum(["hour", "day"]), quantity: z.number() }),
    scheduleImpactDays: z.number().int(),
  }),
  "change_request.declined": ChangeAnswer,
  "change_request.withdrawn": ChangeAnswer,
  "change_request.approved": ChangeDecision,
  "change_request.applied": ChangeDecision,
  "message.posted": z.object({
    messageId: Id,
    threadKind: z.enum(["engagement", "deliverable", "change_request"]),
    threadId: z.string(),
  }),
  "invoice.issued": z.object({
    invoiceId: Id,
    number: z.string(),
    sourceKind: z.enum(["milestone", "change_request", "retainer", "manual", "late_interest"]),
    sourceRef: z.string().nullable(),
    currency: Currency,
    totalMinor: Minor,
    issueDate: Day,
    dueDate: Day,
  }),
  "invoice.voided": z.object({ ...InvoiceRef, reason: z.string() }),
  "payment.recorded": z.object({ ...PaymentRef, paidOn: Day, side: Side }),
  "payment.confirmed": z.object({ ...PaymentRef, invoiceStatus: InvoiceStatus }),
  "payment.rejected": z.object({ ...PaymentRef, invoiceStatus: InvoiceStatus }),
  "refund.recorded": z.object({ ...RefundRef, paidOn: Day }),
  "refund.confirmed": z.object(RefundRef),
  "refund.rejected": z.object(RefundRef),
  "credit_note.issued": z.object({
    creditNoteId: Id,
    number: z.string(),
    invoiceId: Id,
    invoiceNumber: z.string().nullable(),
    amountMinor: Minor,
    currency: Currency,
    reason: z.string(),
    invoiceStatus: InvoiceStatus,
  }),
  "invoice.reminder_sent": z.object({
    ...InvoiceRef,
    offsetDays: z.number().int(),
    dueDate: Day.nullable(),
    outstandingMinor: Minor,
    currency: Currency,
    recipientCount: z.number().int(),
  }),
  "check_in.opened": z.object({ checkInId: Id, period: z.number().int(), closesAt: z.string() }),
  "check_in.answered": z.object({
    checkInId: Id,
    period: z.number().int(),
    side: Side,
    answerHash: z.string(),
  }),
  "check_in.reminded": z.object({
    checkInId: Id,
    period: z.number().int(),
    waitingSides: z.array(Side),
    closesAt: z.string(),
  }),
  "check_in.closed": z.object({
    checkInId: Id,
    period: z.number().int(),
    reason: z.enum(["both_answered", "window_closed"]),
    answeredSides: z.number().int(),
  }),
  "health.warning_raised": z.object({
    key: z.string(),
    code: z.string(),
    level: z.enum(["amber", "red"]),
    responsibleSide: z.enum(["client", "provider", "both"]),
    values: z.record(z.string(), z.union([z.number(), z.string()])),
  }),
  "health.warning_cleared": z.object({ key: z.string(), code: z.string() }),
  "review.submitted": z.object({ reviewId: Id, occasion: ReviewOccasion, reviewerSide: Side }),
  "review.published": z.object({
    occasion: ReviewOccasion,
    reason: z.enum(["both_submitted", "window_closed"]),
  }),
  "review.replied": z.object({ reviewId: Id }),
  "review.hidden": z.object({ reviewId: Id, reason: z.string() }),
  "screening.legal_threat_recorded": z.object({
    subjectKind: z.string(),
    subjectId: z.string(),
    language: z.string(),
    evidence: z.array(z.object({ phrase: z.string(), role: z.string() })),
  }),
  "moderation.case_opened": z.object({
    caseId: Id,
    source: z.string(),
    subjectKind: z.string(),
    subjectId: z.string(),
    accusedOrgId: Id,
    responseDueAt: z.string(),
  }),
  "moderation.response_filed": z.object({ caseId: Id }),
  "moderation.case_decided": z.object({
    caseId: Id,
    accusedOrgId: Id,
    decision: z.enum(["no_action", "warning", "suspension", "expulsion"]),
    reason: z.string(),
    suspensionDays: z.number().int().nullable(),
    /** A sanction on a case screening opened for retaliation: it caps the accused's health. */
    isVerifiedRetaliation: z.boolean().optional(),
    /** A moderator verified a threat tied to the reported review: it caps the accused's health too. */
    isVerifiedThreat: z.boolean().optional(),
  }),
  "moderation.case_appealed": z.object({ caseId: Id, by: z.string() }),
  "moderation.appeal_decided": z.object({
    caseId: Id,
    outcome: z.enum(["upheld", "overturned"]),
    reason: z.string(),
    /** The organisation the case is against (absent on events recorded before it was). */
    accusedOrgId: Id.optional(),
  }),
  "engagement.exit_flagged": z.object({ caseId: Id, expelledOrgId: Id, protectedSide: Side }),
  "dispute.opened": z.object({
    ...DisputeRef,
    side: Side,
    subject: z.object({ kind: DisputeSubjectKind, ref: z.string().nullable() }),
    statement: z.string(),
    wants: z.string(),
    ladder: z.array(DisputeRung),
  }),
  "dispute.responded": z.object({ ...DisputeRef, side: Side, response: z.string() }),
  "dispute.offer_made": z.object({
    ...DisputeRef,
    offerId: Id,
    side: Side,
    items: z.array(AmendsItemRecord),
    isCounter: z.boolean(),
  }),
  "dispute.offer_declined": z.object({ ...DisputeRef, offerId: Id, side: Side }),
  "dispute.settled": z.object({
    ...DisputeRef,
    side: Side,
    by: z.enum(["amends", "recommendation"]),
    offerId: Id.optional(),
    items: z.array(AmendsItemRecord).optional(),
    creditNotes: z.array(z.string()).optional(),
  }),
  "dispute.escalated": z.object({
    ...DisputeRef,
    from: DisputeRung,
    to: DisputeRung,
    reason: z.enum(["side_escalated", "window_passed"]),
    side: Side.optional(),
  }),
  "dispute.recommended": z.object({ ...DisputeRef, recommendation: z.string() }),
  "dispute.recommendation_accepted": z.object({ ...DisputeRef, side: Side }),
  "exit.notice_given": ExitStarted,
  "exit.protected_started": ExitStarted,
  "exit.feedback_given": z.object({ exitId: Id, side: Side, wouldWorkAgain: z.boolean() }),
  "exit.ended_amicably": z.object({ exitId: Id, isDoorOpen: z.boolean() }),
  "exit.hand_over_item_done": z.object({
    exitId: Id,
    itemId: Id,
    key: z.string(),
    duty: z.string(),
  }),
  "goal.set": z.object({
    goalId: Id,
    title: z.string(),
    baseline: z.number(),
    target: z.number(),
    unit: z.string(),
    cadenceDays: z.number().int(),
    dueDate: Day.nullable(),
    source: z.enum(["brief", "agreement", "offer"]),
    side: Side,
  }),
  "goal.value_recorded": z.object({
    ...GoalMeasurementRef,
    value: z.number(),
    measuredOn: Day,
    source: z.string(),
    side: Side,
  }),
  "goal.correction_proposed": z.object({
    ...GoalMeasurementRef,
    correctionId: Id,
    fromValue: z.number(),
    toValue: z.number(),
    side: Side,
  }),
  "goal.correction_answered": z.object({
    ...GoalMeasurementRef,
    correctionId: Id,
    outcome: z.enum(["confirmed", "disputed"]),
    side: Side,
  }),
  "relationship_review.opened": z.object({ reviewId: Id, signals: z.array(z.string()) }),
  "relationship_review.answered": z.object({ reviewId: Id, side: Side }),
  "relationship_review.revealed": z.object({ reviewId: Id }),
  "next_phase.offered": z.object({
    offerId: Id,
    title: z.string(),
    currency: Currency,
    priceMinor: Minor.nullable(),
    goalCount: z.number().int(),
    deliverableCount: z.number().int(),
    justifiedByGoalIds: z.array(Id),
    reviewId: Id.nullable(),
  }),
  "next_phase.answered": z.object({
    offerId: Id,
    title: z.string(),
    outcome: z.enum(["accepted", "declined", "change_requested"]),
    agreementVersion: z.number().int().optional(),
  }),
  "recognition.given": z.object({
    ...RecognitionRef,
    fromSide: Side,
    subjectKind: z.string().nullable(),
    subjectId: z.string().nullable(),
  }),
  "recognition.requested": z.object({ ...RecognitionRef, fromSide: Side }),
  "recognition.answered": z.object({
    ...RecognitionRef,
    step: z.enum([
      "text_approved",
      "text_declined",
      "consent_granted",
      "consent_declined",
      "consent_withdrawn",
    ]),
    side: Side,
  }),
} satisfies { [T in EngagementEventType]: z.ZodType<EventPayload<T>> };

function eventVariant<T extends EngagementEventType>(type: T) {
  return z.object({ type: z.literal(type), payload: EVENT_PAYLOADS[type] });
}

/**
 * The union of some types' events, discriminated by `type`. Zod cannot infer a union built from
 * a list, so the result is typed by the catalogue's own union, which the table above matches.
 */
function catalogueUnion<E extends EngagementEvent>(types: readonly E["type"][]): z.ZodType<E> {
  const variants = types.map((type) => eventVariant(type));
  return z.discriminatedUnion(
    "type",
    variants as [(typeof variants)[number], ...(typeof variants)[number][]],
  ) as unknown as z.ZodType<E>;
}

/** One event's type and payload. */
export const EngagementEventSchema = catalogueUnion<EngagementEvent>(ENGAGEMENT_EVENT_TYPES);

/** The events people hear of (notifications, e-mails, webhooks). */
export const NotifiedEventSchema = catalogueUnion<NotifiedEvent>(NOTIFIED_EVENT_TYPES);

export const EngagementEventTypeSchema = z.enum(ENGAGEMENT_EVENT_TYPES);
export const NotifiedEventTypeSchema = z.enum(NOTIFIED_EVENT_TYPES);

/**
 * A stored event read back as a member of the catalogue. A type or payload this version does
 * not know is a bug (the ledger is only written through the catalogue), so it throws.
 */
export function parseEngagementEvent(type: string, payload: unknown): EngagementEvent {
  if (!isEngagementEventType(type)) throw new Error(`unknown engagement event type: ${type}`);
  return { type, payload: EVENT_PAYLOADS[type].parse(payload) } as EngagementEvent;
}

/** A stored notification's event read back; only notified types are ever stored. */
export function parseNotifiedEvent(type: string, payload: unknown): NotifiedEvent {
  const event = parseEngagementEvent(type, payload);
  if (!(NOTIFIED_EVENT_TYPES as readonly string[]).includes(event.type)) {
    throw new Error(`not a notified event type: ${type}`);
  }
  return event as NotifiedEvent;
}

export type { EngagementEvent, NotifiedEvent, NotifiedEventType };
