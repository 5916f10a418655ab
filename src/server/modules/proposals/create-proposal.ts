import type { z } from "zod";
import type { CreateProposalBody } from "../../../contracts/proposals";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { decideBriefAction } from "../briefs/brief.policy";
import { findBrief } from "../briefs/briefs.repository";
import { decideOrgAction } from "../../kernel/org-access";
import { findOrganisation } from "../orgs/orgs.repository";
import { todayOf } from "../../platform/clock";
import { refuseTermsBeyondHorizon } from "../../kernel/planned-days";
import { day } from "../../../domain/findings";
import { presentProposal, type ProposalView } from "./proposal.presenter";
import { openProposalOf } from "../../../domain/proposal/proposal-states";
import { lockOrganisation } from "../../db/locking";
import {
  findProposal,
  insertProposal,
  listProposalsOfProviderToBrief,
} from "./proposals.repository";

/**
 * An owner or member of a provider organisation starts a proposal to a published brief. It
 * stays a draft, visible to the provider only, until sent. While the provider's proposal to
 * the brief is open (`openProposalOf`) a second is refused: that one is revised instead. The
 * check holds the provider organisation's lock, so two requests at once start one.
 */
export function createProposal(
  deps: AppDeps,
  actor: Actor,
  briefId: string,
  input: z.infer<typeof CreateProposalBody>,
): Promise<Result<ProposalView>> {
  const decision = decideOrgAction(actor, input.orgId, "work");
  if (decision !== "allowed") return Promise.resolve(fail(decision));
  return runInTransaction(deps.db, async (trx) => {
    const org = await findOrganisation(trx, input.orgId);
    if (!org) return fail("not_found");
    if (org.kind !== "provider") return fail("organisation_kind_wrong", { kind: "provider" });
    const brief = await findBrief(trx, briefId);
    if (!brief || decideBriefAction(actor, brief, "view") !== "allowed") return fail("not_found");
    // A brief's client sees it in every state; only a published brief is open to answers.
    if (brief.status !== "published") return fail("not_found");
    const farDate = refuseTermsBeyondHorizon(input.terms, todayOf(deps.clock));
    if (farDate) return farDate;
    await lockOrganisation(trx, deps.dialect, org.id);
    const open = openProposalOf(await listProposalsOfProviderToBrief(trx, brief.id, org.id));
    if (open) {
      return fail("proposal_open_on_brief", {
        brief: brief.title,
        status: open.status,
        startedOn: day(open.created_at.slice(0, 10)),
      });
    }
    const now = deps.clock.now().toISOString();
    const id = deps.ids.newId();
    await insertProposal(trx, {
      id,
      brief_id: brief.id,
      provider_org_id: org.id,
      status: "draft",
      content: JSON.stringify(input.terms),
      revision: 1,
      decline_reason: null,
      revision_note: null,
      engagement_id: null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
      submitted_at: null,
    });
    const row = await findProposal(trx, id);
    if (!row) throw new Error("proposal vanished inside its own transaction");
    return ok(presentProposal(row, todayOf(deps.clock)));
  });
}
