import { z } from "zod";
import { Id, Timestamp } from "./common";
import { NextCursor, PageQuery } from "./pagination";

const Side = z.enum(["client", "provider"]);
const OccasionKind = z.enum(["milestone", "engagement", "exit"]);

export const ReviewParams = z.object({ id: Id });
export const ReviewIdParams = z.object({ id: Id, reviewId: Id });
export const OrgReputationParams = z.object({ orgId: Id });

/** `sendAnyway`: the sender saw the screening nudge and sends the text as written. */
const SendAnyway = z.boolean().default(false);

export const SubmitReviewBody = z.object({
  occasion: z
    .object({
      kind: OccasionKind,
      /** The milestone's id; "" (or absent) for the engagement or its exit. */
      ref: z.string().max(64).default(""),
    })
    .meta({
      description:
        'A milestone once accepted (ref: its id); the engagement once all milestones of the agreement in force are accepted, or the exit once completed (ref: "")',
    }),
  body: z.string().trim().min(1).max(5_000),
  /** 1–5 stars per aspect of the reviewed side: a provider is rated on quality, communication, reliability; a client on clarity, payment, fairness. */
  stars: z.record(z.string().max(32), z.number().int().min(1).max(5)),
  /** 0–10, never shown to the other side: it feeds health. */
  privateRating: z.number().int().min(0).max(10),
  sendAnyway: SendAnyway,
});

export const ReplyBody = z.object({
  body: z.string().trim().min(1).max(5_000),
  sendAnyway: SendAnyway,
});

export const HideReviewBody = z.object({
  /** The policy reason both sides see. */
  reason: z.string().trim().min(5).max(1_000),
});

const RecordNote = z.object({
  claim: z.enum(["never_delivered", "never_paid"]),
  record: z.object({
    kind: z.enum(["deliveries_accepted", "payments_confirmed"]),
    count: z.number().int(),
    lastAt: Timestamp.nullable(),
  }),
});

export const Review = z.object({
  id: z.string(),
  engagementId: z.string(),
  occasion: z.object({ kind: OccasionKind, ref: z.string() }),
  reviewerSide: Side,
  reviewerOrgId: z.string(),
  reviewedOrgId: z.string(),
  body: z.string().nullable().meta({ description: "Null while hidden by a moderator" }),
  stars: z.record(z.string(), z.number()),
  /** Only for the reviewer's own side; null for everyone else. */
  privateRating: z.number().int().nullable(),
  submittedAt: Timestamp,
  publishedAt: Timestamp.nullable(),
  isMine: z.boolean(),
  /** What the ledger holds against a claim the text makes ("never delivered"…). */
  recordNotes: z.array(RecordNote),
  hidden: z.object({ reason: z.string(), at: Timestamp }).nullable(),
  reply: z
    .object({ body: z.string(), createdAt: Timestamp, recordNotes: z.array(RecordNote) })
    .nullable(),
  /** Whether the caller may post the one public reply now. */
  canReply: z.boolean(),
});

export const ReviewRound = z.object({
  occasion: z.object({ kind: OccasionKind, ref: z.string() }),
  openedAt: Timestamp,
  closesAt: Timestamp,
  publishedAt: Timestamp.nullable(),
  /** Sides that have submitted, known to both (the texts stay blind). */
  submittedSides: z.array(Side),
  /** Whether the caller's side may submit its review now (window open, not yet submitted). */
  canSubmit: z.boolean(),
  reviews: z.array(Review),
});

export const ReviewRoundList = z.object({ rounds: z.array(ReviewRound) });

export const Reputation = z.object({
  orgId: z.string(),
  reviewCount: z.number().int(),
  reviewableEngagements: z.number().int(),
  silentEngagements: z.number().int(),
  reviewRate: z.number().nullable(),
  /** Both averages are null while `isNew` (below 3 reviewable engagements or 2 counterparties). */
  rawAverage: z.number().nullable(),
  smoothedAverage: z.number().nullable(),
  isNew: z.boolean(),
});

export const NudgeStats = z.object({
  shown: z.number().int(),
  revised: z.number().int(),
  sentAnyway: z.number().int(),
  pending: z.number().int(),
  /** revised / (revised + sentAnyway); null before any nudge was resolved. */
  revisionRate: z.number().nullable(),
});

/** The closer-look list pages the one way every list does: `limit`, then `cursor`. */
export const CloserLookQuery = PageQuery;

/**
 * The reviews marked for a closer look, newest first. A page may hold fewer than `limit`
 * reviews while `nextCursor` is set: each page weighs a bounded number of candidates.
 */
export const CloserLookList = z.object({
  reviews: z.array(
    z.object({
      reviewId: z.string(),
      engagementId: z.string(),
      engagementTitle: z.string(),
      reviewerSide: Side,
      reviewerOrgId: z.string(),
      reviewerOrgName: z.string(),
      reviewedOrgId: z.string(),
      reviewedOrgName: z.string(),
      /**
       * The review's public text, as moderators read it (hidden or still blind included); null
       * for a moderator who belongs to either side, when their side may not read it (hidden, or
       * the other side's review still blind).
       */
      body: z.string().nullable(),
      submittedAt: Timestamp,
      publishedAt: Timestamp.nullable(),
      isHidden: z.boolean(),
      /**
       * Whether the caller belongs to either side and so may open the engagement; a moderator
       * who does not acts on the review from this list instead.
       */
      viewerIsParty: z.boolean(),
      /** Why it deserves a look: the pressure step and whether it came before or after. */
      closerLook: z
        .array(
          z.object({
            direction: z.enum(["review_after_pressure", "pressure_after_review"]),
            step: z.enum(["payment_reminder", "late_interest_claim", "dispute"]),
            stepAt: Timestamp,
          }),
        )
        .min(1),
    }),
  ),
  nextCursor: NextCursor,
});
