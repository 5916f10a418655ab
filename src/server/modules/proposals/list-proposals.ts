import type { PageQuery } from "../../../contracts/pagination";
import type { Actor } from "../../platform/actor";
import { cursorFromQuery, keysetPage } from "../../platform/cursor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { decideBriefAction } from "../briefs/brief.policy";
import { findBrief } from "../briefs/briefs.repository";
import { todayOf } from "../../platform/clock";
import { presentProposal, type ProposalView } from "./proposal.presenter";
import {
  listProposalsOfBrief,
  listProposalsOfProvider,
  type ProposalRow,
} from "./proposals.repository";

/**
 * The proposals to a brief that the actor may see: the client sees every sent proposal, a
 * provider only its own, in any state. A provider whose proposal outlived the brief's
 * publication still finds it here.
 */
export async function listProposals(
  deps: AppDeps,
  actor: Actor,
  briefId: string,
  query: PageQuery,
): Promise<Result<ProposalPage>> {
  const brief = await findBrief(deps.db, briefId);
  if (!brief) return fail("not_found");
  const before = cursorFromQuery(query.cursor);
  // A bad cursor on a brief the reader may not see says nothing about the brief.
  if (!before.ok)
    return decideBriefAction(actor, brief, "view") === "allowed" ? before : fail("not_found");
  const isClient = actor.memberships.has(brief.org_id);
  const providerOrgIds = [...actor.orgKinds]
    .filter(([, kind]) => kind === "provider")
    .map(([orgId]) => orgId);
  const rows = await listProposalsOfBrief(
    deps.db,
    briefId,
    { isClient, providerOrgIds },
    { ...(before.value && { before: before.value }), limit: query.limit + 1 },
  );
  if (rows.length === 0 && decideBriefAction(actor, brief, "view") !== "allowed")
    return fail("not_found");
  return ok(proposalPage(rows, query.limit, todayOf(deps.clock)));
}

/** A provider organisation's own proposals, in every state, for its "Proposals" page. */
export async function listOwnProposals(
  deps: AppDeps,
  actor: Actor,
  providerOrgId: string,
  query: PageQuery,
): Promise<Result<ProposalPage>> {
  if (!actor.memberships.has(providerOrgId)) return fail("not_found");
  if (actor.orgKinds.get(providerOrgId) !== "provider") {
    return fail("organisation_kind_wrong", { kind: "provider" });
  }
  const before = cursorFromQuery(query.cursor);
  if (!before.ok) return before;
  const rows = await listProposalsOfProvider(deps.db, providerOrgId, {
    ...(before.value && { before: before.value }),
    limit: query.limit + 1,
  });
  return ok(proposalPage(rows, query.limit, todayOf(deps.clock)));
}

interface ProposalPage {
  proposals: ProposalView[];
  nextCursor: string | null;
}

function proposalPage(rows: ProposalRow[], limit: number, today: string): ProposalPage {
  const page = keysetPage(rows, limit, (row) => ({ key: row.created_at, id: row.id }));
  return {
    proposals: page.items.map((row) => presentProposal(row, today)),
    nextCursor: page.nextCursor,
  };
}
