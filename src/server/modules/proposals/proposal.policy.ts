import type { Role } from "../../../contracts/common";
import type { Side } from "../../../domain/engagement/engagement";
import type { ProposalAction, ProposalStatus } from "../../../domain/proposal/proposal-states";
import { roleIn, type Actor } from "../../platform/actor";
import type { Decision } from "../../kernel/access";

/**
 * Who may do what with a proposal, by side. The provider organisation writes and sends its
 * proposal; the client organisation of the brief answers it. Viewers of either side only read.
 */
export const PROPOSAL_PERMISSIONS = {
  view: { client: ["owner", "member", "viewer"], provider: ["owner", "member", "viewer"] },
  edit: { provider: ["owner", "member"] },
  submit: { provider: ["owner", "member"] },
  withdraw: { provider: ["owner", "member"] },
  decline: { client: ["owner", "member"] },
  requestRevision: { client: ["owner", "member"] },
  accept: { client: ["owner", "member"] },
} as const satisfies Record<ProposalAction, Partial<Record<Side, readonly Role[]>>>;

interface ProposalParties {
  client_org_id: string;
  provider_org_id: string;
  status: ProposalStatus;
  /** Null until the provider first sends it; a draft withdrawn unsent stays null. */
  submitted_at: string | null;
}

/**
 * Decides an action on a proposal. A draft is the provider's alone: the client organisation
 * does not see it until it is sent, nor ever if the provider withdraws it unsent. Anyone who cannot see the proposal gets `not_found`.
 */
export function decideProposalAction(
  actor: Actor,
  proposal: ProposalParties,
  action: ProposalAction,
): Decision {
  const roles: Record<Side, Role | undefined> = {
    client: proposal.submitted_at === null ? undefined : roleIn(actor, proposal.client_org_id),
    provider: roleIn(actor, proposal.provider_org_id),
  };
  if (!roles.client && !roles.provider) return "not_found";
  const permitted: Partial<Record<Side, readonly Role[]>> = PROPOSAL_PERMISSIONS[action];
  const isPermitted = (["client", "provider"] as const).some((side) => {
    const role = roles[side];
    return role !== undefined && (permitted[side] ?? []).includes(role);
  });
  return isPermitted ? "allowed" : "forbidden";
}

/**
 * The side whose step a refused action is, when the actor acts for the other side with a role
 * that acts there (an owner or member): they are told whose step it is, not that their role
 * falls short. Undefined for a viewer, or an action both sides take.
 */
export function stepOfOtherSide(
  actor: Actor,
  proposal: ProposalParties,
  action: ProposalAction,
): Side | undefined {
  const permitted: Partial<Record<Side, readonly Role[]>> = PROPOSAL_PERMISSIONS[action];
  const sides = (["client", "provider"] as const).filter((side) => permitted[side]);
  const [only] = sides;
  if (sides.length !== 1 || !only) return undefined;
  const other = only === "client" ? proposal.provider_org_id : proposal.client_org_id;
  const role = roleIn(actor, other);
  return role === "owner" || role === "member" ? only : undefined;
}
