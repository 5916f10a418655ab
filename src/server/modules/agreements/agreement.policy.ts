import type { Role } from "../../../contracts/common";
import type { Side } from "../../../domain/engagement/engagement";
import type { Actor } from "../../platform/actor";
import { sideOf } from "../engagements/engagement.policy";
import type { Decision } from "../orgs/org.policy";

/**
 * Which roles of either participating organisation may do what with the engagement's
 * agreement. Signing binds the organisation, so only its owners sign, and each for its own side.
 */
export const AGREEMENT_PERMISSIONS = {
  view: ["owner", "member", "viewer"],
  editDraft: ["owner", "member"],
  openAmendment: ["owner", "member"],
  sign: ["owner"],
} as const satisfies Record<string, readonly Role[]>;

export type AgreementAction = keyof typeof AGREEMENT_PERMISSIONS;

interface Participants {
  client_org_id: string | null;
  provider_org_id: string | null;
}

/**
 * Decides an action on an engagement's agreement, with the side the actor acts for. Outsiders
 * get `not_found`; a side's role decides the rest.
 */
export function decideAgreementAction(
  actor: Actor,
  engagement: Participants,
  action: AgreementAction,
): { decision: "allowed"; side: Side } | { decision: Exclude<Decision, "allowed"> } {
  const participant = sideOf(actor, engagement);
  if (!participant) return { decision: "not_found" };
  return (AGREEMENT_PERMISSIONS[action] as readonly Role[]).includes(participant.role)
    ? { decision: "allowed", side: participant.side }
    : { decision: "forbidden" };
}
