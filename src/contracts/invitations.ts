import { z } from "zod";
import { absentWhenEmpty } from "./input-rules";
import { Id, OrgRef, Role, Timestamp } from "./common";
import { BriefClientRecord } from "./health";

export const InvitationTokenParams = z.object({ token: z.string().min(10).max(200) });

/** What the person holding an invitation link sees before answering it. */
export const InvitationPreview = z.object({
  kind: z.enum(["membership", "engagement"]),
  status: z.enum(["pending", "accepted", "declined", "revoked", "expired"]),
  email: z.string(),
  org: OrgRef,
  invitedBy: z.object({ name: z.string() }),
  role: Role.nullable(),
  engagement: z.object({ id: Id, title: z.string(), description: z.string() }).nullable(),
  expiresAt: Timestamp,
  /**
   * A client's invitation into an engagement, still pending: how the client pays and scores,
   * for the provider deciding whether to accept (as on a brief). Null otherwise.
   */
  clientRecord: BriefClientRecord.nullable(),
});

export const AcceptInvitationBody = z.object({
  /** For an engagement invitation: which of your organisations (of the other kind) takes it. */
  orgId: absentWhenEmpty(Id.optional()),
});

export const AcceptInvitationResponse = z.object({
  kind: z.enum(["membership", "engagement"]),
  orgId: Id,
  engagementId: Id.nullable(),
});
