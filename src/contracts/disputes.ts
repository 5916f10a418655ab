import { z } from "zod";
import { absentWhenEmpty } from "./input-rules";
import { DISPUTE_RUNGS, DISPUTE_STATUSES } from "../domain/dispute/dispute-ladder";
import { PositiveMinorAmount } from "./billing";
import { Id, Timestamp } from "./common";
import { IsoDate } from "./terms";
import { NextCursor, PageQuery } from "./pagination";
import { ScreeningNotice } from "./screening";

const Text = z.string().trim().min(1).max(5000);
const Side = z.enum(["client", "provider"]);

export const AmendsItem = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("rework"), deliverableId: z.string().min(1) }),
  z.object({
    kind: z.literal("credit_note"),
    amountMinor: PositiveMinorAmount,
    invoiceId: Id,
  }),
  z.object({
    kind: z.literal("partial_refund"),
    amountMinor: PositiveMinorAmount,
  }),
  z.object({
    kind: z.literal("extended_deadline"),
    milestoneId: z.string().min(1),
    dueDate: IsoDate,
  }),
  z.object({ kind: z.literal("apology"), text: Text }),
]);

export const DisputeOffer = z.object({
  id: Id,
  side: Side,
  items: z.array(AmendsItem),
  note: z.string(),
  status: z.enum(["pending", "accepted", "declined", "countered", "lapsed"]),
  createdAt: Timestamp,
  answeredAt: Timestamp.nullable(),
});

/**
 * How a settled dispute was settled: the amends offer one side accepted (its items are the
 * offer's, in `offers`) with the credit notes issued for them, or the moderator's
 * recommendation both sides took.
 */
export const DisputeOutcome = z.discriminatedUnion("by", [
  z.object({ by: z.literal("amends"), offerId: Id, creditNotes: z.array(z.string()) }),
  z.object({ by: z.literal("recommendation"), recommendation: z.string() }),
]);

export const Dispute = z.object({
  id: Id,
  number: z.number().int(),
  subject: z.object({
    kind: z.enum(["evaluation", "invoice", "change_request", "conduct"]),
    ref: z.string().nullable(),
  }),
  statement: z.string(),
  wants: z.string(),
  openedSide: Side,
  status: z.enum(DISPUTE_STATUSES),
  rung: z.enum(DISPUTE_RUNGS),
  ladder: z.array(z.enum(DISPUTE_RUNGS)),
  response: z.string().nullable(),
  /** Null until the dispute is settled. */
  outcome: DisputeOutcome.nullable(),
  /** When the step the dispute waits for falls due; null when nothing waits on a clock. */
  dueAt: Timestamp.nullable(),
  offers: z.array(DisputeOffer),
  /** The moderator's non-binding recommendation in mediation, once given. */
  recommendation: z.string().nullable(),
  /** The sides that accepted the recommendation; both settle the dispute on it. */
  recommendationAcceptedBy: z.array(Side),
  /** Which steps the reader may take now, as the ladder and their role decide. */
  abilities: z.object({
    respond: z.boolean(),
    offer: z.boolean(),
    answerOffer: z.boolean(),
    escalate: z.boolean(),
    acceptRecommendation: z.boolean(),
  }),
  createdAt: Timestamp,
});
export type Dispute = z.infer<typeof Dispute>;
export const DisputeList = z.object({ items: z.array(Dispute) });
/**
 * A dispute just written with free text, and what screening made of that text. An intersection,
 * so the OpenAPI document refers to the `Dispute` component instead of repeating it.
 */
export const ScreenedDispute = Dispute.and(z.object({ screening: ScreeningNotice.nullable() }));
export type ScreenedDispute = z.infer<typeof ScreenedDispute>;

/** `sendAnyway`: the sender saw the screening nudge and sends the text as written. */
const SendAnyway = z.boolean().default(false);

export const OpenDisputeBody = z.object({
  subject: z.object({
    kind: z.enum(["evaluation", "invoice", "change_request", "conduct"]),
    ref: absentWhenEmpty(z.string().min(1).max(200).nullable()),
  }),
  statement: Text,
  wants: Text,
  sendAnyway: SendAnyway,
});
export const RespondToDisputeBody = z.object({ response: Text, sendAnyway: SendAnyway });
export const OfferAmendsBody = z.object({
  items: z.array(AmendsItem).min(1).max(5),
  note: z.string().trim().max(5000).default(""),
  sendAnyway: SendAnyway,
});
export const AnswerOfferBody = z.object({ answer: z.enum(["accept", "decline"]) });
export const DisputeParams = z.object({ id: Id, disputeId: Id });

/** One line of the fair partial settlement computed from the record for a disputed milestone. */
export const PartialSettlementLine = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("criteria_met"),
    deliverableId: z.string(),
    title: z.string(),
    criteriaMet: z.number().int(),
    criteriaTotal: z.number().int(),
    amountMinor: z.number().int(),
  }),
  z.object({
    kind: z.literal("approved_change"),
    number: z.number().int(),
    title: z.string(),
    amountMinor: z.number().int(),
  }),
  z.object({ kind: z.literal("payment"), reference: z.string(), amountMinor: z.number().int() }),
  z.object({ kind: z.literal("credit"), number: z.string(), amountMinor: z.number().int() }),
]);

/**
 * The starting point both sides read at the first rung: what the agreed criteria say is owed
 * for the disputed milestone. Null when the dispute is about nothing priced (conduct, a change).
 */
export const DisputeSettlement = z.object({
  settlement: z
    .object({
      currency: z.string(),
      milestone: z.object({ id: z.string(), title: z.string(), priceMinor: z.number().int() }),
      lines: z.array(PartialSettlementLine),
      balanceMinor: z.number().int(),
    })
    .nullable(),
});
export type DisputeSettlement = z.infer<typeof DisputeSettlement>;

/** A moderator's written recommendation in mediation: non-binding, read by both sides. */
export const RecommendBody = z.object({ recommendation: Text });
export const MediationParams = z.object({ disputeId: Id });

/**
 * A dispute waiting for (or holding) a moderator's recommendation, as the moderators' queue
 * shows it: the dispute, whose engagement it is, and the fair partial settlement from the record.
 */
export const Mediation = z.object({
  engagement: z.object({
    id: Id,
    title: z.string(),
    clientName: z.string().nullable(),
    providerName: z.string().nullable(),
  }),
  dispute: Dispute,
  settlement: DisputeSettlement.shape.settlement,
  /** False when the moderator belongs to either side's organisation: a party, not a mediator. */
  canRecommend: z.boolean(),
});
export type Mediation = z.infer<typeof Mediation>;
/**
 * One page of the moderators' mediation queue: disputes waiting for a recommendation, oldest
 * waiting first, then those recommended and waiting for the sides.
 */
export const MediationList = z.object({ items: z.array(Mediation), nextCursor: NextCursor });
export const MediationListQuery = PageQuery;
export type MediationList = z.infer<typeof MediationList>;
