/**
 * The shapes the web app reads, inferred from the API contracts so that they cannot drift.
 * Only types are imported: the Zod schemas stay on the server unless a feature needs a constant.
 */
import type { z } from "zod";
import type * as Auth from "../../../contracts/auth";
import type * as Common from "../../../contracts/common";
import type * as Engagements from "../../../contracts/engagements";
import type * as Invitations from "../../../contracts/invitations";
import type * as Mailbox from "../../../contracts/mailbox";
import type * as Orgs from "../../../contracts/orgs";
import type * as Tokens from "../../../contracts/tokens";

export type Role = Common.Role;
export type OrgKind = Common.OrgKind;
export type OrgRef = z.infer<typeof Common.OrgRef>;

export type MeResponse = Auth.MeResponse;
export type User = z.infer<typeof Auth.User>;
export type SignUpBody = z.input<typeof Auth.SignUpBody>;
export type LogInBody = z.input<typeof Auth.LogInBody>;
export type UpdateMeBody = z.input<typeof Auth.UpdateMeBody>;

export type Organisation = z.infer<typeof Orgs.Organisation>;
export type CreateOrgBody = z.input<typeof Orgs.CreateOrgBody>;
export type Member = z.infer<typeof Orgs.Member>;
export type MemberInvitation = z.infer<typeof Orgs.MemberInvitation>;
export type InviteMemberBody = z.input<typeof Orgs.InviteMemberBody>;

export type InvitationPreview = z.infer<typeof Invitations.InvitationPreview>;
export type AcceptInvitationResponse = z.infer<typeof Invitations.AcceptInvitationResponse>;

export type Engagement = Engagements.Engagement;
export type EngagementStatus = z.infer<typeof Engagements.EngagementStatus>;
export type EngagementList = z.infer<typeof Engagements.EngagementList>;
export type StartEngagementBody = z.input<typeof Engagements.StartEngagementBody>;
export type LedgerEvent = z.infer<typeof Engagements.LedgerEvent>;
export type LedgerVerification = z.infer<typeof Engagements.LedgerVerification>;

export type ApiToken = z.infer<typeof Tokens.ApiToken>;
export type CreatedApiToken = z.infer<typeof Tokens.CreatedApiToken>;
export type CreateTokenBody = z.input<typeof Tokens.CreateTokenBody>;
export type TokenScope = Tokens.TokenScope;

export type MailboxMessage = z.infer<typeof Mailbox.MailboxMessage>;
