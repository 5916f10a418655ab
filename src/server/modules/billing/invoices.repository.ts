import type { Insertable, Kysely, Updateable } from "kysely";
import type {
  Database,
  InvoiceLinesTable,
  InvoiceSourceKind,
  InvoicesTable,
} from "../../db/schema";
import type { Cursor } from "../../platform/cursor";
import { pastCursor } from "../../db/keyset";

type InvoiceStatus = InvoicesTable["status"];

/** Invoices with the names of both parties, as every reader needs them. */
function selectInvoices(db: Kysely<Database>) {
  return db
    .selectFrom("invoices as i")
    .innerJoin("organisations as po", "po.id", "i.provider_org_id")
    .innerJoin("organisations as co", "co.id", "i.client_org_id")
    .selectAll("i")
    .select(["po.name as provider_name", "co.name as client_name"]);
}

export function listInvoicesOfEngagement(db: Kysely<Database>, engagementId: string) {
  return selectInvoices(db)
    .where("i.engagement_id", "=", engagementId)
    .orderBy("i.created_at")
    .orderBy("i.id")
    .execute();
}

/**
 * A page of the engagement's invoices in the order they were created: `limit` of them after
 * the cursor, only those with a number (issued, or voided after) when `isNumberedOnly` (what
 * `isInvoiceVisibleTo` lets a client see).
 */
export function listInvoicePage(
  db: Kysely<Database>,
  engagementId: string,
  page: { isNumberedOnly: boolean; after?: Cursor; limit: number },
) {
  let q = selectInvoices(db).where("i.engagement_id", "=", engagementId);
  if (page.isNumberedOnly) q = q.where("i.number", "is not", null);
  const after = page.after;
  if (after) {
    q = q.where(pastCursor("i.created_at", "i.id", after, "asc"));
  }
  return q.orderBy("i.created_at").orderBy("i.id").limit(page.limit).execute();
}
export type InvoiceRow = Awaited<ReturnType<typeof listInvoicesOfEngagement>>[number];

export function findInvoice(db: Kysely<Database>, engagementId: string, invoiceId: string) {
  return selectInvoices(db)
    .where("i.engagement_id", "=", engagementId)
    .where("i.id", "=", invoiceId)
    .executeTakeFirst();
}

/**
 * Every issued invoice (void ones included) an organisation is a party to, as payer (client)
 * or payee (provider), oldest first. Drafts are no document yet, so never listed here.
 */
export function listInvoicesOfOrg(db: Kysely<Database>, orgId: string, role: "payer" | "payee") {
  return selectInvoices(db)
    .innerJoin("engagements as e", "e.id", "i.engagement_id")
    .select("e.title as engagement_title")
    .where(role === "payer" ? "i.client_org_id" : "i.provider_org_id", "=", orgId)
    .where("i.number", "is not", null)
    .orderBy("i.issue_date")
    .orderBy("i.provider_org_id")
    .orderBy("i.sequence")
    .execute();
}

export async function insertInvoice(db: Kysely<Database>, row: Insertable<InvoicesTable>) {
  await db.insertInto("invoices").values(row).execute();
}

/**
 * Changes an invoice only while it is in one of `from`, so two writers can never both move it;
 * true when this call changed it.
 */
export async function updateInvoiceIn(
  db: Kysely<Database>,
  invoiceId: string,
  from: readonly InvoiceStatus[],
  patch: Updateable<InvoicesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable("invoices")
    .set(patch)
    .where("id", "=", invoiceId)
    .where("status", "in", [...from])
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** The invoice (void ones aside) already covering a milestone, change, period or claim. */
export function findInvoiceOfSource(
  db: Kysely<Database>,
  engagementId: string,
  kind: InvoiceSourceKind,
  ref: string,
) {
  return db
    .selectFrom("invoices")
    .select(["id", "number"])
    .where("engagement_id", "=", engagementId)
    .where("source_kind", "=", kind)
    .where("source_ref", "=", ref)
    .where("status", "<>", "void")
    .executeTakeFirst();
}

/** Late-interest invoices (void ones aside) claiming interest on one invoice. */
export function listLateInterestClaims(db: Kysely<Database>, engagementId: string, of: string) {
  return db
    .selectFrom("invoices")
    .select(["id", "source_ref", "claimed_interest_minor", "claimed_compensation_minor"])
    .where("engagement_id", "=", engagementId)
    .where("source_kind", "=", "late_interest")
    .where("source_ref", "like", `${of}@%`)
    .where("status", "<>", "void")
    .execute();
}

/** The engagement's manual invoices still drafts, oldest first: what a new one is compared with. */
export function listManualDrafts(db: Kysely<Database>, engagementId: string) {
  return db
    .selectFrom("invoices")
    .select(["id", "currency", "total_minor", "created_at"])
    .where("engagement_id", "=", engagementId)
    .where("source_kind", "=", "manual")
    .where("status", "=", "draft")
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

export function listLines(db: Kysely<Database>, invoiceIds: readonly string[]) {
  if (invoiceIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom("invoice_lines")
    .selectAll()
    .where("invoice_id", "in", [...invoiceIds])
    .orderBy("invoice_id")
    .orderBy("position")
    .execute();
}
export type InvoiceLineRow = Awaited<ReturnType<typeof listLines>>[number];

export async function replaceLines(
  db: Kysely<Database>,
  invoiceId: string,
  lines: readonly Insertable<InvoiceLinesTable>[],
) {
  await db.deleteFrom("invoice_lines").where("invoice_id", "=", invoiceId).execute();
  if (lines.length > 0) {
    await db
      .insertInto("invoice_lines")
      .values([...lines])
      .execute();
  }
}

/**
 * Takes the provider's next number of `kind` inside the caller's transaction: creates the
 * sequence row if it is the first (a concurrent creator waits, then finds it), then increments
 * it in one statement, which holds the row until commit. A rolled-back transaction gives its
 * number back, so numbers have no gaps; the row lock gives each number once, on both
 * databases (SQLite has one writer at a time). Answers the number and the issue date of the
 * number before it.
 */
export async function takeNextNumber(
  db: Kysely<Database>,
  input: { providerOrgId: string; kind: "invoice" | "credit_note"; prefix: string },
): Promise<{ sequence: number; prefix: string; previousIssueDate: string | null }> {
  await db
    .insertInto("invoice_sequences")
    .values({
      provider_org_id: input.providerOrgId,
      kind: input.kind,
      prefix: input.prefix,
      last_number: 0,
      last_issue_date: null,
    })
    .onConflict((oc) => oc.columns(["provider_org_id", "kind"]).doNothing())
    .execute();
  const row = await db
    .updateTable("invoice_sequences")
    .set((eb) => ({ last_number: eb("last_number", "+", 1) }))
    .where("provider_org_id", "=", input.providerOrgId)
    .where("kind", "=", input.kind)
    .returning(["last_number", "prefix", "last_issue_date"])
    .executeTakeFirstOrThrow();
  return {
    sequence: Number(row.last_number),
    prefix: row.prefix,
    previousIssueDate: row.last_issue_date,
  };
}

export async function recordIssueDate(
  db: Kysely<Database>,
  input: { providerOrgId: string; kind: "invoice" | "credit_note"; issueDate: string },
) {
  await db
    .updateTable("invoice_sequences")
    .set({ last_issue_date: input.issueDate })
    .where("provider_org_id", "=", input.providerOrgId)
    .where("kind", "=", input.kind)
    .execute();
}
