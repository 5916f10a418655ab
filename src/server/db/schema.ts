import type { DisputeRung, DisputeStatus } from "../../domain/dispute/dispute-ladder";
import type { Generated, Insertable, Selectable } from "kysely";
import type { WebhookProblem } from "../../domain/webhooks/webhook-problem";

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
  stored_files: StoredFilesTable;
  submissions: SubmissionsTable;
  criterion_verdicts: CriterionVerdictsTable;
  feedback_notes: FeedbackNotesTable;
  change_requests: ChangeRequestsTable;
  messages: MessagesTable;
  message_reads: MessageReadsTable;
  org_notifications: OrgNotificationsTable;
  notification_reads: NotificationReadsTable;
  notification_read_marks: NotificationReadMarksTable;
  /** A view (read only): who was told of what, one row per event and person. */
  notifications: NotificationsView;
  notification_preferences: NotificationPreferencesTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
  reference_rates: ReferenceRatesTable;
  recovery_compensation: RecoveryCompensationTable;
  invoice_sequences: InvoiceSequencesTable;
  invoices: InvoicesTable;
  invoice_lines: InvoiceLinesTable;
  payments: PaymentsTable;
  credit_notes: CreditNotesTable;
  refunds: RefundsTable;
  reminder_schedules: ReminderSchedulesTable;
  invoice_reminders: InvoiceRemindersTable;
  test_clock: TestClockTable;
  login_throttles: LoginThrottlesTable;
  check_ins: CheckInsTable;
  check_in_answers: CheckInAnswersTable;
  engagement_health: EngagementHealthTable;
  organisation_health: OrganisationHealthTable;
  health_history: HealthHistoryTable;
  health_cohort: HealthCohortTable;
  review_rounds: ReviewRoundsTable;
  reviews: ReviewsTable;
  review_replies: ReviewRepliesTable;
  screening_nudges: ScreeningNudgesTable;
  moderation_cases: ModerationCasesTable;
  org_sanctions: OrgSanctionsTable;
  disputes: DisputesTable;
  dispute_offers: DisputeOffersTable;
  exits: ExitsTable;
  hand_over_items: HandOverItemsTable;
  exit_feedback: ExitFeedbackTable;
  goals: GoalsTable;
  goal_measurements: GoalMeasurementsTable;
  goal_corrections: GoalCorrectionsTable;
  relationship_reviews: RelationshipReviewsTable;
  relationship_review_answers: RelationshipReviewAnswersTable;
  stagnation_checks: StagnationChecksTable;
  next_phase_offers: NextPhaseOffersTable;
  recognitions: RecognitionsTable;
  password_resets: PasswordResetsTable;
  organisation_health_counterparties: OrganisationHealthCounterpartiesTable;
  engagement_summary_facts: EngagementSummaryFactsTable;
  notification_mail_pending: NotificationMailPendingTable;
}

/** A private pulse window of one engagement, opened on the agreement's cadence. */
export interface CheckInsTable {
  id: string;
  engagement_id: string;
  period: number;
  opened_at: string;
  closes_at: string;
  status: "open" | "closed";
  reminded_at: string | null;
  /** When the sweep decided not to remind: the work completed while the window was open. */
  reminder_skipped_at: string | null;
  closed_at: string | null;
}

/** One side's private answer; only its hash goes to the ledger. */
export interface CheckInAnswersTable {
  check_in_id: string;
  side: "client" | "provider";
  org_id: string;
  user_id: string;
  relationship_rating: number;
  counterpart_rating: number;
  /** JSON array of reason codes. */
  reasons: string;
  comment: string;
  answer_hash: string;
  answered_at: string;
}

/** An engagement's folded health facts (JSON), scores, explanation and warnings, kept current. */
export interface EngagementHealthTable {
  engagement_id: string;
  client_org_id: string;
  provider_org_id: string;
  state: string;
  /** The last ledger event folded into `state`. */
  event_seq: number;
  provider_score: number | null;
  client_score: number | null;
  explanation: string;
  warnings: string;
  /** When the sweeper opens the next check-in; null without an agreement in force. */
  next_check_in_at: string | null;
  computed_at: string;
  /** JSON: this engagement's share of each side's organisation sums, as of `computed_at`. */
  org_shares: Generated<string>;
}

/** An engagement's summary facts for the list (JSON `SummaryFacts`), rewritten with every change. */
export interface EngagementSummaryFactsTable {
  engagement_id: string;
  facts: string;
  refreshed_at: string;
}

export interface OrganisationHealthTable {
  org_id: string;
  side: "client" | "provider";
  score: number | null;
  is_new: number;
  engagement_count: number;
  counterparty_count: number;
  explanation: string;
  computed_at: string;
  /** JSON: the sums of its engagements' shares (decimal strings of fixed-point integers). */
  sums: Generated<string>;
}

/** How many of an organisation side's engagements inside the window are with each counterparty. */
export interface OrganisationHealthCounterpartiesTable {
  org_id: string;
  side: "client" | "provider";
  counterparty_org_id: string;
  engagement_count: number;
}

export interface HealthHistoryTable {
  subject_kind: "engagement" | "organisation";
  subject_id: string;
  side: string;
  day: string;
  score: number | null;
  recorded_at: string;
  /**
   * An organisation's point: 1 while the side was "new" (below the minimum sample), 0 once its
   * score was public; null for engagement points and for points written before it was kept.
   */
  is_new: number | null;
}

export interface HealthCohortTable {
  id: string;
  data: string;
  computed_at: string;
}

/** bigint columns: PostgreSQL returns them as strings, so repositories read them with Number. */
type BigIntColumn = string | number;

/** How far a test-clock instance runs ahead of real time; one row (`id = 'instance'`). */
export interface TestClockTable {
  id: string;
  offset_seconds: number;
  updated_at: string;
}

/** A round of reviews after one occasion: blind until both sides are in or the window closes. */
export interface ReviewRoundsTable {
  id: string;
  engagement_id: string;
  occasion_kind: "milestone" | "engagement" | "exit";
  occasion_ref: string;
  opened_at: string;
  closes_at: string;
  published_at: string | null;
}

/** `stars`, `record_notes` and `closer_look` are JSON; `private_rating` never leaves for the other side. */
export interface ReviewsTable {
  id: string;
  round_id: string;
  engagement_id: string;
  reviewer_side: "client" | "provider";
  reviewer_org_id: string;
  reviewed_org_id: string;
  author_user_id: string;
  body: string;
  stars: string;
  mean_stars: number;
  private_rating: number;
  language: string;
  record_notes: string;
  closer_look: string;
  submitted_at: string;
  hidden_reason: string | null;
  hidden_by: string | null;
  hidden_at: string | null;
}

export interface ReviewRepliesTable {
  review_id: string;
  author_user_id: string;
  author_org_id: string;
  body: string;
  record_notes: string;
  created_at: string;
}

/** A nudge shown before a text that looked like a threat, and what the sender did next. */
export interface ScreeningNudgesTable {
  id: string;
  user_id: string;
  engagement_id: string;
  surface: "message" | "review" | "reply" | "dispute";
  kind: string;
  shown_at: string;
  outcome: "pending" | "revised" | "sent_anyway";
  resolved_at: string | null;
}

export interface ModerationCasesTable {
  id: string;
  engagement_id: string | null;
  source: "screening" | "report";
  subject_kind: "message" | "review" | "reply" | "dispute";
  subject_id: string;
  accused_org_id: string;
  complainant_org_id: string | null;
  reported_by: string | null;
  reason: string;
  /** JSON: the screening evidence, or the report's text. */
  evidence: string;
  status: "open" | "decided" | "appealed" | "closed";
  response_due_at: string;
  response: string | null;
  responded_at: string | null;
  decision: "no_action" | "warning" | "suspension" | "expulsion" | null;
  decision_reason: string | null;
  decided_by: string | null;
  decided_at: string | null;
  suspension_days: number | null;
  appeal_reason: string | null;
  appealed_by: string | null;
  appealed_at: string | null;
  appeal_outcome: "upheld" | "overturned" | null;
  appeal_decision_reason: string | null;
  appeal_decided_by: string | null;
  appeal_decided_at: string | null;
  created_at: string;
}

export interface OrgSanctionsTable {
  id: string;
  org_id: string;
  case_id: string;
  kind: "warning" | "suspension" | "expulsion";
  starts_at: string;
  ends_at: string | null;
  lifted_at: string | null;
}

/** A central bank's reference rate for late interest, from `valid_from` on; operators keep it. */
export interface ReferenceRatesTable {
  currency: string;
  valid_from: string;
  rate_basis_points: number;
  updated_at: string;
}

/** The fixed recovery amount per late invoice in a currency (EUR 40, or a configured equivalent). */
export interface RecoveryCompensationTable {
  currency: string;
  amount_minor: BigIntColumn;
  updated_at: string;
}

/**
 * The last number a provider organisation gave to an invoice or a credit note. Issuing
 * increments it in the issuing transaction, so numbers have no gaps and no duplicates.
 */
export interface InvoiceSequencesTable {
  provider_org_id: string;
  kind: "invoice" | "credit_note";
  prefix: string;
  last_number: number;
  /** The issue date of the last number, so numbers follow issue dates. */
  last_issue_date: string | null;
}

export type InvoiceSourceKind =
  "milestone" | "change_request" | "retainer" | "manual" | "late_interest";

/**
 * An invoice of an engagement, from the provider to the client. A draft has no number; issuing
 * gives it the next number of the provider's sequence, its dates, and the payment terms and
 * late-interest choice of the agreement then in force. `source_ref` names what it invoices (a
 * milestone id, a change request id, a retainer period's first day, the late invoice and day).
 */
export interface InvoicesTable {
  id: string;
  engagement_id: string;
  provider_org_id: string;
  client_org_id: string;
  source_kind: InvoiceSourceKind;
  source_ref: string | null;
  status: "draft" | "issued" | "partly_paid" | "paid" | "void";
  number: string | null;
  sequence: number | null;
  currency: string;
  subtotal_minor: BigIntColumn;
  tax_minor: BigIntColumn;
  total_minor: BigIntColumn;
  note: string;
  issue_date: string | null;
  due_date: string | null;
  agreement_version: number | null;
  payment_terms_days: number | null;
  is_late_interest_agreed: number;
  /** A late-interest invoice: the interest and the recovery compensation it claims. */
  claimed_interest_minor: BigIntColumn | null;
  claimed_compensation_minor: BigIntColumn | null;
  void_reason: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  issued_by: string | null;
  issued_at: string | null;
  voided_by: string | null;
  voided_at: string | null;
}

export interface InvoiceLinesTable {
  invoice_id: string;
  position: number;
  description: string;
  quantity_milli: BigIntColumn;
  unit_price_minor: BigIntColumn;
  tax_rate_basis_points: number;
  net_minor: BigIntColumn;
}

/**
 * A payment one side recorded and the other confirms or rejects. `idempotency_key` and the
 * hash of the request body make a retried request answer the same payment instead of a second.
 */
export interface PaymentsTable {
  id: string;
  invoice_id: string;
  engagement_id: string;
  amount_minor: BigIntColumn;
  currency: string;
  paid_on: string;
  reference: string;
  status: "recorded" | "confirmed" | "rejected";
  recorded_side: "client" | "provider";
  recorded_by: string;
  recorded_at: string;
  decided_by: string | null;
  decided_at: string | null;
  idempotency_key: string;
  request_hash: string;
}

/** Money the provider paid back to the client on an engagement, confirmed or rejected by the client. */
export interface RefundsTable {
  id: string;
  engagement_id: string;
  amount_minor: BigIntColumn;
  currency: string;
  paid_on: string;
  reference: string;
  status: "recorded" | "confirmed" | "rejected";
  recorded_by: string;
  recorded_at: string;
  decided_by: string | null;
  decided_at: string | null;
}

/** A numbered correction lowering what an issued invoice asks for; the invoice stays as issued. */
export interface CreditNotesTable {
  id: string;
  invoice_id: string;
  engagement_id: string;
  provider_org_id: string;
  number: string;
  sequence: number;
  amount_minor: BigIntColumn;
  currency: string;
  /** As typed, or for a credit note Accord wrote (amends) its English text. */
  reason: string;
  /** A credit note Accord wrote: its reason's catalogue key and values (JSON), said when read. */
  reason_key: string | null;
  reason_values: string | null;
  issued_on: string;
  issued_by: string | null;
  created_at: string;
}

/** A provider's reminder days relative to due dates (JSON array, e.g. [-7, -1, 1, 7, 14]). */
export interface ReminderSchedulesTable {
  provider_org_id: string;
  offsets: string;
  updated_by: string;
  updated_at: string;
}

/**
 * One planned reminder of an issued invoice. The sweeper sends a due one by moving it from
 * `pending` to `sent` with a conditional update, so several processes send it once; `skipped`
 * (reason `superseded`) when a later reminder was due at the same sweep, `cancelled` (reason
 * `paid`, `credited` or `void`) once the invoice is settled or voided. A due reminder held while
 * the client's recorded payments await confirmation stays `pending` with reason
 * `awaiting_confirmation`; a rejected payment clears the reason so the next sweep sends it.
 */
export interface InvoiceRemindersTable {
  invoice_id: string;
  offset_days: number;
  due_on: string;
  status: "pending" | "sent" | "skipped" | "cancelled";
  sent_at: string | null;
  /** Why a reminder was not sent; null while pending or once sent (and on rows before 0007). */
  reason: ReminderReason | null;
}

export type ReminderReason = "superseded" | "paid" | "credited" | "void" | "awaiting_confirmation";

/** A file uploaded to an engagement; its bytes live in the file storage under `storage_key`. */
export interface StoredFilesTable {
  id: string;
  engagement_id: string;
  org_id: string;
  uploaded_by: string;
  name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  /** Set when a submission takes the file; an unattached upload belongs to no submission yet. */
  submission_id: string | null;
  created_at: string;
}

/**
 * One round of a deliverable handed in for evaluation. `review_due_at` is when the agreed
 * review window ends (null when none was agreed); the sweeper accepts a submission still in
 * review past it when `is_deemed_acceptance_agreed`.
 */
export interface SubmissionsTable {
  id: string;
  engagement_id: string;
  deliverable_id: string;
  round: number;
  agreement_version: number;
  status: "in_review" | "accepted" | "deemed_accepted" | "changes_requested";
  description: string;
  /** JSON array of URLs. */
  links: string;
  submitted_by: string;
  submitted_at: string;
  review_due_at: string | null;
  is_deemed_acceptance_agreed: number;
  /** When the client was reminded that the review window is about to end. */
  review_reminded_at: string | null;
  decided_by: string | null;
  decided_at: string | null;
}

/** The client's verdict on one agreed criterion, with the statement as it was agreed. */
export interface CriterionVerdictsTable {
  submission_id: string;
  criterion_id: string;
  statement: string;
  is_met: number;
  /** Evidence when met, the reason when not. */
  comment: string;
}

/** Feedback that cites no agreed criterion: kept, never blocking, and priceable as a change. */
export interface FeedbackNotesTable {
  id: string;
  engagement_id: string;
  submission_id: string | null;
  deliverable_id: string | null;
  text: string;
  author_user_id: string;
  author_org_id: string;
  change_request_id: string | null;
  created_at: string;
}

export interface ChangeRequestsTable {
  id: string;
  engagement_id: string;
  /** 1, 2, 3… per engagement, for people to refer to. */
  number: number;
  status: "proposed" | "priced" | "approved" | "applied" | "declined" | "withdrawn";
  title: string;
  reason: string;
  /** JSON array of deliverable ids from the agreement. */
  deliverable_ids: string;
  additional_revisions: number;
  proposed_by: string;
  proposed_side: "client" | "provider";
  effort_quantity: number | null;
  effort_unit: "hour" | "day" | null;
  /** bigint: PostgreSQL returns it as a string. */
  price_minor: string | number | null;
  schedule_impact_days: number | null;
  pricing_note: string | null;
  priced_by: string | null;
  priced_at: string | null;
  decline_reason: string | null;
  decided_by: string | null;
  decided_at: string | null;
  /** How an approved change entered the agreement. */
  application: "amendment" | "acknowledgement" | null;
  agreement_version: number | null;
  applied_at: string | null;
  created_at: string;
  updated_at: string;
}

/** `thread_id` is "" for the engagement's own thread, else the deliverable's or change's id. */
export interface MessagesTable {
  id: string;
  engagement_id: string;
  thread_kind: "engagement" | "deliverable" | "change_request";
  thread_id: string;
  author_user_id: string;
  author_org_id: string;
  author_side: "client" | "provider";
  body: string;
  created_at: string;
}

/**
 * A read receipt. `reader_side` is the side the reader was on when reading, so receipts keep
 * meaning after people leave an organisation.
 */
export interface MessageReadsTable {
  message_id: string;
  user_id: string;
  reader_side: "client" | "provider";
  read_at: string;
}

/**
 * A ledger event worth telling people about, stored once for each organisation told (both
 * sides, or the accused alone for a case's notice); `payload` is JSON. Its members who had
 * joined by `members_as_of` see it, but the actor: `members_as_of` is `created_at`, or the
 * newest member's joining time when that is later (a clock set back, as the demo's seeding).
 */
export interface OrgNotificationsTable {
  event_id: string;
  org_id: string;
  engagement_id: string;
  type: string;
  payload: string;
  actor_user_id: string | null;
  created_at: string;
  members_as_of: string;
}

/** One person's reading of one notification, kept only once they read it by itself. */
export interface NotificationReadsTable {
  user_id: string;
  event_id: string;
  read_at: string;
}

/**
 * One "mark all read" of a person: every notification they see up to (`up_to_created_at`,
 * `up_to_event_id`) in the list's order is read from `read_at` on, unless read before.
 */
export interface NotificationReadMarksTable {
  user_id: string;
  up_to_created_at: string;
  up_to_event_id: string;
  read_at: string;
}

/**
 * The view `notifications` (migration 0024): one row per event and person told, with when
 * they read it (their own reading, or the first mark that covers it). A person in both
 * organisations of an engagement has one row.
 */
export interface NotificationsView {
  event_id: string;
  user_id: string;
  org_id: string;
  engagement_id: string;
  type: string;
  payload: string;
  actor_user_id: string | null;
  created_at: string;
  read_at: string | null;
}

/**
 * An engagement whose notified events wait to be told by e-mail: from `from_seq` on, in one
 * e-mail per person once `due_at` passes. One row per engagement, written by the first event.
 */
/** An engagement's open e-mail window: `from_seq` is where the events it gathered start. */
export interface NotificationMailPendingTable {
  engagement_id: string;
  /** Null while the window has gathered nothing (the event that opened it was mailed at once). */
  from_seq: number | null;
  due_at: string;
}

/** A row only where a user changed the default (every e-mail on). */
export interface NotificationPreferencesTable {
  user_id: string;
  type: string;
  is_email_enabled: number;
}

export interface WebhookEndpointsTable {
  id: string;
  org_id: string;
  url: string;
  description: string;
  /** The HMAC-SHA256 key, shown once when the endpoint is created. */
  secret: string;
  /** JSON array of event types; an empty array subscribes to every type. */
  event_types: string;
  is_active: number;
  created_by: string;
  created_at: string;
}

export interface WebhookDeliveriesTable {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  /** The exact JSON body posted, so a replay sends the same bytes. */
  payload: string;
  status: "pending" | "sending" | "succeeded" | "failed";
  attempts: number;
  next_attempt_at: string;
  /** A claimed delivery left in `sending` past this moment is taken again (its process died). */
  lease_until: string | null;
  last_status_code: number | null;
  /** Why the last attempt failed (`WebhookProblem`); null on success and on rows before 0035. */
  last_problem: WebhookProblem | null;
  /** The last failure's technical detail: a location, an address, an excerpt, an error code. */
  last_error: string | null;
  replay_of: string | null;
  created_at: string;
  delivered_at: string | null;
}

export interface WebhookAttemptsTable {
  delivery_id: string;
  attempt: number;
  attempted_at: string;
  status_code: number | null;
  problem: WebhookProblem | null;
  error: string | null;
  duration_ms: number;
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
  /** When the client accepted a proposal on it (the first one, if it kept the brief open). */
  awarded_at: string | null;
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
  status:
    | "draft"
    | "submitted"
    | "revision_requested"
    | "accepted"
    | "declined"
    | "withdrawn"
    | "not_selected";
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
  /**
   * Changes, by trigger, with anything this organisation's engagement list shows (migration
   * 0029): what a kept list reply is keyed by. bigint: text on PostgreSQL, a number on SQLite.
   */
  list_version: Generated<number | string>;
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
  /** Where one click unsubscribes the reader (RFC 8058); null on transactional mail. */
  list_unsubscribe_url: string | null;
  status: "pending" | "sending" | "sent" | "failed";
  attempts: number;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  /** Until when a claim to send ("sending") holds; past it, the e-mail is offered again. */
  lease_until: string | null;
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

/** Failed log-ins per client address (`address:…`) or account (`account:…`), shared by processes. */
export interface LoginThrottlesTable {
  key: string;
  failures: number;
  window_started_at: string;
  last_failure_at: string;
  locked_until: string | null;
}

/** A dispute about one item of an engagement, climbing the agreement's ladder. */
export interface DisputesTable {
  id: string;
  engagement_id: string;
  number: number;
  subject_kind: "evaluation" | "invoice" | "change_request" | "conduct";
  subject_ref: string | null;
  statement: string;
  wants: string;
  opened_side: "client" | "provider";
  opened_by: string;
  status: DisputeStatus;
  rung: DisputeRung;
  /** JSON array of the rungs, as the agreement's clause gave them when it was opened. */
  ladder: string;
  offer_by: "client" | "provider" | null;
  recommendation: string | null;
  recommended_by: string | null;
  /** JSON array of the sides that accepted the moderator's recommendation. */
  recommendation_accepted_by: string;
  response: string | null;
  outcome: string | null;
  /** Since when the step it waits for has been pending; the sweeper escalates from it. */
  waiting_since: string;
  created_at: string;
  updated_at: string;
}

/** An offer made in a dispute: amends items combined as one, JSON. */
export interface DisputeOffersTable {
  id: string;
  dispute_id: string;
  engagement_id: string;
  side: "client" | "provider";
  offered_by: string;
  items: string;
  note: string;
  status: "pending" | "accepted" | "declined" | "countered" | "lapsed";
  answered_by: string | null;
  created_at: string;
  answered_at: string | null;
}

/** How an engagement ends: who gave notice, why, and the dates it runs to. */
export interface ExitsTable {
  id: string;
  engagement_id: string;
  reason: "notice" | "breach" | "protected";
  given_side: "client" | "provider";
  given_by: string | null;
  given_on: string;
  exit_date: string;
  cure_by: string | null;
  is_notice_waived: number;
  note: string;
  created_at: string;
  /** When the settlement was paid and the hand-over complete: the "ended amicably" record. */
  ended_amicably_at: string | null;
  /** Both sides said they would work together again. */
  is_door_open: Generated<number>;
}

/** One side's exit feedback: a 0–10 rating of the relationship and "would work again". */
export interface ExitFeedbackTable {
  exit_id: string;
  engagement_id: string;
  side: "client" | "provider";
  given_by: string;
  rating: number;
  would_work_again: number;
  comment: string;
  created_at: string;
}

/** One item of the hand-over, ticked by the side responsible for it. */
export interface HandOverItemsTable {
  id: string;
  exit_id: string;
  engagement_id: string;
  item_key: string;
  duty: string;
  is_standard: number;
  responsible_side: "client" | "provider";
  due_date: string;
  done_at: string | null;
  done_by: string | null;
}

/** A goal of an engagement: from the brief's success measures, the agreement, or an offer. */
export interface GoalsTable {
  id: string;
  engagement_id: string;
  title: string;
  baseline: number;
  target: number;
  unit: string;
  cadence_days: number;
  due_date: string | null;
  source_kind: "brief" | "agreement" | "offer";
  source_ref: string | null;
  set_by_side: "client" | "provider";
  set_by: string;
  created_at: string;
}

/** A value one side measured; `corrected_value` once the other side confirmed a correction. */
export interface GoalMeasurementsTable {
  id: string;
  goal_id: string;
  value: number;
  corrected_value: number | null;
  measured_on: string;
  source: string;
  side: "client" | "provider";
  recorded_by: string;
  recorded_at: string;
}

export interface GoalCorrectionsTable {
  id: string;
  measurement_id: string;
  proposed_value: number;
  reason: string;
  proposed_by_side: "client" | "provider";
  proposed_by: string;
  proposed_at: string;
  status: "proposed" | "confirmed" | "disputed";
  answer_note: string | null;
  answered_by: string | null;
  answered_at: string | null;
}

/** A review of the relationship, opened when it stagnated; `signals` is the JSON of why. */
export interface RelationshipReviewsTable {
  id: string;
  engagement_id: string;
  signals: string;
  opened_at: string;
  revealed_at: string | null;
}

export interface RelationshipReviewAnswersTable {
  review_id: string;
  side: "client" | "provider";
  user_id: string;
  achieved: string;
  more_of: string;
  less_of: string;
  aim_next: string;
  answered_at: string;
}

/** A provider's offer of the next phase; `content` is its terms as JSON. */
export interface NextPhaseOffersTable {
  id: string;
  engagement_id: string;
  review_id: string | null;
  content: string;
  status: "sent" | "accepted" | "declined" | "change_requested" | "superseded";
  answer_note: string | null;
  agreement_version: number | null;
  created_by: string;
  created_at: string;
  answered_by: string | null;
  answered_at: string | null;
}

/** Recognition beyond money; public only once `published` (the recognised side consented). */
export interface RecognitionsTable {
  id: string;
  engagement_id: string;
  kind: "kudos" | "introduction" | "testimonial" | "case_study";
  from_side: "client" | "provider";
  from_org_id: string;
  to_org_id: string;
  reason: string | null;
  subject_kind: string | null;
  subject_id: string | null;
  /** JSON array of the names of the people recognised. */
  people: string;
  text: string;
  introduced_org: string | null;
  status: "awaiting_text_approval" | "awaiting_consent" | "published" | "declined";
  created_by: string;
  created_at: string;
  text_approved_at: string | null;
  consent_answered_at: string | null;
}

/** The day the sweeper last judged an engagement for stagnation. */
export interface StagnationChecksTable {
  engagement_id: string;
  checked_on: string;
}

/** A "forgot password" link: the token's hash, its person, until when it works, when it was used. */
export interface PasswordResetsTable {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}
