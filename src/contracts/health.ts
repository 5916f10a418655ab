import { z } from "zod";
import { CHECK_IN_REASONS } from "../domain/health/facts";
import { PaymentRecord } from "./billing";
import { Id, Timestamp } from "./common";
import { because } from "./input-rules";

const SideEnum = z.enum(["client", "provider"]);

export const CheckInReason = z.enum(CHECK_IN_REASONS);

/** A private pulse: never shown to the other side, only its effect on the score once revealed. */
export const AnswerCheckInBody = z.object({
  relationshipRating: z.number().int().min(0).max(10),
  counterpartRating: z.number().int().min(0).max(10),
  reasons: z
    .array(CheckInReason)
    .min(2)
    .max(3)
    .refine((reasons) => new Set(reasons).size === reasons.length, because("repeated_items")),
  comment: z.string().trim().max(2000).default(""),
});

export const CheckIn = z.object({
  id: Id,
  period: z.number().int(),
  openedAt: Timestamp,
  closesAt: Timestamp,
  status: z.enum(["open", "closed"]),
  /** The caller's own side's answer; the other side's is never returned. */
  myAnswer: z
    .object({
      relationshipRating: z.number().int(),
      counterpartRating: z.number().int(),
      reasons: z.array(CheckInReason),
      comment: z.string(),
      answeredAt: Timestamp,
    })
    .nullable(),
  hasOtherSideAnswered: z.boolean(),
});
export type CheckIn = z.infer<typeof CheckIn>;
export const CheckInList = z.object({
  checkIns: z.array(CheckIn),
  /**
   * Every milestone of the agreement in force is accepted: no check-in opens any more (the
   * engagement's review round asks both sides instead), until a later version adds work.
   */
  isWorkComplete: z.boolean(),
});

export const Evidence = z.object({
  kind: z.string(),
  id: z.string(),
  label: z.string(),
  value: z.number().nullable(),
});

export const InputExplanation = z.object({
  input: z.string(),
  weight: z.number(),
  raw: z.number().nullable(),
  sample: z.object({ k: z.number(), n: z.number() }).nullable(),
  normalised: z.number().nullable(),
  contribution: z.number().nullable(),
  cappedAt: z.number().nullable(),
  evidence: z.array(Evidence),
});

export const Improvement = z
  .object({
    action: z.string(),
    gain: z.number(),
    /** The step in the reader's language, as the health tab says it ("pay INV-0042, 18 days overdue: +9"). */
    text: z.string(),
  })
  .catchall(z.union([z.string(), z.number()]));

/**
 * Recognition received with consent, in the last year: points added to the weighted inputs,
 * before the caps, at most `maxPoints`; never part of an input (so never of payment).
 */
export const RecognitionPoints = z.object({
  count: z.number().int(),
  points: z.number(),
  maxPoints: z.number(),
});

export const SideScore = z.object({
  side: SideEnum,
  score: z.number().int().nullable(),
  cap: z.object({ reason: z.string(), limit: z.number() }).nullable(),
  inputs: z.array(InputExplanation),
  recognition: RecognitionPoints,
  improvement: Improvement.nullable(),
});

export const HealthWarning = z.object({
  key: z.string(),
  code: z.string(),
  level: z.enum(["amber", "red"]),
  responsibleSide: z.enum(["client", "provider", "both"]),
  values: z.record(z.string(), z.union([z.string(), z.number()])),
  evidence: z.array(Evidence),
  nextStep: z.string(),
  /** The reason and the next step in the reader's language, as the health tab says them. */
  reasonText: z.string(),
  nextStepText: z.string(),
});

export const EngagementHealth = z.object({
  engagementId: Id,
  tenureDays: z.number().int(),
  provider: SideScore,
  client: SideScore,
  warnings: z.array(HealthWarning),
  computedAt: Timestamp,
});

export const HistoryPoint = z.object({
  day: z.string(),
  side: SideEnum,
  score: z.number().int().nullable(),
});
export const HealthHistory = z.object({ points: z.array(HistoryPoint) });

export const ScorecardSide = z.object({
  side: SideEnum,
  /** Null while "new" (below 3 engagements with 2 counterparties) for anyone outside. */
  score: z.number().int().nullable(),
  isNew: z.boolean(),
  engagementCount: z.number().int(),
  counterpartyCount: z.number().int(),
  inputs: z.array(InputExplanation),
  recognition: RecognitionPoints,
});

export const Scorecard = z.object({
  orgId: Id,
  name: z.string(),
  isOwn: z.boolean(),
  sides: z.array(ScorecardSide),
  history: z.array(HistoryPoint),
});

export const HealthParams = z.object({ id: Id });
export const ScorecardParams = z.object({ orgId: Id });

/** What a provider reads about a brief's client before proposing: how it pays, how it scores. */
export const BriefClientRecord = z.object({
  orgId: Id,
  name: z.string(),
  paymentRecord: PaymentRecord,
  /** The client's score across engagements; its value is null while the client is "new". */
  score: ScorecardSide.nullable(),
});
