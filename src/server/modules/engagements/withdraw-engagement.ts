import type { Engagement } from "../../../contracts/engagements";
import { isAwaitingAnswer } from "../../../domain/engagement/engagement";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, forbidden, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { ENGAGEMENT_ACCESS } from "../../kernel/engagement-access";
import {
  answerInvitation,
  findPendingEngagementInvitation,
} from "../../kernel/invitations.repository";
import { lockParticipant } from "../../kernel/lock-participant";
import { appendEvent } from "../ledger/append-event";
import { presentEngagement } from "./engagement.presenter";
import { findEngagement, withdrawPendingEngagement } from "./engagements.repository";

/**
 * The organisation that proposed an engagement takes it back while the other side has not
 * answered (a lost mail, a wrong address): the engagement becomes `withdrawn` and its open
 * invitation `revoked`, so the link stops working and the same title may be proposed again.
 * Only the proposing side can, and only while pending: once answered, the proposal is the
 * other side's too (`engagement_not_withdrawable` names the status).
 */
export async function withdrawEngagement(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<Result<Engagement>> {
  return runInTransaction(deps.db, async (trx) => {
    const locked = await lockParticipant(trx, deps, actor, engagementId, ENGAGEMENT_ACCESS.act);
    if (!locked.ok) return locked;
    const { engagement, orgId, row } = locked.value;
    if (orgId !== engagement.initiator_org_id) return forbidden("initiator_only");
    if (!isAwaitingAnswer(row.status)) {
      return fail("engagement_not_withdrawable", { status: row.status });
    }
    const at = deps.clock.now().toISOString();
    if (!(await withdrawPendingEngagement(trx, engagementId, at))) {
      throw new Error("a pending engagement changed under its own lock");
    }
    const invitation = await findPendingEngagementInvitation(trx, engagementId);
    if (invitation) {
      await answerInvitation(trx, invitation.id, { status: "revoked", by: actor.userId, at });
    }
    await appendEvent(trx, deps, {
      engagementId,
      type: "engagement.withdrawn",
      actorUserId: actor.userId,
      actorOrgId: orgId,
      payload: { invitationId: invitation?.id ?? null },
    });
    const withdrawn = await findEngagement(trx, engagementId);
    if (!withdrawn) throw new Error("engagement vanished inside its own transaction");
    return ok(presentEngagement(withdrawn, actor, deps.clock.now()));
  });
}
