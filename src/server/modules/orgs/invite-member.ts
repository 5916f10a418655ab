import type { z } from "zod";
import type { InviteMemberBody, MemberInvitation } from "../../../contracts/orgs";
import { translate } from "../../../i18n/translate";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { hashSecret, newSecret } from "../../platform/ids";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import type { Locale } from "../../../i18n/locales";
import { recordAudit } from "../../kernel/audit.repository";
import { findUserByEmail, normaliseEmail } from "../auth/users.repository";
import { insertInvitation } from "../invitations/invitations.repository";
import { INVITATION_LIFETIME_MS, invitationLink } from "../invitations/invitation-lifetime";
import { decideOrgAction } from "./org.policy";
import { findMembership, findOrganisation } from "./orgs.repository";

/**
 * An owner invites someone by e-mail to join with a role. The mail goes in the invitee's
 * language when they already have an account, else in the inviter's.
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
    const org = await findOrganisation(trx, input.orgId);
    if (!org) return fail("not_found");
    const existing = await findUserByEmail(trx, email);
    if (existing && (await findMembership(trx, org.id, existing.id))) {
      return fail("already_member", undefined, [{ path: "email", key: "error.already_member" }]);
    }
    const now = deps.clock.now();
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
