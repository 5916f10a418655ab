import { daysBetween } from "./calendar";
import type { InvoiceStatus } from "./invoice-status";
import type { CreditNote, Payment } from "./payments";
import { divideRoundingHalfUp, sumExact } from "./rounding";

/** An invoice as ageing and the payment record read it. */
export interface AgeingInvoice {
  currency: string;
  totalMinor: number;
  dueDate: string;
  status: InvoiceStatus;
  payments: readonly Pick<Payment, "amountMinor" | "paidOn" | "status">[];
  creditNotes: readonly CreditNote[];
}

export const AGEING_BUCKETS = [
  "current",
  "days_1_15",
  "days_16_30",
  "days_31_60",
  "over_60",
] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];

/** Which bucket a number of days past due falls in; 0 or less (due today or later) is current. */
export function ageingBucketOf(daysPastDue: number): AgeingBucket {
  if (daysPastDue <= 0) return "current";
  if (daysPastDue <= 15) return "days_1_15";
  if (daysPastDue <= 30) return "days_16_30";
  if (daysPastDue <= 60) return "days_31_60";
  return "over_60";
}

export interface CurrencyAgeing {
  currency: string;
  buckets: Record<AgeingBucket, number>;
  outstandingMinor: number;
  /** Outstanding on invoices past their due date: every bucket but `current`. */
  overdueMinor: number;
}

// Every reading below is of the invoice as it stood at the end of `asOf`: drafts and void
// invoices never count, and only confirmed payments and credit notes dated on or before `asOf`
// reduce it, so the view of a past day does not change when later money arrives.
function isCounted(invoice: AgeingInvoice): boolean {
  return invoice.status !== "draft" && invoice.status !== "void";
}

function confirmedBy(invoice: AgeingInvoice, asOf: string) {
  return invoice.payments.filter((p) => p.status === "confirmed" && p.paidOn <= asOf);
}

function outstandingOn(invoice: AgeingInvoice, asOf: string): bigint {
  const credits = invoice.creditNotes.filter((c) => c.issuedOn <= asOf);
  return (
    BigInt(invoice.totalMinor) -
    sumExact(credits.map((c) => c.amountMinor)) -
    sumExact(confirmedBy(invoice, asOf).map((p) => p.amountMinor))
  );
}

/**
 * The day the invoice was settled (nothing left outstanding), counting payments and credit
 * notes up to `asOf`; null while something is still owed.
 */
export function settledOn(invoice: AgeingInvoice, asOf: string): string | null {
  const events = [
    ...confirmedBy(invoice, asOf).map((p) => ({ on: p.paidOn, amountMinor: p.amountMinor })),
    ...invoice.creditNotes
      .filter((c) => c.issuedOn <= asOf)
      .map((c) => ({ on: c.issuedOn, amountMinor: c.amountMinor })),
  ].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  let remaining = BigInt(invoice.totalMinor);
  for (const event of events) {
    remaining -= BigInt(event.amountMinor);
    if (remaining <= 0n) return event.on;
  }
  return null;
}

function byCurrency(invoices: readonly AgeingInvoice[]): [string, AgeingInvoice[]][] {
  const groups = new Map<string, AgeingInvoice[]>();
  for (const invoice of invoices.filter(isCounted)) {
    groups.set(invoice.currency, [...(groups.get(invoice.currency) ?? []), invoice]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
}

/**
 * Outstanding amounts by how long they are past due on `asOf`, one result per currency (amounts
 * in different currencies are never added). Buckets: current (not yet due, or due that day),
 * 1–15, 16–30, 31–60 and over 60 days past due.
 */
export function ageOutstanding(invoices: readonly AgeingInvoice[], asOf: string): CurrencyAgeing[] {
  return byCurrency(invoices).map(([currency, group]) => {
    const buckets = Object.fromEntries(AGEING_BUCKETS.map((b) => [b, 0n])) as Record<
      AgeingBucket,
      bigint
    >;
    for (const invoice of group) {
      const outstanding = outstandingOn(invoice, asOf);
      if (outstanding <= 0n) continue;
      const bucket = ageingBucketOf(daysBetween(invoice.dueDate, asOf));
      buckets[bucket] += outstanding;
    }
    const total = AGEING_BUCKETS.reduce((sum, b) => sum + buckets[b], 0n);
    return {
      currency,
      buckets: Object.fromEntries(AGEING_BUCKETS.map((b) => [b, Number(buckets[b])])) as Record<
        AgeingBucket,
        number
      >,
      outstandingMinor: Number(total),
      overdueMinor: Number(total - buckets.current),
    };
  });
}

export interface CurrencyPaymentRecord {
  currency: string;
  /**
   * Days past due of every amount, weighted by value, to one decimal: money paid counts the days
   * it was late when paid, money still owed past its due date counts the days it is late on
   * `asOf`. Null when nothing was paid yet and nothing is overdue.
   */
  averageDaysPastDue: number | null;
  /** What was paid (confirmed) on the invoices, up to `asOf`: with `overdueMinor`, the weights. */
  paidMinor: number;
  /** Invoices settled on or before their due date, out of those whose outcome is known. */
  onTime: { count: number; of: number; rateBasisPoints: number | null };
  outstandingMinor: number;
  overdueMinor: number;
}

/**
 * How a client pays, per currency, as of a day: the input to its payment record on the
 * engagement and on the organisation (the caller chooses the invoices).
 * - Average days past due weighs each amount by its value, so a large invoice paid late weighs
 *   more than a small one paid on time: each confirmed payment by the days it came after the due
 *   date, and what is still owed past the due date by the days it is late on `asOf` (an invoice
 *   left unpaid is the latest payment of all; leaving it out would show "0 days" beside an
 *   overdue total). A payment made before its due date counts 0 days, not negative ones: paying
 *   early is welcome but must not hide other late payments. Money owed but not yet due is not
 *   counted: nobody is late with it yet.
 * - The on-time rate counts invoices: settled on or before the due date, out of invoices either
 *   settled or already past due unsettled (those are late whatever happens next). Open
 *   invoices not yet due, and invoices settled by credit notes alone (nothing was paid), are
 *   not counted.
 */
export function paymentRecord(
  invoices: readonly AgeingInvoice[],
  asOf: string,
): CurrencyPaymentRecord[] {
  const ageing = new Map(ageOutstanding(invoices, asOf).map((a) => [a.currency, a]));
  return byCurrency(invoices).map(([currency, group]) => {
    let weightedDays = 0n;
    let weights = 0n;
    let onTime = 0;
    let decided = 0;
    let paid = 0n;
    for (const invoice of group) {
      const payments = confirmedBy(invoice, asOf);
      const settled = settledOn(invoice, asOf);
      for (const payment of payments) {
        const daysLate = Math.max(0, daysBetween(invoice.dueDate, payment.paidOn));
        weightedDays += BigInt(daysLate) * BigInt(payment.amountMinor);
        weights += BigInt(payment.amountMinor);
        paid += BigInt(payment.amountMinor);
      }
      if (settled !== null && payments.length > 0) {
        decided += 1;
        if (settled <= invoice.dueDate) onTime += 1;
      } else if (settled === null && invoice.dueDate < asOf) {
        decided += 1;
        const owed = outstandingOn(invoice, asOf);
        if (owed > 0n) {
          weightedDays += BigInt(daysBetween(invoice.dueDate, asOf)) * owed;
          weights += owed;
        }
      }
    }
    const totals = ageing.get(currency);
    return {
      currency,
      averageDaysPastDue:
        weights > 0n ? Number(divideRoundingHalfUp(weightedDays * 10n, weights)) / 10 : null,
      paidMinor: Number(paid),
      onTime: {
        count: onTime,
        of: decided,
        rateBasisPoints:
          decided > 0
            ? Number(divideRoundingHalfUp(BigInt(onTime) * 10_000n, BigInt(decided)))
            : null,
      },
      outstandingMinor: totals?.outstandingMinor ?? 0,
      overdueMinor: totals?.overdueMinor ?? 0,
    };
  });
}
