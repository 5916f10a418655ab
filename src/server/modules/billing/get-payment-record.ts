import type { Kysely } from "kysely";
import type { PaymentRecord } from "../../../contracts/billing";
import { ageOutstanding, paymentRecord, type AgeingInvoice } from "../../../domain/billing/ageing";
import type { Database } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { todayOf } from "../../platform/clock";
import type { AppDeps } from "../../platform/deps";
import { groupBy } from "../../platform/group-by";
import { fail, ok, type Result } from "../../platform/result";
import { findOrganisation } from "../orgs/orgs.repository";
import { decideOrgAction } from "../../kernel/org-access";
import { findBillingViewer } from "./billing.policy";
import {
  listInvoicesOfEngagement,
  listInvoicesOfOrg,
  type InvoiceRow,
} from "./invoices.repository";
import { listCreditNotes, listPayments } from "./payments.repository";

/** Issued invoices as the ageing rules read them, with their payments and credit notes. */
async function ageingInvoices(
  db: Kysely<Database>,
  rows: readonly InvoiceRow[],
): Promise<AgeingInvoice[]> {
  const issued = rows.filter((r) => r.number !== null && r.due_date !== null);
  const ids = issued.map((r) => r.id);
  const [payments, creditNotes] = await Promise.all([
    listPayments(db, ids),
    listCreditNotes(db, ids),
  ]);
  const paymentsOf = groupBy(payments, (p) => p.invoice_id);
  const creditsOf = groupBy(creditNotes, (c) => c.invoice_id);
  return issued.map((row) => ({
    currency: row.currency,
    totalMinor: Number(row.total_minor),
    dueDate: row.due_date ?? "",
    status: row.status,
    payments: (paymentsOf.get(row.id) ?? []).map((p) => ({
      amountMinor: Number(p.amount_minor),
      paidOn: p.paid_on,
      status: p.status,
    })),
    creditNotes: (creditsOf.get(row.id) ?? []).map((c) => ({
      amountMinor: Number(c.amount_minor),
      issuedOn: c.issued_on,
    })),
  }));
}

function recordOf(invoices: readonly AgeingInvoice[], asOf: string): PaymentRecord["currencies"] {
  const buckets = new Map(ageOutstanding(invoices, asOf).map((a) => [a.currency, a.buckets]));
  return paymentRecord(invoices, asOf).map((record) => ({
    ...record,
    buckets: buckets.get(record.currency) ?? {
      current: 0,
      days_1_15: 0,
      days_16_30: 0,
      days_31_60: 0,
      over_60: 0,
    },
  }));
}

/**
 * How the client of an engagement pays, as of a day: days past due weighted by value, the
 * on-time rate, what is outstanding and overdue, and the ageing buckets; per currency, for
 * both sides to read. It is the record of whether the client kept its word on payment.
 */
export async function getEngagementPaymentRecord(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  asOf: string | undefined,
): Promise<Result<PaymentRecord>> {
  const viewer = await findBillingViewer(deps.db, actor, engagementId);
  if (!viewer.ok) return viewer;
  const day = asOf ?? todayOf(deps.clock);
  const invoices = await ageingInvoices(
    deps.db,
    await listInvoicesOfEngagement(deps.db, engagementId),
  );
  return ok({ scope: "engagement", role: "payer", asOf: day, currencies: recordOf(invoices, day) });
}

/**
 * An organisation's payment record across its engagements, for its own people: a client's
 * record as payer, a provider's as payee (how its clients pay it, with its receivables aged).
 */
export async function getOrgPaymentRecord(
  deps: AppDeps,
  actor: Actor,
  orgId: string,
  asOf: string | undefined,
): Promise<Result<PaymentRecord>> {
  const decided = decideOrgAction(actor, orgId, "view");
  if (decided !== "allowed") return fail(decided);
  const org = await findOrganisation(deps.db, orgId);
  if (!org) return fail("not_found");
  const role = org.kind === "client" ? "payer" : "payee";
  const day = asOf ?? todayOf(deps.clock);
  const rows = await listInvoicesOfOrg(deps.db, orgId, role);
  const invoices = await ageingInvoices(deps.db, rows);
  return ok({ scope: "organisation", role, asOf: day, currencies: recordOf(invoices, day) });
}

/**
 * An organisation's record as payer, for someone deciding whether to work for it (a provider
 * reading a published brief): no policy here, the caller decides who may read it.
 */
export async function readPayerRecord(deps: AppDeps, orgId: string): Promise<PaymentRecord> {
  const day = todayOf(deps.clock);
  const rows = await listInvoicesOfOrg(deps.db, orgId, "payer");
  const invoices = await ageingInvoices(deps.db, rows);
  return { scope: "organisation", role: "payer", asOf: day, currencies: recordOf(invoices, day) };
}
