import type { Kysely } from "kysely";
import type { LateInterest } from "../../../contracts/billing";
import {
  claimableLateInterest,
  type LateInterestClaim,
  type LateInterestClaimed,
} from "../../../domain/billing/late-interest-claim";
import {
  computeLateInterest,
  type LateInterestComputation,
  type LateInterestNote,
} from "../../../domain/billing/late-interest";
import { sumExact } from "../../../domain/billing/rounding";
import { type Unworded, wording } from "../../platform/wording";
import type { Database } from "../../db/schema";
import { fail, ok, type Result } from "../../platform/result";
import { day } from "../../../domain/findings";
import { invoiceMoney } from "./invoice-money";
import { listLateInterestClaims, type InvoiceRow } from "./invoices.repository";
import { listRecoveryCompensation, listReferenceRates } from "./rates.repository";

export interface InvoiceLateInterest {
  computation: LateInterestComputation;
  claimed: LateInterestClaimed;
  claimable: LateInterestClaim;
}

function nothingFor(invoice: InvoiceRow, asOf: string, note: LateInterestNote) {
  return {
    currency: invoice.currency,
    dueDate: invoice.due_date ?? asOf,
    asOf,
    lines: [],
    interestMinor: 0,
    compensationMinor: null,
    totalMinor: 0,
    notes: [note],
  };
}

/**
 * Statutory late interest on one invoice as of a day, line by line, with what earlier
 * late-interest invoices already claim and what is left to claim. It follows the agreement the
 * invoice was issued under, counts credit notes issued by that day and confirmed payments, and
 * reads the reference rates and recovery amounts from the tables operators keep. A draft or a
 * void invoice owes nothing, so it accrues nothing.
 */
export async function lateInterestOf(
  db: Kysely<Database>,
  invoice: InvoiceRow,
  asOf: string,
): Promise<Result<InvoiceLateInterest>> {
  const claims = await listLateInterestClaims(db, invoice.engagement_id, invoice.id);
  const claimed = {
    interestMinor: Number(sumExact(claims.map((c) => Number(c.claimed_interest_minor ?? 0)))),
    isCompensationClaimed: claims.some((c) => Number(c.claimed_compensation_minor ?? 0) > 0),
  };
  let computation: LateInterestComputation;
  if (invoice.due_date === null || invoice.status === "void") {
    computation = nothingFor(invoice, asOf, "not_overdue");
  } else {
    const money = await invoiceMoney(db, invoice);
    const credited = sumExact(
      money.payable.creditNotes.filter((c) => c.issuedOn <= asOf).map((c) => c.amountMinor),
    );
    const [referenceRates, recoveryCompensation] = await Promise.all([
      listReferenceRates(db, invoice.currency),
      listRecoveryCompensation(db),
    ]);
    const result = computeLateInterest({
      terms: { statutoryLateInterest: Number(invoice.is_late_interest_agreed) === 1 },
      currency: invoice.currency,
      amountDueMinor: Number(BigInt(invoice.total_minor) - credited),
      dueDate: invoice.due_date,
      payments: money.payable.payments,
      asOf,
      referenceRates,
      recoveryCompensation,
    });
    if (!result.ok) {
      return fail("reference_rate_missing", {
        currency: result.currency,
        halfYearStart: day(result.halfYearStart),
      });
    }
    computation = result.computation;
  }
  return ok({ computation, claimed, claimable: claimableLateInterest(computation, claimed) });
}

export function presentLateInterest(
  invoice: InvoiceRow,
  found: InvoiceLateInterest,
): Unworded<LateInterest, "message"> {
  const { computation: c } = found;
  return {
    invoiceId: invoice.id,
    number: invoice.number,
    currency: c.currency,
    dueDate: invoice.due_date,
    asOf: c.asOf,
    isAgreed: Number(invoice.is_late_interest_agreed) === 1,
    lines: c.lines,
    interestMinor: c.interestMinor,
    compensationMinor: c.compensationMinor,
    totalMinor: c.totalMinor,
    notes: c.notes.map((code) => ({
      code,
      message: wording(`billing.lateInterest.${code}`),
    })),
    claimed: found.claimed,
    claimable: found.claimable,
  };
}
