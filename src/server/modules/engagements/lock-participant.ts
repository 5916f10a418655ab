import type { Kysely } from "kysely";
import type { Side } from "../../../domain/engagement/engagement";
import { lockEngagement } from "../../db/locking";
import type { Database } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import type { Decision } from "../orgs/org.policy";
import { findEngagement, type EngagementWithOrgs } from "./engagements.repository";

export type SideDecision =
  { decision: "allowed"; side: Side } | { decision: Exclude<Decision, "allowed"> };

export interface LockedEngagement {
  engagement: EngagementWithOrgs;
  side: Side;
  /** The organisation the actor acts for: their side's. */
  orgId: string;
}

/**
 * Inside a write's transaction: checks the actor may take the action, then locks the
 * engagement, so concurrent writes to one engagement run one after another and every check
 * that follows reads what the others committed.
 */
export async function lockParticipant(
  trx: Kysely<Database>,
  deps: Pick<AppDeps, "dialect">,
  actor: Actor,
  engagementId: string,
  decide: (actor: Actor, engagement: EngagementWithOrgs) => SideDecision,
): Promise<Result<LockedEngagement>> {
  const engagement = await findEngagement(trx, engagementId);
  if (!engagement) return fail("not_found");
  const decided = decide(actor, engagement);
  if (decided.decision !== "allowed") return fail(decided.decision);
  const orgId = decided.side === "client" ? engagement.client_org_id : engagement.provider_org_id;
  if (!orgId) return fail("not_found");
  await lockEngagement(trx, deps.dialect, engagementId);
  return ok({ engagement, side: decided.side, orgId });
}
