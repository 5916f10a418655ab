import { z } from "zod";
import { absentWhenEmpty } from "./input-rules";
import { MAX_PAGE_SIZE, NextCursor, PageQuery } from "./pagination";
import { queryInteger } from "./input-rules";
import { inUnit } from "./units";
import { Id, LocaleCode, OrgRef, Timestamp } from "./common";
import { TaxonomyId } from "./profiles";
import { ProposalStatus } from "./proposals";
import { CurrencyCode, FindingSchema } from "./terms";

const Item = z.object({
  id: z.string().min(1).max(64).optional(),
  text: z.string().trim().min(1).max(500),
});
const Lines = z.array(z.string().trim().max(1000)).max(30);

/** What the client writes; items get ids from the server when they have none. */
export const BriefBody = z.object({
  orgId: Id,
  title: z.string().trim().min(1).max(200),
  goals: Lines,
  successMeasures: Lines,
  mustHaves: z.array(Item).max(50),
  niceToHaves: z.array(Item).max(50),
  skillIds: z.array(TaxonomyId).max(30),
  budget: z
    .object({
      currency: CurrencyCode,
      minMinor: z
        .number()
        .int()
        .min(0, inUnit("money"))
        .max(Number.MAX_SAFE_INTEGER, inUnit("money")),
      maxMinor: z
        .number()
        .int()
        .min(0, inUnit("money"))
        .max(Number.MAX_SAFE_INTEGER, inUnit("money")),
    })
    .nullable(),
  clientPeople: z
    .array(
      z.object({
        role: z.string().trim().min(1).max(100),
        hoursPerWeek: z.number().min(0, inUnit("hours")).max(80, inUnit("hours")),
      }),
    )
    .max(20),
  businessModelScope: z.string().trim().max(2000),
  constraints: Lines,
  earliestStart: absentWhenEmpty(z.iso.date().nullable()),
  deadline: absentWhenEmpty(z.iso.date().nullable()),
  preferredLanguages: z.array(LocaleCode.or(z.string().regex(/^[a-z]{2,3}$/))).max(10),
});
export const UpdateBriefBody = BriefBody.omit({ orgId: true });

export const BriefStatus = z.enum(["draft", "published", "closed"]);

export const BriefResponse = UpdateBriefBody.extend({
  id: Id,
  org: OrgRef,
  status: BriefStatus,
  mustHaves: z.array(z.object({ id: z.string(), text: z.string() })),
  niceToHaves: z.array(z.object({ id: z.string(), text: z.string() })),
  findings: z.array(FindingSchema),
  isPublishable: z.boolean(),
  /** For the client: yes; for a provider: whether it was invited to propose. */
  isInvited: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  publishedAt: Timestamp.nullable(),
  /**
   * When the client accepted a proposal on it; a brief awarded and closed is `closed` with this
   * set, one kept open for more providers stays `published` with it.
   */
  awardedAt: Timestamp.nullable(),
});
export type BriefResponse = z.infer<typeof BriefResponse>;

export const BriefListQuery = z.object({
  /** A client organisation's own briefs, or the published briefs a provider organisation can answer. */
  orgId: Id,
  status: BriefStatus.optional(),
  ...PageQuery.shape,
});
export const BriefList = z.object({ briefs: z.array(BriefResponse), nextCursor: NextCursor });
export const BriefParams = z.object({ id: Id });

export const MatchFactor = z.object({
  factor: z.enum(["capability", "trackRecord", "health", "language", "availability", "price"]),
  score: z.number(),
  weight: z.number(),
  contribution: z.number(),
  explanation: z.string(),
});
export const Match = z.object({
  provider: OrgRef,
  score: z.number(),
  factors: z.array(MatchFactor),
  missingSkillIds: z.array(z.string()),
  isShortlisted: z.boolean(),
  isInvited: z.boolean(),
  /**
   * The provider's latest sent proposal to this brief, null when it has sent none: a provider
   * already answered (declined, withdrawn, not selected…) is marked, not shown as a new match.
   * Its aptitude, and so its rank, is the same either way.
   */
  proposal: z.object({ id: Id, status: ProposalStatus, explanation: z.string() }).nullable(),
});
/** Matches page the one way lists do; a page is the top 20 unless `limit` says otherwise. */
export const MatchListQuery = z.object({
  ...PageQuery.shape,
  limit: queryInteger(z.number().int().min(1).max(MAX_PAGE_SIZE).default(20)),
});
export const MatchList = z.object({
  matches: z.array(Match),
  nextCursor: NextCursor,
  /** How much each factor counts, so the client sees price is one factor among six. */
  weights: z.record(z.string(), z.number()),
});
export const ShortlistBody = z.object({ providerOrgId: Id, isInvited: z.boolean().default(false) });
