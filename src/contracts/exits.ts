import { z } from "zod";
import { Id, Timestamp } from "./common";
import { IsoDate } from "./terms";

const Side = z.enum(["client", "provider"]);

const Minor = z.number().int();
/**
 * One line of the final settlement: earned work, changes, payments and credits off, refunds paid
 * back on again, interest.
 */
const SettlementLine = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("milestone_accepted"),
    milestoneId: z.string(),
    title: z.string(),
    amountMinor: Minor,
  }),
  z.object({
    kind: z.literal("milestone_in_progress"),
    milestoneId: z.string(),
    title: z.string(),
    shareBasisPoints: z.number().int(),
    amountMinor: Minor,
  }),
  z.object({ kind: z.literal("retainer_periods"), periods: z.number().int(), amountMinor: Minor }),
  z.object({
    kind: z.literal("retainer_partial"),
    daysServed: z.number().int(),
    daysInPeriod: z.number().int(),
    amountMinor: Minor,
  }),
  z.object({
    kind: z.literal("time"),
    quantityMilli: z.number().int(),
    unit: z.enum(["hour", "day"]).meta({
      description: "What one unit of `quantityMilli` is: the agreement's effort unit",
    }),
    rateMinor: Minor,
    amountMinor: Minor,
  }),
  z.object({ kind: z.literal("time_cap"), capMinor: Minor, amountMinor: Minor }),
  z.object({
    kind: z.literal("approved_change"),
    number: z.number().int(),
    title: z.string(),
    amountMinor: Minor,
  }),
  z.object({ kind: z.literal("expense"), description: z.string(), amountMinor: Minor }),
  z.object({ kind: z.literal("payment"), reference: z.string(), amountMinor: Minor }),
  z.object({ kind: z.literal("credit"), number: z.string(), amountMinor: Minor }),
  z.object({
    kind: z.literal("agreed_refund"),
    disputeNumber: z.number().int(),
    amountMinor: Minor,
  }),
  z.object({
    kind: z.literal("refund_paid"),
    paidOn: IsoDate,
    reference: z.string(),
    amountMinor: Minor,
  }),
  z.object({ kind: z.literal("late_interest"), invoiceNumber: z.string(), amountMinor: Minor }),
]);

export const Exit = z.object({
  id: Id,
  reason: z.enum(["notice", "breach", "protected"]),
  givenSide: Side,
  givenOn: IsoDate,
  exitDate: IsoDate,
  cureBy: IsoDate.nullable(),
  isNoticeWaived: z.boolean(),
  note: z.string(),
  handOver: z.array(
    z.object({
      id: Id,
      key: z.string(),
      /** The agreement's words, or a standard item's message key (`exit.handover.*`). */
      duty: z.string(),
      /** What to show a person: the agreement's words, or the standard item in their language. */
      dutyText: z.string(),
      isStandard: z.boolean(),
      responsibleSide: Side,
      dueDate: IsoDate,
      doneAt: Timestamp.nullable(),
    }),
  ),
  isHandOverComplete: z.boolean(),
  settlement: z
    .object({
      currency: z.string(),
      settlement: z
        .object({
          lines: z.array(SettlementLine),
          balanceMinor: z.number().int(),
          document: z.object({
            kind: z.enum(["final_invoice", "credit_note", "none"]),
            amountMinor: z.number().int().optional(),
          }),
        })
        .nullable(),
      /**
       * When money is owed back: the refund, tax included, that brings the balance (net of
       * tax) to zero once confirmed. Null otherwise.
       */
      refundToSettleMinor: z.number().int().nullable(),
      unavailableReason: z.string().nullable(),
    })
    .nullable(),
  isSettled: z.boolean(),
  feedback: z.array(
    z.object({
      side: Side,
      rating: z.number().int().nullable(),
      wouldWorkAgain: z.boolean().nullable(),
      comment: z.string().nullable(),
    }),
  ),
  endedAmicablyAt: Timestamp.nullable(),
  isDoorOpen: z.boolean(),
});
export type Exit = z.infer<typeof Exit>;

export const ExitFeedbackBody = z.object({
  rating: z.number().int().min(0).max(10),
  wouldWorkAgain: z.boolean(),
  comment: z.string().trim().max(5000).default(""),
});

export const GiveNoticeBody = z.object({
  reason: z.enum(["notice", "breach"]),
  /** Breach only: the days the other side has to put it right, as the agreement gives them. */
  curePeriodDays: z.number().int().min(0).max(365).nullable().default(null),
  note: z.string().trim().max(5000).default(""),
});
export const HandOverItemParams = z.object({ id: Id, itemId: Id });
