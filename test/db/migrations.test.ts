import { afterEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/server/db/connect";
import { migrateDownToZero, migrateToLatest } from "../../src/server/db/migrate";
import { DIALECTS, freshDatabase } from "../support/databases";

const TABLES = [
  "users",
  "organisations",
  "memberships",
  "invitations",
  "sessions",
  "api_tokens",
  "engagements",
  "engagement_events",
  "mail_outbox",
  "audit_events",
  "instance_settings",
  "taxonomy_categories",
  "taxonomy_skills",
  "provider_profiles",
  "provider_skills",
  "briefs",
  "brief_shortlist",
  "proposals",
  "agreement_versions",
  "agreement_signatures",
  "stored_files",
  "submissions",
  "criterion_verdicts",
  "feedback_notes",
  "change_requests",
  "messages",
  "message_reads",
  "notifications",
  "notification_preferences",
  "webhook_endpoints",
  "webhook_deliveries",
  "webhook_attempts",
  "reference_rates",
  "recovery_compensation",
  "invoice_sequences",
  "invoices",
  "invoice_lines",
  "payments",
  "credit_notes",
  "refunds",
  "reminder_schedules",
  "invoice_reminders",
  "test_clock",
  "login_throttles",
  "check_ins",
  "check_in_answers",
  "engagement_health",
  "organisation_health",
  "health_history",
  "health_cohort",
  "review_rounds",
  "reviews",
  "review_replies",
  "screening_nudges",
  "moderation_cases",
  "org_sanctions",
  "disputes",
  "dispute_offers",
  "exits",
  "hand_over_items",
  "exit_feedback",
  "goals",
  "goal_measurements",
  "goal_corrections",
  "relationship_reviews",
  "relationship_review_answers",
  "stagnation_checks",
  "next_phase_offers",
  "recognitions",
  "password_resets",
  "organisation_health_counterparties",
  "engagement_summary_facts",
  "notification_mail_pending",
  "org_notifications",
  "notification_reads",
  "notification_read_marks",
];

async function tableNames(handle: DatabaseHandle): Promise<string[]> {
  const tables = await handle.db.introspection.getTables();
  return tables.map((t) => t.name).sort();
}

describe.each(DIALECTS)("migrations on %s", (dialect) => {
  let handle: DatabaseHandle | undefined;
  afterEach(async () => {
    await handle?.close();
  });

  it("builds every table from zero, and is a no-op when run again", async () => {
    handle = await freshDatabase(dialect);
    expect(await tableNames(handle)).toEqual([...TABLES].sort());
    expect((await migrateToLatest(handle.db)).applied).toEqual([]);
  });

  it("goes down to zero and back up again", async () => {
    handle = await freshDatabase(dialect);
    await migrateDownToZero(handle.db);
    expect(await tableNames(handle)).toEqual([]);
    expect((await migrateToLatest(handle.db)).applied).toEqual([
      "0001-foundation",
      "0002-briefs-proposals-agreements",
      "0003-delivery-change-collaboration",
      "0004-invoices-payments",
      "0005-login-throttle",
      "0007-billing-matching-fixes",
      "0008-test-clock",
      "0009-health",
      "0011-reviews-moderation",
      "0012-disputes-exit",
      "0013-growth",
      "0015-performance-indexes",
      "0018-password-reset",
      "0019-health-aggregates",
      "0020-stored-files-by-engagement",
      "0021-engagement-summary-facts",
      "0022-stagnation-checks-by-day",
      "0023-notification-mail-pending",
      "0024-notifications-once-per-event",
      "0025-dispute-texts-screened",
      "0026-retention-indexes",
      "0027-check-in-reminder-skipped",
      "0028-refunds",
      "0029-list-versions",
      "0030-credit-note-reason-key",
      "0031-mail-list-unsubscribe",
      "0032-audit-events-indexes",
      "0033-mail-sending-lease",
      "0034-health-history-is-new",
      "0035-webhook-problem",
    ]);
    expect(await tableNames(handle)).toEqual([...TABLES].sort());
  });

  it("refuses an organisation of an unknown kind at the database level", async () => {
    handle = await freshDatabase(dialect);
    await handle.db
      .insertInto("users")
      .values({
        id: "u1",
        email: "a@b.c",
        name: "A",
        password_hash: "x",
        locale: null,
        platform_role: "user",
        created_at: "2026-01-01T00:00:00.000Z",
      })
      .execute();
    const insert = handle.db
      .insertInto("organisations")
      .values({
        id: "o1",
        name: "X",
        // @ts-expect-error: the type forbids it too; this checks the database's own guard
        kind: "agency",
        created_by: "u1",
        created_at: "2026-01-01T00:00:00.000Z",
      })
      .execute();
    await expect(insert).rejects.toThrow();
  });

  it("seeds the EUR reference rates and the EUR 40 recovery compensation", async () => {
    handle = await freshDatabase(dialect);
    const rates = await handle.db
      .selectFrom("reference_rates")
      .select(["currency", "valid_from", "rate_basis_points"])
      .orderBy("valid_from")
      .execute();
    expect(rates.map((r) => [r.currency, r.valid_from, Number(r.rate_basis_points)])).toEqual([
      ["EUR", "2025-01-01", 315],
      ["EUR", "2025-07-01", 215],
      ["EUR", "2026-01-01", 215],
      ["EUR", "2026-07-01", 215],
    ]);
    const compensation = await handle.db.selectFrom("recovery_compensation").selectAll().execute();
    expect(compensation.map((c) => [c.currency, Number(c.amount_minor)])).toEqual([["EUR", 4000]]);
  });

  it("lets a milestone be invoiced once unless that invoice is void, at the database level", async () => {
    handle = await freshDatabase(dialect);
    const db = handle.db;
    const at = "2026-01-01T00:00:00.000Z";
    await db
      .insertInto("users")
      .values({
        id: "u1",
        email: "a@b.c",
        name: "A",
        password_hash: "x",
        locale: null,
        platform_role: "user",
        created_at: at,
      })
      .execute();
    for (const [id, kind] of [
      ["c", "client"],
      ["p", "provider"],
    ] as const) {
      await db
        .insertInto("organisations")
        .values({ id, name: id, kind, created_by: "u1", created_at: at })
        .execute();
    }
    await db
      .insertInto("engagements")
      .values({
        id: "e1",
        title: "E",
        description: "",
        status: "active",
        client_org_id: "c",
        provider_org_id: "p",
        initiator_org_id: "c",
        created_at: at,
        updated_at: at,
      })
      .execute();
    const invoice = (id: string, status: "draft" | "void") =>
      db
        .insertInto("invoices")
        .values({
          id,
          engagement_id: "e1",
          provider_org_id: "p",
          client_org_id: "c",
          source_kind: "milestone",
          source_ref: "m1",
          status,
          number: null,
          sequence: null,
          currency: "EUR",
          subtotal_minor: 100,
          tax_minor: 0,
          total_minor: 100,
          note: "",
          issue_date: null,
          due_date: null,
          agreement_version: null,
          payment_terms_days: null,
          is_late_interest_agreed: 0,
          claimed_interest_minor: null,
          claimed_compensation_minor: null,
          void_reason: null,
          created_by: "u1",
          created_at: at,
          updated_at: at,
          issued_by: null,
          issued_at: null,
          voided_by: null,
          voided_at: null,
        })
        .execute();
    await invoice("i1", "void");
    await invoice("i2", "draft");
    await expect(invoice("i3", "draft")).rejects.toThrow();
  });
});
