import type { Insertable, Selectable } from "kysely";

/**
 * The database as Kysely sees it. Timestamps are ISO-8601 UTC strings with milliseconds
 * ("2026-11-22T10:00:00.000Z") on both dialects, so they sort as text and read the same everywhere.
 */
export interface Database {
  instance_settings: InstanceSettingsTable;
  users: UsersTable;
  organisations: OrganisationsTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  engagements: EngagementsTable;
  engagement_events: EngagementEventsTable;
  mail_outbox: MailOutboxTable;
  audit_events: AuditEventsTable;
}

export interface InstanceSettingsTable {
  key: string;
  value: string;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  locale: string | null;
  platform_role: "user" | "moderator";
  created_at: string;
}

export interface OrganisationsTable {
  id: string;
  name: string;
  kind: "client" | "provider";
  created_by: string;
  created_at: string;
}

export interface MembershipsTable {
  org_id: string;
  user_id: string;
  role: "owner" | "member" | "viewer";
  created_at: string;
}

export interface InvitationsTable {
  id: string;
  kind: "membership" | "engagement";
  token_hash: string;
  email: string;
  org_id: string;
  role: "owner" | "member" | "viewer" | null;
  engagement_id: string | null;
  invited_by: string;
  status: "pending" | "accepted" | "declined" | "revoked";
  created_at: string;
  expires_at: string;
  answered_by: string | null;
  answered_at: string | null;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  org_id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  scopes: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface EngagementsTable {
  id: string;
  title: string;
  description: string;
  status: "pending" | "active" | "declined" | "withdrawn";
  client_org_id: string | null;
  provider_org_id: string | null;
  initiator_org_id: string;
  created_at: string;
  updated_at: string;
}

export interface EngagementEventsTable {
  id: string;
  engagement_id: string;
  seq: number;
  type: string;
  actor_user_id: string | null;
  actor_org_id: string | null;
  occurred_at: string;
  payload: string;
  prev_hash: string;
  hash: string;
}

export interface MailOutboxTable {
  id: string;
  to_address: string;
  locale: string;
  subject: string;
  text_body: string;
  status: "pending" | "sending" | "sent" | "failed";
  attempts: number;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface AuditEventsTable {
  id: string;
  occurred_at: string;
  actor_user_id: string | null;
  org_id: string | null;
  action: string;
  subject: string | null;
  ip: string | null;
}

export type UserRow = Selectable<UsersTable>;
export type OrganisationRow = Selectable<OrganisationsTable>;
export type EngagementRow = Selectable<EngagementsTable>;
export type EngagementEventRow = Selectable<EngagementEventsTable>;
export type InvitationRow = Selectable<InvitationsTable>;
export type NewMail = Insertable<MailOutboxTable>;
