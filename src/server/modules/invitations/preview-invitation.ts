import type { z } from "zod";
import type { InvitationPreview } from "../../../contracts/invitations";
import type { AppDeps } from "../../platform/deps";
import { hashSecret } from "../../platform/ids";
import { fail, ok, type Result } from "../../platform/result";
import { effectiveInvitationStatus } from "../../../domain/invitation/invitation-lifetime";
import { findInvitationByTokenHash } from "../../kernel/invitations.repository";

export type InvitationWithContext = NonNullable<
  Awaited<ReturnType<typeof findInvitationByTokenHash>>
>;

/** Finds an invitation by the secret in its link; the link is the proof of being invited. */
export async function findInvitationByToken(
  deps: AppDeps,
  token: string,
): Promise<InvitationWithContext | undefined> {
  return findInvitationByTokenHash(deps.db, hashSecret(token));
}

/** What the holder of an invitation link is invited to, before they answer. */
export async function previewInvitation(
  deps: AppDeps,
  token: string,
): Promise<Result<z.infer<typeof InvitationPreview>>> {
  const invitation = await findInvitationByToken(deps, token);
  if (!invitation) return fail("not_found");
  return ok({
    kind: invitation.kind,
    status: effectiveInvitationStatus(invitation, deps.clock.now()),
    email: invitation.email,
    org: { id: invitation.org_id, name: invitation.org_name, kind: invitation.org_kind },
    invitedBy: { name: invitation.inviter_name },
    role: invitation.role,
    engagement:
      invitation.engagement_id && invitation.engagement_title !== null
        ? {
            id: invitation.engagement_id,
            title: invitation.engagement_title,
            description: invitation.engagement_description ?? "",
          }
        : null,
    expiresAt: invitation.expires_at,
  });
}
