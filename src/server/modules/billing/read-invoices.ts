import type { Kysely } from "kysely";
import type { Invoice } from "../../../contracts/billing";
import type { Side } from "../../../domain/engagement/engagement";
import type { Database } from "../../db/schema";
import type { PageQuery } from "../../../contracts/pagination";
import type { Actor } from "../../platform/actor";
import { cursorFromQuery, keysetPage } from "../../platform/cursor";
import { todayOf } from "../../platform/clock";
import type { AppDeps } from "../../platform/deps";
import { groupBy } from "../../platform/group-by";
import { fail, ok, type Result } from "../../platform/result";
import { findBillingViewer, type BillingReader, isInvoiceVisibleTo } from "./billing.policy";
import { presentInvoice } from "./invoice.presenter";
import {
  findInvoice,
  listInvoicePage,
  listInvoicesOfEngagement,
  listLines,
  type InvoiceRow,
} from "./invoices.repository";
import { listCreditNotes, listPayments } from "./payments.repository";
import { listReminders } from "./reminders.repository";
import { checkInvoiceAmount } from "../../../domain/billing/invoice-sanity";
import type { MessageKey } from "../../../i18n/messages/en";
import { type Unworded, wording } from "../../platform/wording";
import { agreementBalanceOf } from "./invoice-balance";

/** Invoice rows with everything that belongs to them, read in a few queries whatever their number. */
export async function presentInvoices(
  db: Kysely<Database>,
  rows: readonly InvoiceRow[],
  today: string,
  reader: BillingReader,
): Promise<InvoiceView[]> {
  const ids = rows.map((r) => r.id);
  const [lines, payments, creditNotes, reminders] = await Promise.all([
    listLines(db, ids),
    listPayments(db, ids),
    listCreditNotes(db, ids),
    listReminders(db, ids),
  ]);
  const related = {
    lines: groupBy(lines, (l) => l.invoice_id),
    payments: groupBy(payments, (p) => p.invoice_id),
    creditNotes: groupBy(creditNotes, (c) => c.invoice_id),
    reminders: groupBy(reminders, (r) => r.invoice_id),
  };
  return rows.map((row) => presentInvoice(row, related, today, reader));
}

/** An invoice as use-cases answer it: a draft's findings are worded at the HTTP edge. */
export type InvoiceView = Unworded<Invoice, "message" | "reason">;

/**
 * A draft's findings, to be worded for the reader: a warning when it asks for more than the
 * agreement leaves to invoice. Issued invoices carry none (they never change).
 */
async function withDraftFindings(
  db: Kysely<Database>,
  row: InvoiceRow,
  invoice: InvoiceView,
  hasFindings: boolean,
): Promise<InvoiceView> {
  if (!hasFindings || row.status !== "draft" || row.source_kind === "late_interest") return invoice;
  const findings = checkInvoiceAmount(
    Number(row.subtotal_minor),
    await agreementBalanceOf(db, row.engagement_id, row.id),
  );
  return {
    ...invoice,
    findings: findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      path: f.path,
      message: wording(`billing.invoice.${f.code}` as MessageKey, f.values),
    })),
  };
}

/** One invoice as it stands inside the caller's transaction (a draft with its findings when asked); it must exist. */
export async function readInvoice(
  db: Kysely<Database>,
  reader: BillingReader & { engagement: { id: string } },
  invoiceId: string,
  today: string,
  hasFindings = false,
): Promise<InvoiceView> {
  const row = await findInvoice(db, reader.engagement.id, invoiceId);
  if (!row) throw new Error("invoice vanished inside its own transaction");
  const [invoice] = await presentInvoices(db, [row], today, reader);
  if (!invoice) throw new Error("invoice vanished inside its own transaction");
  return withDraftFindings(db, row, invoice, hasFindings);
}

/** The invoice when the side may see it (a client never sees a draft), else `not_found`. */
export async function findVisibleInvoice(
  db: Kysely<Database>,
  side: Side,
  engagementId: string,
  invoiceId: string,
): Promise<Result<InvoiceRow>> {
  const row = await findInvoice(db, engagementId, invoiceId);
  return row && isInvoiceVisibleTo(side, row) ? ok(row) : fail("not_found");
}

/**
 * The engagement's invoices in the order they were created, as the actor's side may see them:
 * a page of them, or every one when no page is asked (the archive).
 */
export async function listInvoices(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  query?: PageQuery,
): Promise<Result<{ invoices: InvoiceView[]; nextCursor: string | null }>> {
  const viewer = await findBillingViewer(deps.db, actor, engagementId);
  if (!viewer.ok) return viewer;
  const side = viewer.value.side;
  let page: { items: InvoiceRow[]; nextCursor: string | null };
  if (query) {
    const after = cursorFromQuery(query.cursor);
    if (!after.ok) return after;
    const rows = await listInvoicePage(deps.db, engagementId, {
      isNumberedOnly: !isInvoiceVisibleTo(side, { number: null }),
      ...(after.value && { after: after.value }),
      limit: query.limit + 1,
    });
    page = keysetPage(rows, query.limit, (row) => ({ key: row.created_at, id: row.id }));
  } else {
    const rows = await listInvoicesOfEngagement(deps.db, engagementId);
    page = { items: rows.filter((row) => isInvoiceVisibleTo(side, row)), nextCursor: null };
  }
  const reader = { actor, engagement: viewer.value.engagement };
  return ok({
    invoices: await presentInvoices(deps.db, page.items, todayOf(deps.clock), reader),
    nextCursor: page.nextCursor,
  });
}

export async function getInvoice(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  invoiceId: string,
): Promise<Result<InvoiceView>> {
  const viewer = await findBillingViewer(deps.db, actor, engagementId);
  if (!viewer.ok) return viewer;
  const found = await findVisibleInvoice(deps.db, viewer.value.side, engagementId, invoiceId);
  if (!found.ok) return found;
  const reader = { actor, engagement: viewer.value.engagement };
  const [invoice] = await presentInvoices(deps.db, [found.value], todayOf(deps.clock), reader);
  return invoice
    ? ok(await withDraftFindings(deps.db, found.value, invoice, true))
    : fail("not_found");
}
