import { z } from "zod";
import { Id, Timestamp } from "./common";
import { absentWhenEmpty, because } from "./input-rules";
import {
  DeliverableSchema,
  FindingSchema,
  IsoDate,
  MilestoneSchema,
  RemunerationSchema,
  withDistinctIds,
} from "./terms";

/** Goals, their measured values and corrections; reviews, next-phase offers and recognition. */

const Side = z.enum(["client", "provider"]);
const Measured = z.number().finite().min(-1e12).max(1e12);

export const GrowthParams = z.object({ id: Id });
export const GoalParams = z.object({ id: Id, goalId: Id });
export const MeasurementParams = z.object({ id: Id, goalId: Id, measurementId: Id });
export const CorrectionParams = z.object({ id: Id, correctionId: Id });

export const SetGoalBody = z
  .object({
    title: z.string().trim().min(1).max(200),
    baseline: Measured,
    target: Measured,
    /** "%" sits next to the number; any other unit ("orders", "ms") follows it after a space. */
    unit: z.string().trim().max(24),
    /** Days between measurements; defaults to the agreement's check-in cadence. */
    cadenceDays: z.number().int().min(1).max(365).optional(),
    dueDate: absentWhenEmpty(IsoDate.nullable().default(null)),
    /**
     * Where the goal comes from: one of the brief's success measures (by its index, once each),
     * or the agreement (a goal the sides add beyond the brief).
     */
    source: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("brief"), measureIndex: z.number().int().min(0).max(99) }),
      z.object({ kind: z.literal("agreement") }),
    ]),
  })
  .refine((goal) => goal.target !== goal.baseline, because("target_equals_baseline", ["target"]));

export const RecordValueBody = z.object({
  value: Measured,
  measuredOn: IsoDate.meta({ description: "The day measured; never in the future" }),
  /** A link to the evidence (analytics report, export) or where the number comes from. */
  source: z.string().trim().min(1).max(500),
});

export const ProposeCorrectionBody = z.object({
  value: Measured,
  reason: z.string().trim().min(1).max(1_000),
});

export const AnswerCorrectionBody = z.object({
  outcome: z.enum(["confirmed", "disputed"]),
  note: z.string().trim().max(1_000).default(""),
});

export const GoalCorrection = z.object({
  id: Id,
  proposedValue: z.number(),
  reason: z.string(),
  side: Side,
  status: z.enum(["proposed", "confirmed", "disputed"]),
  answerNote: z.string().nullable(),
  proposedAt: Timestamp,
  answeredAt: Timestamp.nullable(),
  /**
   * A disputed correction leaves the recorded value: the sides talk it through in the
   * engagement's conversation, then either may propose a corrected value again.
   */
  nextStep: z.enum(["discuss_then_correct"]).nullable(),
});

export const GoalMeasurement = z.object({
  id: Id,
  value: z.number(),
  /** The value that counts once the other side confirmed a correction. */
  correctedValue: z.number().nullable(),
  measuredOn: IsoDate,
  source: z.string(),
  side: Side,
  recordedAt: Timestamp,
  corrections: z.array(GoalCorrection),
});

export const GoalTrajectory = z.object({
  points: z.array(z.object({ day: IsoDate, value: z.number() })),
  latest: z.number().nullable(),
  progress: z.number().nullable(),
  expectedProgress: z.number().nullable(),
  /** `on_track`/`off_track` with a due date; without one, `improving`/`not_improving`. */
  status: z.enum(["no_data", "reached", "on_track", "off_track", "improving", "not_improving"]),
  nextMeasurementDue: IsoDate,
  isMeasurementOverdue: z.boolean(),
  /** What was achieved in the reader's language: "Conversion: 1.8% → 2.6%, target 3%". */
  sentence: z.string(),
});

export const Goal = z
  .object({
    id: Id,
    title: z.string(),
    baseline: z.number(),
    target: z.number(),
    unit: z.string(),
    cadenceDays: z.number().int(),
    dueDate: IsoDate.nullable(),
    source: z.object({ kind: z.enum(["brief", "agreement", "offer"]), ref: z.string().nullable() }),
    setBySide: Side,
    createdAt: Timestamp,
    trajectory: GoalTrajectory,
    measurements: z.array(GoalMeasurement),
  })
  .meta({ id: "Goal" });

export const GoalList = z.object({
  goals: z.array(Goal),
  /** Success measures of the brief not yet turned into goals, read as a starting point. */
  suggestions: z.array(
    z.object({
      measureIndex: z.number().int(),
      title: z.string(),
      target: z.number().nullable(),
      unit: z.string(),
    }),
  ),
  abilities: z.object({ setGoal: z.boolean(), measure: z.boolean() }),
});

export const ReviewParams = z.object({ id: Id, reviewId: Id });

export const StagnationSignal = z.object({
  code: z.enum(["no_initiative", "goals_flat", "ratings_not_rising", "only_recurring_invoices"]),
  isOn: z.boolean(),
  values: z.record(z.string(), z.number()),
  evidence: z.array(z.object({ kind: z.enum(["goal", "invoice"]), id: Id })),
  nextStep: z.enum(["set_new_goal", "discuss_goals", "talk_in_review", "offer_next_phase"]),
  /** The reason and the next step in the reader's language, like every health warning. */
  reasonText: z.string(),
  nextStepText: z.string(),
});

export const Stagnation = z.object({
  isStagnant: z.boolean(),
  quietDays: z.number().int(),
  signals: z.array(StagnationSignal),
});

const ReviewAnswerFields = {
  /** What was achieved against the goals, in this side's words. */
  achieved: z.string().trim().min(1).max(2_000),
  moreOf: z.string().trim().max(2_000),
  lessOf: z.string().trim().max(2_000),
  aimNext: z.string().trim().min(1).max(2_000),
};

export const AnswerReviewBody = z.object(ReviewAnswerFields);

const ReviewAnswer = z.object({
  ...ReviewAnswerFields,
  side: Side,
  answeredAt: Timestamp,
});

export const RelationshipReview = z
  .object({
    id: Id,
    openedAt: Timestamp,
    /** The signals that were on when it opened. */
    signals: z.array(z.string()),
    revealedAt: Timestamp.nullable(),
    myAnswer: ReviewAnswer.nullable(),
    /** The other side's answer, only once both answered (revealed to both at once). */
    otherAnswer: ReviewAnswer.nullable(),
    hasOtherSideAnswered: z.boolean(),
  })
  .meta({ id: "RelationshipReview" });

export const RelationshipReviews = z.object({
  stagnation: Stagnation,
  /** What was achieved against the goals, one sentence per goal in the reader's language. */
  achievements: z.array(z.object({ goalId: Id, sentence: z.string(), status: z.string() })),
  reviews: z.array(RelationshipReview),
  abilities: z.object({ answerReview: z.boolean(), offer: z.boolean() }),
});

export const OfferParams = z.object({ id: Id, offerId: Id });

const OfferGoal = z
  .object({
    title: z.string().trim().min(1).max(200),
    baseline: Measured,
    target: Measured,
    unit: z.string().trim().max(24),
    dueDate: absentWhenEmpty(IsoDate.nullable().default(null)),
  })
  .refine((goal) => goal.target !== goal.baseline, because("target_equals_baseline", ["target"]));

/**
 * The provider's next phase: goals with targets, deliverables with acceptance criteria, the
 * plan (milestones) and the price, linked to the goals (and the review) that justify it.
 */
export const SendOfferBody = z.object({
  title: z.string().trim().min(1).max(200),
  summary: z.string().trim().max(5_000),
  reviewId: absentWhenEmpty(Id.nullable().default(null)),
  justifiedByGoalIds: z.array(Id).max(50).default([]),
  goals: z.array(OfferGoal).min(1).max(20),
  terms: z.object({
    deliverables: withDistinctIds(DeliverableSchema, 50).min(1),
    milestones: withDistinctIds(MilestoneSchema, 50),
    remuneration: RemunerationSchema,
  }),
});

export const AnswerOfferBody = z.discriminatedUnion("outcome", [
  z.object({ outcome: z.literal("accepted"), note: z.string().trim().max(2_000).default("") }),
  /** A decline and a request for change say why. */
  z.object({ outcome: z.literal("declined"), note: z.string().trim().min(1).max(2_000) }),
  z.object({ outcome: z.literal("change_requested"), note: z.string().trim().min(1).max(2_000) }),
]);

export const NextPhaseOffer = z
  .object({
    id: Id,
    reviewId: Id.nullable(),
    title: z.string(),
    summary: z.string(),
    goals: z.array(
      z.object({
        title: z.string(),
        baseline: z.number(),
        target: z.number(),
        unit: z.string(),
        dueDate: IsoDate.nullable(),
      }),
    ),
    terms: z.object({
      deliverables: z.array(DeliverableSchema),
      milestones: z.array(MilestoneSchema),
      remuneration: RemunerationSchema,
    }),
    /** The results that justify it: each linked goal's achievement in the reader's language. */
    justification: z.array(z.object({ goalId: Id, sentence: z.string(), status: z.string() })),
    /** The proposal's feasibility check and the amendment's fair-terms check, localised. */
    findings: z.object({ feasibility: z.array(FindingSchema), fairTerms: z.array(FindingSchema) }),
    status: z.enum(["sent", "accepted", "declined", "change_requested", "superseded"]),
    answerNote: z.string().nullable(),
    /** The amendment draft an accepted offer went into; both sides then sign it. */
    agreementVersion: z.number().int().nullable(),
    createdAt: Timestamp,
    answeredAt: Timestamp.nullable(),
  })
  .meta({ id: "NextPhaseOffer" });

export const NextPhaseOfferList = z.object({
  offers: z.array(NextPhaseOffer),
  abilities: z.object({ offer: z.boolean(), answerOffer: z.boolean() }),
});

export const RecognitionParams = z.object({ id: Id, recognitionId: Id });
export const OrgRecognitionParams = z.object({ orgId: Id });

const RecognitionKindSchema = z.enum(["kudos", "introduction", "testimonial", "case_study"]);
/** What a provider recognises in a client (a client's kudos name a deliverable or goal instead). */
const RecognitionReason = z.enum(["fast_feedback", "clear_briefs", "on_time_payment"]);
const RecognitionSubject = z.object({ kind: z.enum(["deliverable", "goal"]), id: Id });
const People = z.array(z.string().trim().min(1).max(120)).max(20).default([]);

/** One side recognises the other; nothing shows on a profile until the recognised side consents. */
export const GiveRecognitionBody = z
  .object({
    kind: RecognitionKindSchema,
    reason: RecognitionReason.nullable().default(null),
    subject: RecognitionSubject.nullable().default(null),
    /** The people recognised, by name. */
    people: People,
    text: z.string().trim().min(1).max(2_000),
    /** An introduction: the organisation the giver offers to introduce the other to. */
    introducedOrg: z.string().trim().min(1).max(200).nullable().default(null),
  })
  // An introduction names the organisation, and only an introduction does.
  .refine(
    (body) => (body.kind === "introduction") === (body.introducedOrg !== null),
    because("introduction_names_org", ["introducedOrg"]),
  );

/**
 * The recognised side drafts a testimonial or case study and asks the other side, whose words
 * it will carry, to approve its text before anything is published.
 */
export const RequestRecognitionBody = z.object({
  kind: z.enum(["testimonial", "case_study"]),
  subject: RecognitionSubject.nullable().default(null),
  people: People,
  text: z.string().trim().min(1).max(5_000),
});

export const AnswerRecognitionBody = z.object({
  isApproved: z.boolean(),
  /** The approving side may correct the draft's text as it approves it. */
  text: z.string().trim().min(1).max(5_000).optional(),
});

const OrgName = z.object({ id: Id, name: z.string() });

export const Recognition = z
  .object({
    id: Id,
    kind: RecognitionKindSchema,
    fromSide: Side,
    from: OrgName,
    to: OrgName,
    reason: RecognitionReason.nullable(),
    subject: z
      .object({ kind: z.enum(["deliverable", "goal"]), id: Id, title: z.string() })
      .nullable(),
    people: z.array(z.string()),
    text: z.string(),
    introducedOrg: z.string().nullable(),
    status: z.enum(["awaiting_text_approval", "awaiting_consent", "published", "declined"]),
    /** Whether the reader's side is the one to answer it now. */
    canAnswer: z.boolean(),
    /** Whether the reader's side may take it off the profiles again (its consent published it). */
    canWithdrawConsent: z.boolean(),
    createdAt: Timestamp,
    textApprovedAt: Timestamp.nullable(),
    consentAnsweredAt: Timestamp.nullable(),
  })
  .meta({ id: "Recognition" });

export const RecognitionList = z.object({
  recognitions: z.array(Recognition),
  abilities: z.object({ recognise: z.boolean(), answerRecognition: z.boolean() }),
});

/** What an organisation's profile and scorecard show: only recognition its side consented to. */
export const PublicRecognitions = z.object({
  orgId: Id,
  recognitions: z.array(
    z.object({
      id: Id,
      kind: RecognitionKindSchema,
      from: OrgName,
      reason: RecognitionReason.nullable(),
      subjectTitle: z.string().nullable(),
      people: z.array(z.string()),
      text: z.string(),
      introducedOrg: z.string().nullable(),
      publishedAt: Timestamp,
    }),
  ),
  /** The health model's positive signal: small, capped, shown beside the score, never for pay. */
  signal: z.object({ count: z.number().int(), points: z.number(), maxPoints: z.number() }),
});
