import { z } from "zod";
import { ONBOARDING_STEPS } from "../domain/onboarding/onboarding";
import { Id, Timestamp } from "./common";

const Side = z.enum(["client", "provider"]);

/** What every item carries: where it is, who is on the other side, since when, by when. */
const ItemBase = {
  engagementId: Id,
  engagementTitle: z.string(),
  /** The side the person acts for on this engagement, and the other side's organisation. */
  side: Side,
  otherSideName: z.string().nullable(),
  since: Timestamp,
  dueAt: Timestamp.nullable().meta({
    description: "When the person must act by, when something agreed says so; else null",
  }),
};

/**
 * One thing waiting for the person, a discriminated union by `kind`. New parts (check-ins,
 * reviews, disputes, notices) add a member here and a case where it is worded.
 */
export const WaitingItem = z.discriminatedUnion("kind", [
  z.object({
    ...ItemBase,
    kind: z.literal("evaluate_round"),
    submissionId: Id,
    deliverableId: Id,
    deliverableTitle: z.string(),
    round: z.number().int(),
    isDeemedAcceptanceAgreed: z
      .boolean()
      .meta({ description: "If true, silence accepts the round at `dueAt`" }),
  }),
  z.object({
    ...ItemBase,
    kind: z.literal("approve_change"),
    changeRequestId: Id,
    number: z.number().int(),
    title: z.string(),
    priceMinor: z.number().int(),
    currency: z.string(),
  }),
  z.object({
    ...ItemBase,
    kind: z.literal("price_change"),
    changeRequestId: Id,
    number: z.number().int(),
    title: z.string(),
  }),
  z.object({
    ...ItemBase,
    kind: z.literal("issue_invoice"),
    invoiceId: Id,
    totalMinor: z.number().int(),
    currency: z.string(),
  }),
  z.object({
    ...ItemBase,
    kind: z.literal("confirm_payment"),
    invoiceId: Id,
    invoiceNumber: z.string().nullable(),
    paymentId: Id,
    amountMinor: z.number().int(),
    currency: z.string(),
  }),
  z.object({
    ...ItemBase,
    kind: z.literal("confirm_refund"),
    refundId: Id,
    amountMinor: z.number().int(),
    currency: z.string(),
  }),
  z.object({
    ...ItemBase,
    kind: z.literal("pay_back"),
    amountMinor: z
      .number()
      .int()
      .meta({
        description:
          "The refund to pay, tax included, that brings the exit's final settlement to zero " +
          "(the settlement's `refundToSettleMinor`)",
      }),
    currency: z.string(),
  }),
  z.object({
    ...ItemBase,
    kind: z.literal("sign_agreement"),
    version: z.number().int(),
  }),
  z.object({
    ...ItemBase,
    kind: z.literal("answer_message"),
    thread: z.string().meta({
      description: "`engagement`, `deliverable:<id>` or `change_request:<id>`",
    }),
    agreedHours: z.number(),
  }),
  z.object({
    ...ItemBase,
    kind: z.literal("answer_check_in"),
    checkInId: Id,
    period: z.number().int(),
  }),
]);
export type WaitingItem = z.infer<typeof WaitingItem>;
export type WaitingKind = WaitingItem["kind"];

export const WaitingList = z.object({
  items: z.array(WaitingItem),
  generatedAt: Timestamp,
});

/** One step of a new organisation's checklist, ticked by the server from what happened. */
export const OnboardingStepState = z.object({
  step: z.enum(ONBOARDING_STEPS),
  isDone: z.boolean(),
});

export const Onboarding = z.object({
  orgId: Id,
  kind: z.enum(["client", "provider"]),
  steps: z.array(OnboardingStepState),
  isComplete: z.boolean(),
});
