import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { decideBriefAction } from "../briefs/brief.policy";
import { findBrief } from "../briefs/briefs.repository";
import { todayOf } from "../../platform/clock";
import { presentProposal, type ProposalView } from "./proposal.presenter";
import { listProposalsOfBrief, listProposalsOfProvider } from "./proposals.repository";

/**
 * The proposals to a brief that the actor may see: the client sees every sent proposal, a
 * provider only its own, in any state. A provider whose proposal outlived the brief's
 * publication still finds it here.
 */
export async function listProposals(
  deps: AppDeps,
  actor: Actor,
  briefId: string,
): Promise<Result<ProposalView[]>> {
  const brief = await findBrief(deps.db, briefId);
  if (!brief) return fail("not_found");
  const isClient = actor.memberships.has(brief.org_id);
  const providerOrgIds = [...actor.orgKinds]
    .filter(([, kind]) => kind === "provider")
    .map(([orgId]) => orgId);
  const rows = await listProposalsOfBrief(deps.db, briefId, { isClient, providerOrgIds });
  if (rows.length === 0 && decideBriefAction(actor, brief, "view") !== "allowed")
    return fail("not_found");
  const today = todayOf(deps.clock);
  return ok(rows.map((row) => presentProposal(row, today)));
}

/** A provider organisation's own proposals, in every state, for its "Proposals" page. */
export async function listOwnProposals(
  deps: AppDeps,
  actor: Actor,
  providerOrgId: string,
): Promise<Result<ProposalView[]>> {
  if (!actor.memberships.has(providerOrgId)) return fail("not_found");
  if (actor.orgKinds.get(providerOrgId) !== "provider") {
    return fail("organisation_kind_wrong", { kind: "provider" });
  }
  const today = todayOf(deps.clock);
  const rows = await listProposalsOfProvider(deps.db, providerOrgId);
  return ok(rows.map((row) => presentProposal(row, today)));
}
