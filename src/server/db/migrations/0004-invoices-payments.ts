import { sql, type Kysely } from "kysely";

// Stage 7 of the lifecycle: invoices numbered per provider organisation without gaps, their
// lines, payments recorded by one side and confirmed by the other (each under an idempotency
// key), credit notes, reminders on the provider's schedule, and the data statutory late
// interest needs (reference rates per currency and half-year, the fixed recovery amount).

/** The ECB's main refinancing operations rate, as in force on each half-year's first day. */
const EUR_REFERENCE_RATES = [
  { valid_from: "2025-01-01", rate_basis_points: 315 },
  { valid_from: "2025-07-01", rate_basis_points: 215 },
  { valid_from: "2026-01-01", rate_basis_points: 215 },
  { valid_from: "2026-07-01", rate_basis_points: 215 },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("reference_rates")
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("valid_from", "text", (c) => c.notNull())
    .addColumn("rate_basis_points", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("reference_rates_pk", ["currency", "valid_from"])
    .execute();
  const seededAt = "2026-01-01T00:00:00.000Z";
  for (const rate of EUR_REFERENCE_RATES) {
    await sql`insert into reference_rates (currency, valid_from, rate_basis_points, updated_at)
      values ('EUR', ${rate.valid_from}, ${rate.rate_basis_points}, ${seededAt})`.execute(db);
  }

  await db.schema
    .createTable("recovery_compensation")
    .addColumn("currency", "text", (c) => c.primaryKey())
    .addColumn("amount_minor", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await sql`insert into recovery_compensation (currency, amount_minor, updated_at)
    values ('EUR', ${4000}, ${seededAt})`.execute(db);

  await db.schema
    .createTable("invoice_sequences")
    .addColumn("provider_org_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('invoice', 'credit_note')`))
    .addColumn("prefix", "text", (c) => c.notNull())
    .addColumn("last_number", "integer", (c) => c.notNull())
    .addColumn("last_issue_date", "text")
    .addPrimaryKeyConstraint("invoice_sequences_pk", ["provider_org_id", "kind"])
    .execute();

  await db.schema
    .createTable("invoices")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("engagement_id", "text", (c) => c.notNull().references("engagements.id"))
    .addColumn("provider_org_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("client_org_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("source_kind", "text", (c) => c.notNull())
    .addColumn("source_ref", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("number", "text")
    .addColumn("sequence", "integer")
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("subtotal_minor", "bigint", (c) => c.notNull())
    .addColumn("tax_minor", "bigint", (c) => c.notNull())
    .addColumn("total_minor", "bigint", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull())
    .addColumn("issue_date", "text")
    .addColumn("due_date", "text")
    .addColumn("agreement_version", "integer")
    .addColumn("payment_terms_days", "integer")
    .addColumn("is_late_interest_agreed", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("claimed_interest_minor", "bigint")
    .addColumn("claimed_compensation_minor", "bigint")
    .addColumn("void_reason", "text")
    .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("issued_by", "text", (c) => c.references("users.id"))
    .addColumn("issued_at", "text")
    .addColumn("voided_by", "text", (c) => c.references("users.id"))
    .addColumn("voided_at", "text")
    .addUniqueConstraint("invoices_number_unique", ["provider_org_id", "sequence"])
    .execute();
  await db.schema
    .createIndex("invoices_engagement_idx")
    .on("invoices")
    .columns(["engagement_id", "created_at"])
    .execute();
  await db.schema
    .createIndex("invoices_client_idx")
    .on("invoices")
    .columns(["client_org_id", "issue_date"])
    .execute();
  await db.schema
    .createIndex("invoices_provider_idx")
    .on("invoices")
    .columns(["provider_org_id", "issue_date"])
    .execute();
  // One milestone, change request, retainer period or late-interest claim is invoiced once,
  // unless that invoice is voided. Use-cases check first; this is the backstop.
  await db.schema
    .createIndex("invoices_source_unique")
    .on("invoices")
    .columns(["engagement_id", "source_kind", "source_ref"])
    .unique()
    .where(sql<boolean>`status <> 'void' and source_ref is not null`)
    .execute();

  await db.schema
    .createTable("invoice_lines")
    .addColumn("invoice_id", "text", (c) => c.notNull().references("invoices.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("quantity_milli", "bigint", (c) => c.notNull())
    .addColumn("unit_price_minor", "bigint", (c) => c.notNull())
    .addColumn("tax_rate_basis_points", "integer", (c) => c.notNull())
    .addColumn("net_minor", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("invoice_lines_pk", ["invoice_id", "position"])
    .execute();

  await db.schema
    .createTable("payments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("invoice_id", "text", (c) => c.notNull().references("invoices.id"))
    .addColumn("engagement_id", "text", (c) => c.notNull().references("engagements.id"))
    .addColumn("amount_minor", "bigint", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("paid_on", "text", (c) => c.notNull())
    .addColumn("reference", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c.notNull().check(sql`status in ('recorded', 'confirmed', 'rejected')`),
    )
    .addColumn("recorded_side", "text", (c) => c.notNull())
    .addColumn("recorded_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addColumn("decided_by", "text", (c) => c.references("users.id"))
    .addColumn("decided_at", "text")
    .addColumn("idempotency_key", "text", (c) => c.notNull())
    .addColumn("request_hash", "text", (c) => c.notNull())
    .addUniqueConstraint("payments_idempotency_unique", ["invoice_id", "idempotency_key"])
    .execute();
  await db.schema
    .createIndex("payments_engagement_idx")
    .on("payments")
    .columns(["engagement_id", "recorded_at"])
    .execute();

  await db.schema
    .createTable("credit_notes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("invoice_id", "text", (c) => c.notNull().references("invoices.id"))
    .addColumn("engagement_id", "text", (c) => c.notNull().references("engagements.id"))
    .addColumn("provider_org_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("number", "text", (c) => c.notNull())
    .addColumn("sequence", "integer", (c) => c.notNull())
    .addColumn("amount_minor", "bigint", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("issued_on", "text", (c) => c.notNull())
    .addColumn("issued_by", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("credit_notes_number_unique", ["provider_org_id", "sequence"])
    .execute();
  await db.schema
    .createIndex("credit_notes_invoice_idx")
    .on("credit_notes")
    .columns(["invoice_id"])
    .execute();

  await db.schema
    .createTable("reminder_schedules")
    .addColumn("provider_org_id", "text", (c) => c.primaryKey().references("organisations.id"))
    .addColumn("offsets", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("invoice_reminders")
    .addColumn("invoice_id", "text", (c) => c.notNull().references("invoices.id"))
    .addColumn("offset_days", "integer", (c) => c.notNull())
    .addColumn("due_on", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c.notNull().check(sql`status in ('pending', 'sent', 'skipped', 'cancelled')`),
    )
    .addColumn("sent_at", "text")
    .addPrimaryKeyConstraint("invoice_reminders_pk", ["invoice_id", "offset_days"])
    .execute();
  await db.schema
    .createIndex("invoice_reminders_due_idx")
    .on("invoice_reminders")
    .columns(["status", "due_on"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "invoice_reminders",
    "reminder_schedules",
    "credit_notes",
    "payments",
    "invoice_lines",
    "invoices",
    "invoice_sequences",
    "recovery_compensation",
    "reference_rates",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
