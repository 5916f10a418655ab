import { todayOf } from "../../platform/clock";
import type { z } from "zod";
import type { MatchList, MatchListQuery, ShortlistBody } from "../../../contracts/briefs";
import { MATCH_WEIGHTS } from "../../../domain/matching/rank-providers";
import type { MessageKey } from "../../../i18n/messages/en";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { badCursor, cursorFromQuery, keysetPage } from "../../platform/cursor";
import { fail, failAtField, ok, type Result } from "../../platform/result";
import { type Unworded, wording } from "../../platform/wording";
import { findOrganisation } from "../orgs/orgs.repository";
import { listUnmatchableOrgIds, refuseIfSanctioned } from "../../kernel/sanctions-in-force";
import { EMPTY_TRACK_RECORD } from "../profiles/profiles.repository";
import { currentProviderMarket } from "../profiles/provider-market";
import { currentTrackRecords } from "../profiles/track-record-cache";
import { decideBriefAction } from "./brief.policy";
import { briefContent } from "./brief.presenter";
import {
  findBrief,
  listLatestSentProposals,
  listShortlist,
  saveShortlistEntry,
  type SentProposalRow,
} from "./briefs.repository";

/** The order of a match page's cursor, whose key is the rank the next page starts at. */
const RANK_ORDER = "rank";

/**
 * How deep a brief's ranking pages: fifty pages of twenty. A page is read by ranking the market
 * down to its end, so a deeper cursor (one written by hand) would rank all of it on each request.
 */
export const DEEPEST_MATCH_RANK = 1000;

/**
 * Ranks providers for the client's brief by aptitude and explains each factor in the reader's
 * language, with the weights, so the client sees that price is one factor among six.
 */
export async function matchProviders(
  deps: AppDeps,
  actor: Actor,
  briefId: string,
  page: z.infer<typeof MatchListQuery>,
): Promise<Result<Unworded<z.infer<typeof MatchList>, "explanation">>> {
  const row = await findBrief(deps.db, briefId);
  if (!row || !actor.memberships.has(row.org_id)) return fail("not_found");
  const after = cursorFromQuery(page.cursor, RANK_ORDER);
  if (!after.ok) return after;
  const offset = after.value ? Number(after.value.key) : 0;
  if (!Number.isSafeInteger(offset) || offset < 0 || offset >= DEEPEST_MATCH_RANK)
    return badCursor();
  const pageLimit = Math.min(page.limit, DEEPEST_MATCH_RANK - offset);
  const brief = briefContent(row);
  const today = todayOf(deps.clock);
  if (brief.skillIds.length === 0)
    return ok({ matches: [], nextCursor: null, weights: { ...MATCH_WEIGHTS } });
  // The market is kept in this process's memory and scored as plain numbers; track records are
  // cached until an engagement changes; sanctions (an expulsion, a suspension running now) and
  // the shortlist are read each time.
  const [market, records, unmatchable, shortlist] = await Promise.all([
    currentProviderMarket(deps.db, deps.clock.now()),
    currentTrackRecords(deps.db, today),
    listUnmatchableOrgIds(deps.db, deps.clock.now()),
    listShortlist(deps.db, briefId),
  ]);
  const listed = new Map(shortlist.map((s) => [s.provider_org_id, s.is_invited === 1]));
  // A page is a stretch of the ranking, read to one past its end to know whether more follow.
  // The ranking is read again for each page: a provider that moved meanwhile may be seen twice
  // or skipped, as ranks are of the moment, never a stored order.
  const upToNext = market.rank(brief, today, {
    // One past the page's end tells whether more follow, unless the page ends the ranking.
    limit: Math.min(offset + pageLimit + 1, DEEPEST_MATCH_RANK),
    trackRecords: records,
    emptyTrackRecord: EMPTY_TRACK_RECORD,
    excluded: new Set(unmatchable),
  });
  const { items: ranked, nextCursor } = keysetPage(
    upToNext.slice(offset),
    pageLimit,
    (match) => ({ key: String(offset + pageLimit), id: match.orgId }),
    RANK_ORDER,
  );
  const answered = await listLatestSentProposals(
    deps.db,
    briefId,
    ranked.map((match) => match.orgId),
  );
  const matches = ranked.map((match) => ({
    provider: { id: match.orgId, name: match.name, kind: "provider" as const },
    score: match.score,
    missingSkillIds: match.missingSkillIds,
    isShortlisted: listed.has(match.orgId),
    isInvited: listed.get(match.orgId) ?? false,
    proposal: proposalMark(answered.get(match.orgId)),
    factors: match.factors.map((f) => ({
      factor: f.factor,
      score: f.score,
      weight: f.weight,
      contribution: f.contribution,
      explanation: wording(`match.${f.factor}.${f.reason}` as MessageKey, f.values),
    })),
  }));
  return ok({ matches, nextCursor, weights: { ...MATCH_WEIGHTS } });
}

/** A provider that already answered the brief, marked with what became of its proposal. */
function proposalMark(sent: SentProposalRow | undefined) {
  if (!sent) return null;
  return {
    id: sent.id,
    status: sent.status,
    explanation: wording("match.proposal.sent", { status: sent.status }),
  };
}

/** The client keeps a provider on its shortlist, or invites it to propose. */
export async function shortlistProvider(
  deps: AppDeps,
  actor: Actor,
  briefId: string,
  input: z.infer<typeof ShortlistBody>,
): Promise<Result<null>> {
  const row = await findBrief(deps.db, briefId);
  if (!row) return fail("not_found");
  const decision = decideBriefAction(actor, row, "write");
  if (decision !== "allowed") return fail(decision);
  // A closed (awarded) brief takes no more proposals: nobody is invited to write one.
  if (row.status === "closed") return fail("brief_closed");
  const provider = await findOrganisation(deps.db, input.providerOrgId);
  if (!provider) {
    return fail("validation_failed", undefined, [
      { path: "providerOrgId", key: "validation.invalid" },
    ]);
  }
  if (provider.kind !== "provider") {
    return failAtField("shortlist_not_provider", "providerOrgId", { org: provider.name });
  }
  if (input.isInvited) {
    // Inviting a provider to propose asks for a new engagement: neither side may be under a
    // suspension or an expulsion. Keeping a name on the shortlist asks nothing of anyone.
    const now = deps.clock.now();
    const standing = await refuseIfSanctioned(deps.db, now, {
      own: row.org_id,
      counterpart: provider.id,
    });
    if (!standing.ok) return standing;
  }
  await saveShortlistEntry(deps.db, {
    brief_id: briefId,
    provider_org_id: provider.id,
    is_invited: input.isInvited ? 1 : 0,
    created_at: deps.clock.now().toISOString(),
  });
  return ok(null);
}
