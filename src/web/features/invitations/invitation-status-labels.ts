import type { InvitationPreview } from "../../shared/api/types";
import type { AppMessageKey } from "../../shared/i18n/messages";

export const INVITATION_STATUS_LABELS: Record<InvitationPreview["status"], AppMessageKey> = {
  pending: "invitation.status.pending",
  accepted: "invitation.status.accepted",
  declined: "invitation.status.declined",
  revoked: "invitation.status.revoked",
  expired: "invitation.status.expired",
};
