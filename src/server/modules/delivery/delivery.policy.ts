import type { Kysely } from "kysely";
import type { Role } from "../../../contracts/common";
import type { Side } from "../../../domain/engagement/engagement";
import type { Database } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { fail, ok, type Result } from "../../platform/result";
import { sideOf } from "../engagements/engagement.policy";
import { findEngagement, type EngagementWithOrgs } from "../engagements/engagements.repository";
import type { SideDecision } from "../engagements/lock-participant";

/**
 * Who does what in delivery and change: the provider hands work in, the client judges it, and
 * either side proposes and answers changes (which side answers which step is the change
 * request's own rule). Viewers read everything and write nothing.
 */
export const DELIVERY_PERMISSIONS = {
  view: { roles: ["owner", "member", "viewer"], side: "either" },
  upload: { roles: ["owner", "member"], side: "provider" },
  submit: { roles: ["owner", "member"], side: "provider" },
  evaluate: { roles: ["owner", "member"], side: "client" },
  proposeChange: { roles: ["owner", "member"], side: "either" },
  answerChange: { roles: ["owner", "member"], side: "either" },
} as const satisfies Record<string, { roles: readonly Role[]; side: Side | "either" }>;

export type DeliveryAction = keyof typeof DELIVERY_PERMISSIONS;

/** Outsiders get `not_found`; a participant with the wrong role or side gets `forbidden`. */
export function decideDeliveryAction(
  actor: Actor,
  engagement: Pick<EngagementWithOrgs, "client_org_id" | "provider_org_id">,
  action: DeliveryAction,
): SideDecision {
  const participant = sideOf(actor, engagement);
  if (!participant) return { decision: "not_found" };
  const rule = DELIVERY_PERMISSIONS[action];
  const isRoleAllowed = (rule.roles as readonly Role[]).includes(participant.role);
  const isSideAllowed = rule.side === "either" || rule.side === participant.side;
  return isRoleAllowed && isSideAllowed
    ? { decision: "allowed", side: participant.side }
    : { decision: "forbidden" };
}

/**
 * Outside a transaction: the engagement when the actor may take the action, else why not. Reads
 * ask for `view`; an upload asks before its body is read.
 */
export async function findEngagementFor(
  db: Kysely<Database>,
  actor: Actor,
  engagementId: string,
  action: DeliveryAction,
): Promise<Result<EngagementWithOrgs>> {
  const engagement = await findEngagement(db, engagementId);
  if (!engagement) return fail("not_found");
  const decided = decideDeliveryAction(actor, engagement, action);
  return decided.decision === "allowed" ? ok(engagement) : fail(decided.decision);
}
