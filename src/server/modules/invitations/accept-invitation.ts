import type { z } from "zod";
import type { AcceptInvitationResponse } from "../../../contracts/invitations";
import { canTakeOtherSide, isAwaitingAnswer } from "../../../domain/engagement/engagement";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, failAtField, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { lockEngagement, lockOrganisation } from "../../db/locking";
import { recordAudit } from "../../kernel/audit.repository";
import { answerEngagement, findEngagement } from "../engagements/engagements.repository";
import { refuseIfSanctioned } from "../../kernel/sanctions-in-force";
import { appendEvent } from "../ledger/append-event";
import { decideOrgAction } from "../../kernel/org-access";
import { findMembership, findOrganisation, insertMembership } from "../orgs/orgs.repository";
import { effectiveInvitationStatus } from "../../../domain/invitation/invitation-lifetime";
import { answerInvitation } from "../../kernel/invitations.repository";
import { findInvitationByToken, type InvitationWithContext } from "./preview-invitation";

type Accepted = z.infer<typeof AcceptInvitationResponse>;

/**
 * Accepts an invitation: joins the organisation, or takes the other side of the engagement
 * for one of the actor's organisations of the opposite kind.
 */
export async function acceptInvitation(
  deps: AppDeps,
  actor: Actor,
  input: { token: string; orgId?: string },
): Promise<Result<Accepted>> {
  const invitation = await findInvitationByToken(deps, input.token);
  if (!invitation) return fail("not_found");
  return acceptFoundInvitation(deps, actor, invitation, input.orgId);
}

/** Accepts an invitation already found (by its link, or by the demo seed). */
export function acceptFoundInvitation(
  deps: AppDeps,
  actor: Actor,
  invitation: InvitationWithContext,
  orgId: string | undefined,
): Promise<Result<Accepted>> {
  if (effectiveInvitationStatus(invitation, deps.clock.now()) !== "pending") {
    return Promise.resolve(fail("invitation_invalid"));
  }
  return invitation.kind === "membership"
    ? joinOrganisation(deps, actor, invitation)
    : takeOtherSide(deps, actor, invitation, orgId);
}

function joinOrganisation(
  deps: AppDeps,
  actor: Actor,
  invitation: InvitationWithContext,
): Promise<Result<Accepted>> {
  return runInTransaction(deps.db, async (trx) => {
    // Joins of one organisation one at a time, as its other membership changes: two links of it
    // accepted at once by one person both found no membership on PostgreSQL, and the second
    // insert failed on the primary key (a 500) instead of being told `already_member`.
    await lockOrganisation(trx, deps.dialect, invitation.org_id);
    const at = deps.clock.now().toISOString();
    if (
      !(await answerInvitation(trx, invitation.id, { status: "accepted", by: actor.userId, at }))
    ) {
      return fail("invitation_invalid");
    }
    if (await findMembership(trx, invitation.org_id, actor.userId)) return fail("already_member");
    await insertMembership(trx, {
      orgId: invitation.org_id,
      userId: actor.userId,
      role: invitation.role ?? "member",
      createdAt: at,
    });
    await recordAudit(trx, deps, {
      actorUserId: actor.userId,
      orgId: invitation.org_id,
      action: "member.joined",
    });
    return ok({ kind: "membership", orgId: invitation.org_id, engagementId: null });
  });
}

function takeOtherSide(
  deps: AppDeps,
  actor: Actor,
  invitation: InvitationWithContext,
  orgId: string | undefined,
): Promise<Result<Accepted>> {
  const otherKind = invitation.org_kind === "client" ? "provider" : "client";
  if (!orgId) {
    return Promise.resolve(failAtField("organisation_kind_mismatch", "orgId", { kind: otherKind }));
  }
  const decision = decideOrgAction(actor, orgId, "work");
  if (decision !== "allowed") return Promise.resolve(fail(decision));
  return runInTransaction(deps.db, async (trx) => {
    // The engagement's lock before the invitation's row, in the order a withdrawal takes them;
    // the other order deadlocked against a withdrawal on PostgreSQL (a 500 for one of the two).
    if (invitation.engagement_id) {
      await lockEngagement(trx, deps.dialect, invitation.engagement_id);
    }
    const org = await findOrganisation(trx, orgId);
    const engagement =
      invitation.engagement_id && (await findEngagement(trx, invitation.engagement_id));
    if (!org || !engagement) return fail("not_found");
    if (!canTakeOtherSide(invitation.org_kind, org.kind)) {
      return failAtField("organisation_kind_mismatch", "orgId", { kind: otherKind });
    }
    if (!isAwaitingAnswer(engagement.status)) return fail("engagement_not_pending");
    // Taking the other side starts an engagement: refused under a suspension or expulsion,
    // of the accepting organisation or of the one that proposed it.
    const now = deps.clock.now();
    const standing = await refuseIfSanctioned(trx, now, {
      own: org.id,
      counterpart: invitation.org_id,
    });
    if (!standing.ok) return standing;
    const at = now.toISOString();
    const column = org.kind === "client" ? "client_org_id" : "provider_org_id";
    const isAnswered =
      (await answerInvitation(trx, invitation.id, { status: "accepted", by: actor.userId, at })) &&
      (await answerEngagement(trx, engagement.id, {
        status: "active",
        counterpart: { column, orgId },
        at,
      }));
    if (!isAnswered) return fail("invitation_invalid");
    await appendEvent(trx, deps, {
      engagementId: engagement.id,
      type: "engagement.accepted",
      actorUserId: actor.userId,
      actorOrgId: org.id,
      payload: { side: org.kind, orgId: org.id, orgName: org.name },
    });
    return ok({ kind: "engagement", orgId, engagementId: engagement.id });
  });
}
