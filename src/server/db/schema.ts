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
  taxonomy_categories: TaxonomyCategoriesTable;
  taxonomy_skills: TaxonomySkillsTable;
  provider_profiles: ProviderProfilesTable;
  provider_skills: ProviderSkillsTable;
  briefs: BriefsTable;
  brief_shortlist: BriefShortlistTable;
  proposals: ProposalsTable;
  agreement_versions: AgreementVersionsTable;
  agreement_signatures: AgreementSignaturesTable;
}

/** `names` holds JSON `{ en, fr, de, es, id }`. */
export interface TaxonomyCategoriesTable {
  id: string;
  names: string;
  position: number;
}

export interface TaxonomySkillsTable {
  id: string;
  category_id: string;
  names: string;
}

/** `languages`, `time_zones` and `rates` hold JSON arrays. */
export interface ProviderProfilesTable {
  org_id: string;
  headline: string;
  description: string;
  languages: string;
  time_zones: string;
  rates: string;
  floor_currency: string | null;
  /** bigint: PostgreSQL returns it as a string, which the repository converts. */
  floor_amount_minor: string | number | null;
  floor_unit: "hour" | "day" | null;
  available_from: string | null;
  updated_at: string;
}

export interface ProviderSkillsTable {
  org_id: string;
  skill_id: string;
}

/** `content` holds the brief as JSON (see domain/brief). */
export interface BriefsTable {
  id: string;
  org_id: string;
  title: string;
  content: string;
  status: "draft" | "published" | "closed";
  created_by: string;
  created_at: string;
  updated_at: string;
  published_at: string | null;
}

export interface BriefShortlistTable {
  brief_id: string;
  provider_org_id: string;
  is_invited: number;
  created_at: string;
}

/** `content` holds the proposal terms as JSON (see domain/proposal). */
export interface ProposalsTable {
  id: string;
  brief_id: string;
  provider_org_id: string;
  status: "draft" | "submitted" | "revision_requested" | "accepted" | "declined" | "withdrawn";
  content: string;
  revision: number;
  decline_reason: string | null;
  revision_note: string | null;
  engagement_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
}

/**
 * One version of an engagement's agreement. `terms` is canonical JSON; `content_hash` its
 * SHA-256, the value each signature records. A version is `draft` until both sides sign, then
 * `in_force`, then `superseded` when a signed amendment replaces it.
 */
export interface AgreementVersionsTable {
  id: string;
  engagement_id: string;
  version: number;
  status: "draft" | "in_force" | "superseded";
  terms: string;
  content_hash: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  in_force_at: string | null;
}

export interface AgreementSignaturesTable {
  version_id: string;
  side: "client" | "provider";
  user_id: string;
  org_id: string;
  content_hash: string;
  signed_at: string;
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
