import type { Insertable, Kysely } from "kysely";
import type { CreditNotesTable, Database, PaymentsTable } from "../../db/schema";

function selectPayments(db: Kysely<Database>) {
  return db
    .selectFrom("payments as p")
    .innerJoin("users as recorder", "recorder.id", "p.recorded_by")
    .leftJoin("users as decider", "decider.id", "p.decided_by")
    .selectAll("p")
    .select(["recorder.name as recorded_by_name", "decider.name as decided_by_name"]);
}

export function listPayments(db: Kysely<Database>, invoiceIds: readonly string[]) {
  if (invoiceIds.length === 0) return Promise.resolve([]);
  return selectPayments(db)
    .where("p.invoice_id", "in", [...invoiceIds])
    .orderBy("p.recorded_at")
    .orderBy("p.id")
    .execute();
}
export type PaymentRow = Awaited<ReturnType<typeof listPayments>>[number];

export function findPayment(db: Kysely<Database>, invoiceId: string, paymentId: string) {
  return selectPayments(db)
    .where("p.invoice_id", "=", invoiceId)
    .where("p.id", "=", paymentId)
    .executeTakeFirst();
}

export function findPaymentByKey(db: Kysely<Database>, invoiceId: string, key: string) {
  return db
    .selectFrom("payments")
    .select(["id", "request_hash"])
    .where("invoice_id", "=", invoiceId)
    .where("idempotency_key", "=", key)
    .executeTakeFirst();
}

export async function insertPayment(db: Kysely<Database>, row: Insertable<PaymentsTable>) {
  await db.insertInto("payments").values(row).execute();
}

/** Answers a payment only while it awaits an answer; true when this call answered it. */
export async function answerPaymentRow(
  db: Kysely<Database>,
  paymentId: string,
  answer: { status: "confirmed" | "rejected"; decidedBy: string; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable("payments")
    .set({ status: answer.status, decided_by: answer.decidedBy, decided_at: answer.at })
    .where("id", "=", paymentId)
    .where("status", "=", "recorded")
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export function listCreditNotes(db: Kysely<Database>, invoiceIds: readonly string[]) {
  if (invoiceIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("credit_notes")
    .selectAll()
    .where("invoice_id", "in", [...invoiceIds])
    .orderBy("sequence")
    .execute();
}
export type CreditNoteRow = Awaited<ReturnType<typeof listCreditNotes>>[number];

export async function insertCreditNote(db: Kysely<Database>, row: Insertable<CreditNotesTable>) {
  await db.insertInto("credit_notes").values(row).execute();
}

/** Payments on the invoices an organisation is a party to, for its accounting export. */
export function listPaymentsOfOrg(db: Kysely<Database>, orgId: string, role: "payer" | "payee") {
  return db
    .selectFrom("payments as p")
    .innerJoin("invoices as i", "i.id", "p.invoice_id")
    .innerJoin("engagements as e", "e.id", "i.engagement_id")
    .select([
      "p.id",
      "p.amount_minor",
      "p.currency",
      "p.paid_on",
      "p.reference",
      "p.status",
      "p.recorded_side",
      "p.recorded_at",
      "p.decided_at",
      "i.number as invoice_number",
      "e.title as engagement_title",
    ])
    .where(role === "payer" ? "i.client_org_id" : "i.provider_org_id", "=", orgId)
    .where("i.number", "is not", null)
    .orderBy("p.paid_on")
    .orderBy("p.recorded_at")
    .orderBy("p.id")
    .execute();
}

/** What the client paid on an engagement in `currency`: its confirmed payments, summed. */
export async function confirmedPaymentsMinorOf(
  db: Kysely<Database>,
  engagementId: string,
  currency: string,
): Promise<number> {
  const row = await db
    .selectFrom("payments")
    .select((eb) => eb.fn.sum<string | number | bigint | null>("amount_minor").as("paid"))
    .where("engagement_id", "=", engagementId)
    .where("status", "=", "confirmed")
    .where("currency", "=", currency)
    .executeTakeFirst();
  return Number(row?.paid ?? 0);
}
