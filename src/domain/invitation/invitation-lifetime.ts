/** Invitations stay open for 14 days, long enough for holidays, short enough to go stale safely. */
export const INVITATION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

export function invitationLink(publicUrl: string, token: string): string {
  return `${publicUrl}/invitations/${token}`;
}

/** The status shown to people: a pending invitation past its date reads as expired. */
export function effectiveInvitationStatus(
  invitation: { status: "pending" | "accepted" | "declined" | "revoked"; expires_at: string },
  now: Date,
): "pending" | "accepted" | "declined" | "revoked" | "expired" {
  if (invitation.status === "pending" && invitation.expires_at <= now.toISOString())
    return "expired";
  return invitation.status;
}
