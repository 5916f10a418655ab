import type { z } from "zod";
import type { InvitationPreview } from "../../../contracts/invitations";
import type { AppDeps } from "../../platform/deps";
import { hashSecret } from "../../platform/ids";
import { fail, ok, type Result } from "../../platform/result";
import { effectiveInvitationStatus } from "../../../domain/invitation/invitation-lifetime";
import { findInvitationByTokenHash } from "../../kernel/invitations.repository";
import { readClientRecord } from "../relationship-health/read-client-record";

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

/**
 * What the holder of an invitation link is invited to, before they answer; a provider invited
 * into a client's engagement also reads the client's record, where it decides.
 */
export async function previewInvitation(
  deps: AppDeps,
  token: string,
): Promise<Result<z.infer<typeof InvitationPreview>>> {
  const invitation = await findInvitationByToken(deps, token);
  if (!invitation) return fail("not_found");
  const status = effectiveInvitationStatus(invitation, deps.clock.now());
  const isClientAsking =
    invitation.kind === "engagement" && invitation.org_kind === "client" && status === "pending";
  return ok({
    kind: invitation.kind,
    status,
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
    clientRecord: isClientAsking
      ? await readClientRecord(deps, { id: invitation.org_id, name: invitation.org_name }, false)
      : null,
  });
}
