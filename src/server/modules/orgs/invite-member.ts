import type { z } from "zod";
import type { InviteMemberBody, MemberInvitation } from "../../../contracts/orgs";
import { translate } from "../../../i18n/translate";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { hashSecret, newSecret } from "../../platform/ids";
import { fail, failAtField, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import type { Locale } from "../../../i18n/locales";
import { recordAudit } from "../../kernel/audit.repository";
import { findUserByEmail, normaliseEmail } from "../auth/users.repository";
import { findOpenMemberInvitation, insertInvitation } from "../../kernel/invitations.repository";
import {
  INVITATION_LIFETIME_MS,
  invitationLink,
} from "../../../domain/invitation/invitation-lifetime";
import { decideOrgAction } from "../../kernel/org-access";
import { lockOrganisation } from "../../db/locking";
import { day } from "../../../domain/findings";
import { findMembership, findOrganisation } from "./orgs.repository";

/**
 * An owner invites someone by e-mail to join with a role. The mail goes in the invitee's
 * language when they already have an account, else in the inviter's. An address with an
 * invitation still open is refused (`invitation_pending`), under the organisation's lock.
 */
export async function inviteMember(
  deps: AppDeps,
  actor: Actor,
  input: z.infer<typeof InviteMemberBody> & { orgId: string },
  requestLocale: Locale,
): Promise<Result<z.infer<typeof MemberInvitation>>> {
  const decision = decideOrgAction(actor, input.orgId, "manageMembers");
  if (decision !== "allowed") return fail(decision);
  const email = normaliseEmail(input.email);
  return runInTransaction(deps.db, async (trx) => {
    await lockOrganisation(trx, deps.dialect, input.orgId);
    const org = await findOrganisation(trx, input.orgId);
    if (!org) return fail("not_found");
    const existing = await findUserByEmail(trx, email);
    if (existing && (await findMembership(trx, org.id, existing.id))) {
      return failAtField("already_member", "email");
    }
    const now = deps.clock.now();
    // A second click, or the same person invited again while the link still works: one
    // invitation (revoking it lets a new one go out).
    const open = await findOpenMemberInvitation(trx, org.id, email, now.toISOString());
    if (open) {
      return failAtField("invitation_pending", "email", {
        email,
        expiresAt: day(open.expires_at.slice(0, 10)),
      });
    }
    const token = newSecret();
    const invitation = {
      id: deps.ids.newId(),
      kind: "membership" as const,
      token_hash: hashSecret(token),
      email,
      org_id: org.id,
      role: input.role,
      engagement_id: null,
      invited_by: actor.userId,
      status: "pending" as const,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + INVITATION_LIFETIME_MS).toISOString(),
      answered_by: null,
      answered_at: null,
    };
    await insertInvitation(trx, invitation);
    const locale = (existing?.locale as Locale | null) ?? requestLocale;
    const values = {
      inviter: actor.name,
      org: org.name,
      role: input.role,
      link: invitationLink(deps.publicUrl, token),
      expiresAt: new Date(invitation.expires_at),
    };
    await deps.mailer.enqueue(trx, {
      to: email,
      locale,
      subject: translate(locale, "mail.membership_invitation.subject", values),
      text: translate(locale, "mail.membership_invitation.body", values),
    });
    await recordAudit(trx, deps, {
      actorUserId: actor.userId,
      orgId: org.id,
      action: "member.invited",
      subject: email,
    });
    return ok({
      id: invitation.id,
      email,
      role: input.role,
      status: "pending",
      createdAt: invitation.created_at,
      expiresAt: invitation.expires_at,
    });
  });
}
