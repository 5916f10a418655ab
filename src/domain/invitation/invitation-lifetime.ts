import { isSameText } from "../same-text";

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

/**
 * Among an organisation's engagement invitations to one address, the one whose engagement is
 * titled `title` (compared by `isSameText`) and still open at `now`, if any. A second is what a
 * double click or a retry sends: a second pending engagement and a second mail with a second
 * live link to the same person. Another title is another engagement; once the invitation is
 * answered or past its date, the title may be proposed again.
 */
export function openProposalTitled<
  I extends {
    title: string;
    status: "pending" | "accepted" | "declined" | "revoked";
    expires_at: string;
  },
>(invitations: readonly I[], title: string, now: Date): I | undefined {
  return invitations.find(
    (invitation) =>
      effectiveInvitationStatus(invitation, now) === "pending" &&
      isSameText(invitation.title, title),
  );
}
