import type { z } from "zod";
import type { Engagement, StartEngagementBody } from "../../../contracts/engagements";
import type { Locale } from "../../../i18n/locales";
import { translate } from "../../../i18n/translate";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { hashSecret, newSecret } from "../../platform/ids";
import { fail, failAtField, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { findUserByEmail, normaliseEmail } from "../auth/users.repository";
import {
  INVITATION_LIFETIME_MS,
  invitationLink,
  openProposalTitled,
} from "../../../domain/invitation/invitation-lifetime";
import { day } from "../../../domain/findings";
import { lockOrganisation } from "../../db/locking";
import {
  insertInvitation,
  listPendingEngagementInvitationsTo,
} from "../../kernel/invitations.repository";
import { appendEvent } from "../ledger/append-event";
import { refuseIfSanctioned } from "../../kernel/sanctions-in-force";
import { decideOrgAction } from "../../kernel/org-access";
import { findMembership, findOrganisation } from "../orgs/orgs.repository";
import { presentEngagement } from "./engagement.presenter";
import { findEngagement, insertEngagement } from "./engagements.repository";

/**
 * One side proposes an engagement and invites a person of the other side by e-mail. The
 * engagement stays pending, visible only to the proposing organisation, until accepted. The
 * same title proposed to the same address while its invitation is open is refused
 * (`openProposalTitled`), under the organisation's lock so two requests at once make one.
 * The address of the proposer, or of anyone else of the proposing organisation, is refused: the
 * invitation goes to the other side, and such a person could only answer it from that side.
 */
export async function startEngagement(
  deps: AppDeps,
  actor: Actor,
  input: z.infer<typeof StartEngagementBody>,
  requestLocale: Locale,
): Promise<Result<Engagement>> {
  const decision = decideOrgAction(actor, input.orgId, "work");
  if (decision !== "allowed") return fail(decision);
  return runInTransaction(deps.db, async (trx) => {
    const org = await findOrganisation(trx, input.orgId);
    if (!org) return fail("not_found");
    const now = deps.clock.now();
    // A suspended or expelled organisation starts nothing new (a moderation decision).
    const standing = await refuseIfSanctioned(trx, now, { own: org.id });
    if (!standing.ok) return standing;
    const email = normaliseEmail(input.counterpartEmail);
    await lockOrganisation(trx, deps.dialect, org.id);
    const invitee = await findUserByEmail(trx, email);
    if (invitee && (await findMembership(trx, org.id, invitee.id))) {
      const who = invitee.id === actor.userId ? "self" : "member";
      return failAtField("counterpart_on_own_side", "counterpartEmail", {
        who,
        email,
        org: org.name,
      });
    }
    const open = openProposalTitled(
      await listPendingEngagementInvitationsTo(trx, org.id, email),
      input.title,
      now,
    );
    if (open) {
      const values = { title: open.title, email, expiresAt: day(open.expires_at.slice(0, 10)) };
      return failAtField("engagement_already_proposed", "counterpartEmail", values);
    }
    const engagementId = deps.ids.newId();
    await insertEngagement(trx, {
      id: engagementId,
      title: input.title,
      description: input.description,
      status: "pending",
      client_org_id: org.kind === "client" ? org.id : null,
      provider_org_id: org.kind === "provider" ? org.id : null,
      initiator_org_id: org.id,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    });
    const token = newSecret();
    const invitationId = deps.ids.newId();
    const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
    await insertInvitation(trx, {
      id: invitationId,
      kind: "engagement",
      token_hash: hashSecret(token),
      email,
      org_id: org.id,
      role: null,
      engagement_id: engagementId,
      invited_by: actor.userId,
      status: "pending",
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
      answered_by: null,
      answered_at: null,
    });
    await appendEvent(trx, deps, {
      engagementId,
      type: "engagement.proposed",
      actorUserId: actor.userId,
      actorOrgId: org.id,
      payload: { title: input.title, description: input.description, side: org.kind, invitationId },
    });
    const locale = (invitee?.locale as Locale | null) ?? requestLocale;
    const values = {
      inviter: actor.name,
      org: org.name,
      kind: org.kind,
      title: input.title,
      link: invitationLink(deps.publicUrl, token),
      expiresAt,
    };
    await deps.mailer.enqueue(trx, {
      to: email,
      locale,
      subject: translate(locale, "mail.engagement_invitation.subject", values),
      text: translate(locale, "mail.engagement_invitation.body", values),
    });
    const created = await findEngagement(trx, engagementId);
    if (!created) throw new Error("engagement vanished inside its own transaction");
    return ok(presentEngagement(created, actor, deps.clock.now()));
  });
}
