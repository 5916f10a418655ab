import { decimalOfMinor } from "../../../domain/money/money";
import { sumExact } from "../../../domain/billing/rounding";
import { outstandingMinor } from "../../../domain/billing/payments";
import type { Actor } from "../../platform/actor";
import { spreadsheetSafe, toCsv } from "../../platform/csv";
import type { AppDeps } from "../../platform/deps";
import { groupBy } from "../../platform/group-by";
import { fail, ok, type Result } from "../../platform/result";
import { findOrganisation } from "../orgs/orgs.repository";
import { decideOrgAction } from "../../kernel/org-access";
import { listInvoicesOfOrg } from "./invoices.repository";
import { listCreditNotes, listPayments, listPaymentsOfOrg } from "./payments.repository";
import { listRefundsOfOrg } from "./refunds.repository";

async function orgRole(
  deps: AppDeps,
  actor: Actor,
  orgId: string,
): Promise<Result<"payer" | "payee">> {
  const decided = decideOrgAction(actor, orgId, "view");
  if (decided !== "allowed") return fail(decided);
  const org = await findOrganisation(deps.db, orgId);
  if (!org) return fail("not_found");
  return ok(org.kind === "client" ? "payer" : "payee");
}

export const INVOICE_CSV_HEADER = [
  "document",
  "number",
  "corrects",
  "status",
  "issue_date",
  "due_date",
  "engagement",
  "provider",
  "client",
  "currency",
  "subtotal",
  "tax",
  "total",
  "credited",
  "paid",
  "outstanding",
  "note",
] as const;

/**
 * An organisation's invoices and credit notes for its accounting, oldest first: those it
 * issued (a provider) or received (a client), never drafts and never another organisation's.
 * Amounts are decimals in major units beside their currency; a credit note's total is negative.
 */
export async function exportInvoicesCsv(
  deps: AppDeps,
  actor: Actor,
  orgId: string,
): Promise<Result<string>> {
  const role = await orgRole(deps, actor, orgId);
  if (!role.ok) return role;
  const invoices = await listInvoicesOfOrg(deps.db, orgId, role.value);
  const ids = invoices.map((i) => i.id);
  const [payments, creditNotes] = await Promise.all([
    listPayments(deps.db, ids),
    listCreditNotes(deps.db, ids),
  ]);
  const paymentsOf = groupBy(payments, (p) => p.invoice_id);
  const creditsOf = groupBy(creditNotes, (c) => c.invoice_id);
  const rows: string[][] = [];
  for (const invoice of invoices) {
    const money = (minor: number) => decimalOfMinor(minor, invoice.currency);
    const paid = (paymentsOf.get(invoice.id) ?? []).map((p) => ({
      amountMinor: Number(p.amount_minor),
      status: p.status,
    }));
    const credits = (creditsOf.get(invoice.id) ?? []).map((c) => ({
      amountMinor: Number(c.amount_minor),
    }));
    const total = Number(invoice.total_minor);
    const confirmed = paid.filter((p) => p.status === "confirmed").map((p) => p.amountMinor);
    const isVoid = invoice.status === "void";
    rows.push([
      "invoice",
      invoice.number ?? "",
      "",
      invoice.status,
      invoice.issue_date ?? "",
      invoice.due_date ?? "",
      spreadsheetSafe(invoice.engagement_title),
      spreadsheetSafe(invoice.provider_name),
      spreadsheetSafe(invoice.client_name),
      invoice.currency,
      money(Number(invoice.subtotal_minor)),
      money(Number(invoice.tax_minor)),
      money(total),
      money(Number(sumExact(credits.map((c) => c.amountMinor)))),
      money(Number(sumExact(confirmed))),
      money(isVoid ? 0 : outstandingMinor(total, paid, credits)),
      spreadsheetSafe(isVoid ? (invoice.void_reason ?? "") : invoice.note),
    ]);
    for (const note of creditsOf.get(invoice.id) ?? []) {
      const amount = Number(note.amount_minor);
      rows.push([
        "credit_note",
        note.number,
        invoice.number ?? "",
        "issued",
        note.issued_on,
        "",
        spreadsheetSafe(invoice.engagement_title),
        spreadsheetSafe(invoice.provider_name),
        spreadsheetSafe(invoice.client_name),
        note.currency,
        money(-amount),
        money(0),
        money(-amount),
        "",
        "",
        "",
        spreadsheetSafe(note.reason),
      ]);
    }
  }
  return ok(toCsv(INVOICE_CSV_HEADER, rows));
}

export const PAYMENT_CSV_HEADER = [
  "payment_id",
  "invoice_number",
  "engagement",
  "paid_on",
  "currency",
  "amount",
  "status",
  "recorded_by",
  "reference",
  "recorded_at",
  "answered_at",
] as const;

/** Every payment recorded on the organisation's invoices, with its status, oldest first. */
export function exportPaymentsCsv(
  deps: AppDeps,
  actor: Actor,
  orgId: string,
): Promise<Result<string>> {
  return orgRowsCsv(deps, actor, orgId, PAYMENT_CSV_HEADER, listPaymentsOfOrg, (p) => [
    p.id,
    p.invoice_number ?? "",
    spreadsheetSafe(p.engagement_title),
    p.paid_on,
    p.currency,
    decimalOfMinor(Number(p.amount_minor), p.currency),
    p.status,
    p.recorded_side,
    spreadsheetSafe(p.reference),
    p.recorded_at,
    p.decided_at ?? "",
  ]);
}

export const REFUND_CSV_HEADER = [
  "refund_id",
  "engagement_id",
  "engagement",
  "paid_on",
  "currency",
  "amount",
  "status",
  "reference",
  "recorded_at",
  "answered_at",
] as const;

/**
 * Every refund on the organisation's engagements, paid back by it (a provider) or to it (a
 * client), in every status, oldest first: beside the payments export, what went back. Titles
 * may repeat, so each row names its engagement by id too.
 */
export function exportRefundsCsv(
  deps: AppDeps,
  actor: Actor,
  orgId: string,
): Promise<Result<string>> {
  return orgRowsCsv(deps, actor, orgId, REFUND_CSV_HEADER, listRefundsOfOrg, (r) => [
    r.id,
    r.engagement_id,
    spreadsheetSafe(r.engagement_title),
    r.paid_on,
    r.currency,
    decimalOfMinor(Number(r.amount_minor), r.currency),
    r.status,
    spreadsheetSafe(r.reference),
    r.recorded_at,
    r.decided_at ?? "",
  ]);
}

/** An export of one row per record the organisation's side may read, after its access check. */
async function orgRowsCsv<Row>(
  deps: AppDeps,
  actor: Actor,
  orgId: string,
  header: readonly string[],
  rowsOf: (db: AppDeps["db"], orgId: string, role: "payer" | "payee") => Promise<Row[]>,
  cellsOf: (row: Row) => string[],
): Promise<Result<string>> {
  const role = await orgRole(deps, actor, orgId);
  if (!role.ok) return role;
  return ok(toCsv(header, (await rowsOf(deps.db, orgId, role.value)).map(cellsOf)));
}
