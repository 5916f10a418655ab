import type { Kysely } from "kysely";
import type { Side } from "../../../domain/engagement/engagement";
import { lockEngagement } from "../../db/locking";
import type { Database } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { findEngagement, type EngagementWithOrgs } from "../engagements/engagements.repository";
import { decideAgreementAction, type AgreementAction } from "./agreement.policy";

export interface LockedAgreement {
  engagement: EngagementWithOrgs;
  side: Side;
  /** The organisation the actor acts for: their side's. */
  orgId: string;
}

/**
 * Inside a write's transaction: checks the actor may take the action, then locks the
 * engagement, so concurrent edits and signatures of one agreement run one after another and
 * every check that follows reads what the others committed.
 */
export async function lockAgreementFor(
  trx: Kysely<Database>,
  deps: Pick<AppDeps, "dialect">,
  actor: Actor,
  engagementId: string,
  action: AgreementAction,
): Promise<Result<LockedAgreement>> {
  const engagement = await findEngagement(trx, engagementId);
  if (!engagement) return fail("not_found");
  const decided = decideAgreementAction(actor, engagement, action);
  if (decided.decision !== "allowed") return fail(decided.decision);
  const orgId = decided.side === "client" ? engagement.client_org_id : engagement.provider_org_id;
  if (!orgId) return fail("not_found");
  await lockEngagement(trx, deps.dialect, engagementId);
  return ok({ engagement, side: decided.side, orgId });
}
