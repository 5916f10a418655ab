import { lockEngagement } from "../../db/locking";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { answerEngagement } from "../engagements/engagements.repository";
import { appendEvent } from "../ledger/append-event";
import { effectiveInvitationStatus } from "../../../domain/invitation/invitation-lifetime";
import { answerInvitation } from "../../kernel/invitations.repository";
import { findInvitationByToken } from "./preview-invitation";

/** Declines an invitation; a declined engagement invitation closes the pending engagement. */
export async function declineInvitation(
  deps: AppDeps,
  actor: Actor,
  token: string,
): Promise<Result<null>> {
  const invitation = await findInvitationByToken(deps, token);
  if (!invitation) return fail("not_found");
  if (effectiveInvitationStatus(invitation, deps.clock.now()) !== "pending") {
    return fail("invitation_invalid");
  }
  return runInTransaction(deps.db, async (trx) => {
    // The engagement's lock first, in the order a withdrawal takes them (see acceptInvitation).
    if (invitation.engagement_id) {
      await lockEngagement(trx, deps.dialect, invitation.engagement_id);
    }
    const at = deps.clock.now().toISOString();
    if (
      !(await answerInvitation(trx, invitation.id, { status: "declined", by: actor.userId, at }))
    ) {
      return fail("invitation_invalid");
    }
    const engagementId = invitation.engagement_id;
    if (engagementId) {
      if (!(await answerEngagement(trx, engagementId, { status: "declined", at }))) {
        return fail("engagement_not_pending");
      }
      await appendEvent(trx, deps, {
        engagementId,
        type: "engagement.declined",
        actorUserId: actor.userId,
        actorOrgId: null,
        payload: {},
      });
    }
    return ok(null);
  });
}
