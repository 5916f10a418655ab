import type { Brief } from "../../../domain/brief/brief";
import { day } from "../../../domain/findings";
import { draftAgreementFromProposal, isProposalExpired } from "../../../domain/proposal/proposal";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { lockBrief } from "../../db/locking";
import { insertVersion } from "../agreements/agreements.repository";
import { canonicalTerms } from "../agreements/canonical-terms";
import { briefContent } from "../briefs/brief.presenter";
import { insertEngagement } from "../engagements/engagements.repository";
import { appendEvent } from "../ledger/append-event";
import { closeAwardedBrief } from "./close-awarded-brief";
import { refuseIfSanctioned } from "../../kernel/sanctions-in-force";
import { loadProposalFor } from "./get-proposal";
import { todayOf } from "../../platform/clock";
import { isActionOpen, PROPOSAL_ACTION_STATES } from "../../../domain/proposal/proposal-states";
import { presentProposal, proposalTerms, type ProposalView } from "./proposal.presenter";
import { findProposal, moveProposal } from "./proposals.repository";
import { refuseProposalMovedMeanwhile, refuseProposalStep } from "./refuse-proposal-step";

/** The agreement's scope field holds at most this many characters (see the terms contract). */
const SCOPE_MAX_LENGTH = 10_000;

/** The agreement's scope, from what the client said it wants and the business it serves. */
function scopeOf(brief: Brief): string {
  const goals = brief.goals.filter((goal) => goal.trim() !== "").map((goal) => `- ${goal}`);
  const scope = [goals.join("\n"), brief.businessModelScope.trim()]
    .filter((part) => part !== "")
    .join("\n\n");
  return scope.slice(0, SCOPE_MAX_LENGTH);
}

/**
 * The client accepts a sent proposal. In one transaction: the engagement starts (both sides at
 * once, no invitation needed), its ledger opens with the proposal it came from, the proposal's
 * terms become version 1 of the agreement, a draft both sides may edit and sign, and the brief
 * is awarded: closed, with the other sent proposals not selected and their providers told,
 * unless the client keeps it open (`keepBriefOpen`) to engage more providers.
 */
export function acceptProposal(
  deps: AppDeps,
  actor: Actor,
  id: string,
  options: { keepBriefOpen?: boolean } = {},
): Promise<Result<ProposalView>> {
  return runInTransaction(deps.db, async (trx) => {
    const found = await loadProposalFor(trx, actor, id, "accept");
    if (!found.ok) return found;
    // The brief's lock first, then the proposal read again as the award before us left it:
    // of two of a brief's proposals accepted at once, the second sees itself not selected.
    await lockBrief(trx, deps.dialect, found.value.brief_id);
    const loaded = await loadProposalFor(trx, actor, id, "accept");
    if (!loaded.ok) return loaded;
    const proposal = loaded.value;
    if (!isActionOpen(proposal.status, "accept"))
      return refuseProposalStep(proposal.status, "accept");
    if (proposal.brief_status !== "published") return fail("brief_closed");
    const terms = proposalTerms(proposal);
    // An offer past its validity no longer stands: the client asks for a revision (a new date)
    // instead of holding the provider to a price it gave for another time.
    if (terms.validUntil && isProposalExpired(terms, todayOf(deps.clock))) {
      return fail("proposal_expired", { validUntil: day(terms.validUntil) });
    }
    // Neither side under a suspension or expulsion starts a new engagement.
    const at = deps.clock.now();
    const standing = await refuseIfSanctioned(trx, at, {
      own: proposal.client_org_id,
      counterpart: proposal.provider_org_id,
    });
    if (!standing.ok) return standing;
    const now = at.toISOString();
    const engagementId = deps.ids.newId();
    // Claims the proposal first: of two people accepting at once, only one gets past here.
    const isClaimed = await moveProposal(trx, id, PROPOSAL_ACTION_STATES.accept, {
      status: "accepted",
      updated_at: now,
    });
    if (!isClaimed) return refuseProposalMovedMeanwhile(trx, id, "accept");

    await insertEngagement(trx, {
      id: engagementId,
      title: proposal.brief_title,
      description: terms.summary,
      status: "active",
      client_org_id: proposal.client_org_id,
      provider_org_id: proposal.provider_org_id,
      initiator_org_id: proposal.client_org_id,
      created_at: now,
      updated_at: now,
    });
    const draft = canonicalTerms(
      draftAgreementFromProposal(terms, scopeOf(briefContent({ content: proposal.brief_content }))),
    );
    await insertVersion(trx, {
      id: deps.ids.newId(),
      engagement_id: engagementId,
      version: 1,
      status: "draft",
      terms: draft.text,
      content_hash: draft.hash,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
      in_force_at: null,
    });
    await appendEvent(trx, deps, {
      engagementId,
      type: "engagement.started_from_proposal",
      actorUserId: actor.userId,
      actorOrgId: proposal.client_org_id,
      payload: {
        briefId: proposal.brief_id,
        proposalId: proposal.id,
        revision: Number(proposal.revision),
        agreementVersion: 1,
        contentHash: draft.hash,
      },
    });
    await moveProposal(trx, id, ["accepted"], { engagement_id: engagementId });
    await closeAwardedBrief(trx, deps, {
      briefId: proposal.brief_id,
      acceptedProposalId: proposal.id,
      keepBriefOpen: options.keepBriefOpen ?? false,
      briefTitle: proposal.brief_title,
      clientName: proposal.client_name,
      at: now,
    });
    const accepted = await findProposal(trx, id);
    if (!accepted) throw new Error("proposal vanished inside its own transaction");
    return ok(presentProposal(accepted, todayOf(deps.clock)));
  });
}
