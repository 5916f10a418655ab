import { z } from "zod";
import { OrgAbilities } from "./abilities";
import { Email, Id, OrgKind, Role, Timestamp } from "./common";

export const CreateOrgBody = z.object({
  name: z.string().trim().min(1).max(120),
  kind: OrgKind,
});

export const Organisation = z.object({
  id: Id,
  name: z.string(),
  kind: OrgKind,
  createdAt: Timestamp,
  myRole: Role,
  /** What the caller may do in it, from the server's organisation table. */
  abilities: OrgAbilities,
});
export const OrganisationList = z.object({ organisations: z.array(Organisation) });

export const OrgParams = z.object({ orgId: Id });
export const MemberParams = z.object({ orgId: Id, userId: Id });
export const OrgInvitationParams = z.object({ orgId: Id, invitationId: Id });

export const Member = z.object({
  userId: Id,
  name: z.string(),
  email: z.string(),
  role: Role,
  joinedAt: Timestamp,
});
export const MemberList = z.object({ members: z.array(Member) });
export const UpdateMemberBody = z.object({ role: Role });

export const InviteMemberBody = z.object({ email: Email, role: Role });

export const MemberInvitation = z.object({
  id: Id,
  email: z.string(),
  role: Role,
  status: z.enum(["pending", "accepted", "declined", "revoked"]),
  createdAt: Timestamp,
  expiresAt: Timestamp,
});
export const MemberInvitationList = z.object({ invitations: z.array(MemberInvitation) });
