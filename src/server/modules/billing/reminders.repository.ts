import type { Insertable, Kysely } from "kysely";
import type { Database, InvoiceRemindersTable, ReminderReason } from "../../db/schema";

export function findReminderSchedule(db: Kysely<Database>, providerOrgId: string) {
  return db
    .selectFrom("reminder_schedules")
    .selectAll()
    .where("provider_org_id", "=", providerOrgId)
    .executeTakeFirst();
}

export async function saveReminderSchedule(
  db: Kysely<Database>,
  row: { providerOrgId: string; offsets: readonly number[]; updatedBy: string; at: string },
) {
  const values = {
    provider_org_id: row.providerOrgId,
    offsets: JSON.stringify(row.offsets),
    updated_by: row.updatedBy,
    updated_at: row.at,
  };
  await db
    .insertInto("reminder_schedules")
    .values(values)
    .onConflict((oc) =>
      oc.column("provider_org_id").doUpdateSet({
        offsets: values.offsets,
        updated_by: values.updated_by,
        updated_at: values.updated_at,
      }),
    )
    .execute();
}

export async function insertReminders(
  db: Kysely<Database>,
  rows: readonly Insertable<InvoiceRemindersTable>[],
) {
  if (rows.length > 0)
    await db
      .insertInto("invoice_reminders")
      .values([...rows])
      .execute();
}

export function listReminders(db: Kysely<Database>, invoiceIds: readonly string[]) {
  if (invoiceIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("invoice_reminders")
    .selectAll()
    .where("invoice_id", "in", [...invoiceIds])
    .orderBy("invoice_id")
    .orderBy("offset_days")
    .execute();
}
export type ReminderRow = Awaited<ReturnType<typeof listReminders>>[number];

/** Once an invoice is settled or void, nothing more is sent about it; each reminder says why. */
export async function cancelPendingReminders(
  db: Kysely<Database>,
  invoiceId: string,
  reason: Exclude<ReminderReason, "superseded" | "awaiting_confirmation">,
) {
  await db
    .updateTable("invoice_reminders")
    .set({ status: "cancelled", reason })
    .where("invoice_id", "=", invoiceId)
    .where("status", "=", "pending")
    .execute();
}

/**
 * Invoices with at least one reminder due by `today` still pending and not held for a payment
 * awaiting confirmation, with their engagement: held ones would otherwise fill every bounded
 * sweep while the provider has not answered.
 */
export function listInvoicesWithDueReminders(db: Kysely<Database>, today: string, limit: number) {
  return db
    .selectFrom("invoice_reminders as r")
    .innerJoin("invoices as i", "i.id", "r.invoice_id")
    .select(["r.invoice_id", "i.engagement_id"])
    .distinct()
    .where("r.status", "=", "pending")
    .where("r.due_on", "<=", today)
    .where("r.reason", "is", null)
    .orderBy("r.invoice_id")
    .limit(limit)
    .execute();
}

/**
 * Moves one reminder out of `pending` only if it is still pending, so when several processes
 * sweep at once exactly one sends it. True when this call moved it.
 */
export async function settleReminder(
  db: Kysely<Database>,
  input: { invoiceId: string; offsetDays: number; status: "sent" | "skipped"; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable("invoice_reminders")
    .set({
      status: input.status,
      sent_at: input.status === "sent" ? input.at : null,
      // Skipped only ever because a later reminder was due at the same sweep.
      reason: input.status === "skipped" ? "superseded" : null,
    })
    .where("invoice_id", "=", input.invoiceId)
    .where("offset_days", "=", input.offsetDays)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Holds a due reminder while the client's recorded payments await the provider's answer. */
export async function holdReminder(db: Kysely<Database>, invoiceId: string, offsetDays: number) {
  await db
    .updateTable("invoice_reminders")
    .set({ reason: "awaiting_confirmation" })
    .where("invoice_id", "=", invoiceId)
    .where("offset_days", "=", offsetDays)
    .where("status", "=", "pending")
    .execute();
}

/** After a rejected payment, held reminders are due again at the next sweep. */
export async function releaseHeldReminders(db: Kysely<Database>, invoiceId: string) {
  await db
    .updateTable("invoice_reminders")
    .set({ reason: null })
    .where("invoice_id", "=", invoiceId)
    .where("status", "=", "pending")
    .where("reason", "=", "awaiting_confirmation")
    .execute();
}

/** The people a reminder goes to: the client organisation's owners and members, who can pay. */
export function listPayers(db: Kysely<Database>, clientOrgId: string) {
  return db
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .innerJoin("organisations as o", "o.id", "m.org_id")
    .select(["u.id as userId", "u.name", "u.email", "u.locale", "o.name as orgName"])
    .where("m.org_id", "=", clientOrgId)
    .where("m.role", "in", ["owner", "member"])
    .orderBy("m.created_at")
    .orderBy("m.user_id")
    .execute();
}
