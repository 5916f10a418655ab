import {
  Migrator,
  NO_MIGRATIONS,
  type Kysely,
  type Migration,
  type MigrationProvider,
} from "kysely";
import type { Database } from "./schema";
import * as foundation from "./migrations/0001-foundation";
import * as agreements from "./migrations/0002-briefs-proposals-agreements";
import * as delivery from "./migrations/0003-delivery-change-collaboration";
import * as billing from "./migrations/0004-invoices-payments";
import * as loginThrottle from "./migrations/0005-login-throttle";
import * as billingMatchingFixes from "./migrations/0007-billing-matching-fixes";
import * as testClock from "./migrations/0008-test-clock";
import * as health from "./migrations/0009-health";
import * as reviews from "./migrations/0011-reviews-moderation";
import * as disputesExit from "./migrations/0012-disputes-exit";
import * as growth from "./migrations/0013-growth";
import * as performanceIndexes from "./migrations/0015-performance-indexes";
import * as passwordReset from "./migrations/0018-password-reset";
import * as healthAggregates from "./migrations/0019-health-aggregates";
import * as storedFilesByEngagement from "./migrations/0020-stored-files-by-engagement";
import * as engagementSummaryFacts from "./migrations/0021-engagement-summary-facts";
import * as stagnationChecksByDay from "./migrations/0022-stagnation-checks-by-day";
import * as notificationMailPending from "./migrations/0023-notification-mail-pending";
import * as notificationsOncePerEvent from "./migrations/0024-notifications-once-per-event";
import * as disputeTextsScreened from "./migrations/0025-dispute-texts-screened";
import * as retentionIndexes from "./migrations/0026-retention-indexes";
import * as checkInReminderSkipped from "./migrations/0027-check-in-reminder-skipped";
import * as refunds from "./migrations/0028-refunds";
import * as listVersions from "./migrations/0029-list-versions";
import * as creditNoteReasonKey from "./migrations/0030-credit-note-reason-key";
import * as mailListUnsubscribe from "./migrations/0031-mail-list-unsubscribe";
import * as auditEventsIndexes from "./migrations/0032-audit-events-indexes";
import * as mailSendingLease from "./migrations/0033-mail-sending-lease";
import * as healthHistoryIsNew from "./migrations/0034-health-history-is-new";
import * as webhookProblem from "./migrations/0035-webhook-problem";

/** Migrations in order; the names are stored, so a landed name never changes. */
const MIGRATIONS: Record<string, Migration> = {
  "0001-foundation": foundation,
  "0002-briefs-proposals-agreements": agreements,
  "0003-delivery-change-collaboration": delivery,
  "0004-invoices-payments": billing,
  "0005-login-throttle": loginThrottle,
  "0007-billing-matching-fixes": billingMatchingFixes,
  "0008-test-clock": testClock,
  "0009-health": health,
  "0011-reviews-moderation": reviews,
  "0012-disputes-exit": disputesExit,
  "0013-growth": growth,
  "0015-performance-indexes": performanceIndexes,
  "0018-password-reset": passwordReset,
  "0019-health-aggregates": healthAggregates,
  "0020-stored-files-by-engagement": storedFilesByEngagement,
  "0021-engagement-summary-facts": engagementSummaryFacts,
  "0022-stagnation-checks-by-day": stagnationChecksByDay,
  "0023-notification-mail-pending": notificationMailPending,
  "0024-notifications-once-per-event": notificationsOncePerEvent,
  "0025-dispute-texts-screened": disputeTextsScreened,
  "0026-retention-indexes": retentionIndexes,
  "0027-check-in-reminder-skipped": checkInReminderSkipped,
  "0028-refunds": refunds,
  "0029-list-versions": listVersions,
  "0030-credit-note-reason-key": creditNoteReasonKey,
  "0031-mail-list-unsubscribe": mailListUnsubscribe,
  "0032-audit-events-indexes": auditEventsIndexes,
  "0033-mail-sending-lease": mailSendingLease,
  "0034-health-history-is-new": healthHistoryIsNew,
  "0035-webhook-problem": webhookProblem,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(MIGRATIONS) };

export interface MigrationReport {
  applied: string[];
}

/** Brings the schema to the latest version; safe to run on every start and from several processes. */
/**
 * `migrationTableSchema` keeps Kysely's bookkeeping in a PostgreSQL schema of its own, for
 * deployments (and tests) that give each Accord instance its own schema.
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  options: { migrationTableSchema?: string } = {},
): Promise<MigrationReport> {
  if (await isAtLatest(db, options.migrationTableSchema)) return { applied: [] };
  const migrator = new Migrator({ db, provider, ...options });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error("migration failed", { cause: error });
  return {
    applied: (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName),
  };
}

/**
 * Whether every migration is recorded as run, read in one query: the Migrator first inspects the
 * schema's tables and takes its lock, which on every start of an up-to-date instance is wasted.
 * Anything else (no bookkeeping table yet, a migration missing, one this code does not know)
 * goes to the Migrator, which applies or refuses as before.
 */
async function isAtLatest(db: Kysely<Database>, schema: string | undefined): Promise<boolean> {
  const bookkeeping = db as unknown as Kysely<{ kysely_migration: { name: string } }>;
  try {
    const rows = await (schema ? bookkeeping.withSchema(schema) : bookkeeping)
      .selectFrom("kysely_migration")
      .select("name")
      .execute();
    const names = new Set(rows.map((row) => row.name));
    const known = Object.keys(MIGRATIONS);
    return names.size === known.length && known.every((name) => names.has(name));
  } catch {
    return false;
  }
}

export async function migrateDownToZero(
  db: Kysely<Database>,
  options: { migrationTableSchema?: string } = {},
): Promise<void> {
  const migrator = new Migrator({ db, provider, ...options });
  const { error } = await migrator.migrateTo(NO_MIGRATIONS);
  if (error) throw error instanceof Error ? error : new Error("migration failed", { cause: error });
}

/** Brings the schema up or down to the migration `name`: for tests of a migration's data. */
export async function migrateTo(
  db: Kysely<Database>,
  name: string,
  options: { migrationTableSchema?: string } = {},
): Promise<void> {
  const migrator = new Migrator({ db, provider, ...options });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error("migration failed", { cause: error });
}
