import { todayOf } from "../../platform/clock";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, forbidden, ok, type Result } from "../../platform/result";
import type { ProposalAction } from "../../../domain/proposal/proposal-states";
import { decideProposalAction, stepOfOtherSide } from "./proposal.policy";
import { presentProposal, type ProposalView } from "./proposal.presenter";
import { findProposal, type ProposalRow } from "./proposals.repository";

/** Loads a proposal the actor may act on; `not_found` to anyone who may not even see it. */
export async function loadProposalFor(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  action: ProposalAction,
): Promise<Result<ProposalRow>> {
  const row = await findProposal(db, id);
  if (!row) return fail("not_found");
  const decision = decideProposalAction(actor, row, action);
  if (decision === "allowed") return ok(row);
  const side = decision === "forbidden" ? stepOfOtherSide(actor, row, action) : undefined;
  if (side) return forbidden(side === "client" ? "client_side_only" : "provider_side_only");
  return fail(decision);
}

/** One proposal, for its provider organisation or, once sent, the brief's client. */
export async function getProposal(
  deps: AppDeps,
  actor: Actor,
  id: string,
): Promise<Result<ProposalView>> {
  const loaded = await loadProposalFor(deps.db, actor, id, "view");
  if (!loaded.ok) return loaded;
  return ok(presentProposal(loaded.value, todayOf(deps.clock)));
}
