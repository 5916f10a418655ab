import { z } from "zod";
import { Id, Timestamp } from "./common";
import { because } from "./input-rules";
import { NextCursor, PageQuery } from "./pagination";

export const CaseParams = z.object({ caseId: Id });

export const ReportBody = z.object({
  /** `reply`: a review's public reply, named by the review's id. */
  subjectKind: z.enum(["message", "review", "reply"]),
  subjectId: Id,
  reason: z.string().trim().min(5).max(2_000),
});

export const CaseResponseBody = z.object({ response: z.string().trim().min(1).max(5_000) });

export const DecideCaseBody = z
  .object({
    decision: z.enum(["no_action", "warning", "suspension", "expulsion"]),
    reason: z.string().trim().min(5).max(2_000),
    /** Length of a suspension (30 days when left out); refused with any other decision. */
    suspensionDays: z.number().int().min(1).max(365).optional(),
    /**
     * The moderator found a real threat tied to the reported review (or its reply) that
     * screening missed: it then caps the accused side's health as a verified retaliation does.
     * Only with a sanction, and only on a case a person's report opened about a review.
     */
    isVerifiedThreat: z.boolean().optional(),
  })
  // Days sent with a warning were dropped without a word: the moderator may have meant a suspension.
  .refine(
    (body) => body.suspensionDays === undefined || body.decision === "suspension",
    because("days_only_for_suspension", ["suspensionDays"]),
  );

export const AppealBody = z.object({ reason: z.string().trim().min(5).max(2_000) });

export const DecideAppealBody = z.object({
  outcome: z.enum(["upheld", "overturned"]),
  reason: z.string().trim().min(5).max(2_000),
});

export const ModerationCase = z.object({
  id: z.string(),
  engagementId: z.string().nullable(),
  source: z.enum(["screening", "report"]),
  subject: z.object({
    kind: z.enum(["message", "review", "reply", "dispute"]),
    id: z.string(),
    /** The text the case is about; null when gone, or when a moderator hid the review (parties). */
    text: z.string().nullable(),
    /** Set when the case is about a review still blind to the reader: no text, no phrases. */
    isBlind: z.boolean().optional(),
  }),
  accusedOrgId: z.string(),
  accusedOrgName: z.string(),
  complainantOrgId: z.string().nullable(),
  complainantOrgName: z.string().nullable(),
  reason: z.string(),
  evidence: z.unknown(),
  status: z.enum(["open", "decided", "appealed", "closed"]),
  notice: z.object({
    responseDueAt: Timestamp,
    response: z.string().nullable(),
    respondedAt: Timestamp.nullable(),
    /** Whether the response window is still open now: the accused may answer until its end. */
    isWindowOpen: z.boolean(),
  }),
  decision: z
    .object({
      decision: z.enum(["no_action", "warning", "suspension", "expulsion"]),
      reason: z.string(),
      decidedAt: Timestamp,
      suspensionDays: z.number().int().nullable(),
    })
    .nullable(),
  appeal: z
    .object({
      reason: z.string(),
      appealedAt: Timestamp,
      outcome: z.enum(["upheld", "overturned"]).nullable(),
      outcomeReason: z.string().nullable(),
      decidedAt: Timestamp.nullable(),
    })
    .nullable(),
  /** What the caller is in this case. */
  viewerRole: z.enum(["moderator", "accused", "complainant"]),
  createdAt: Timestamp,
});

/**
 * The moderators' queue, one page: the open and appealed cases this moderator may decide
 * (none concerning their own organisations, no appeal of their own decision), oldest first.
 */
export const ModerationCaseList = z.object({
  cases: z.array(ModerationCase),
  nextCursor: NextCursor,
});
/**
 * Which cases the queue lists: `open` and `appealed` wait for a moderator (the default is both),
 * `decided` those decided (an appeal's decision included), `all` every case.
 */
export const QUEUE_STATUSES = ["open", "appealed", "decided", "all"] as const;
export const ModerationQueueQuery = PageQuery.extend({
  status: z
    .enum(QUEUE_STATUSES)
    .optional()
    .meta({ description: "open, appealed, decided or all; open and appealed when absent" }),
});

/** The cases concerning the caller's organisations, newest first, one page. */
export const MyCaseList = z.object({ cases: z.array(ModerationCase), nextCursor: NextCursor });
export const MyCaseListQuery = PageQuery;
