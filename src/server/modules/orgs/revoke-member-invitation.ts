import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { answerInvitation, findMemberInvitation } from "../../kernel/invitations.repository";
import { decideOrgAction } from "../../kernel/org-access";

/** An owner withdraws a pending membership invitation; its link stops working. */
export async function revokeMemberInvitation(
  deps: AppDeps,
  actor: Actor,
  input: { orgId: string; invitationId: string },
): Promise<Result<null>> {
  const decision = decideOrgAction(actor, input.orgId, "manageMembers");
  if (decision !== "allowed") return fail(decision);
  const invitation = await findMemberInvitation(deps.db, input.orgId, input.invitationId);
  if (!invitation) return fail("not_found");
  const isRevoked = await answerInvitation(deps.db, invitation.id, {
    status: "revoked",
    by: actor.userId,
    at: deps.clock.now().toISOString(),
  });
  return isRevoked ? ok(null) : fail("invitation_invalid");
}
