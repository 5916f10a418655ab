import type { Invoice } from "../../shared/api/types";
import type { ChartPoint } from "../../shared/components/line-chart";

export interface MoneyOverTime {
  currency: string;
  /** What was invoiced, less credit notes, added up day by day (void invoices and drafts aside). */
  invoiced: ChartPoint[];
  /** What was paid and confirmed by both sides, added up by the day it was paid. */
  paid: ChartPoint[];
}

/** Running totals: one point per day that changed the sum, in day order. */
function runningTotal(changes: { day: string; minor: number }[]): ChartPoint[] {
  const byDay = new Map<string, number>();
  for (const change of changes) byDay.set(change.day, (byDay.get(change.day) ?? 0) + change.minor);
  let total = 0;
  return [...byDay]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, minor]) => {
      total += minor;
      return { at: day, value: total };
    });
}

/**
 * An engagement's money over time, in its invoices' currency (the first issued invoice's; an
 * engagement bills in the currency of its agreement), in minor units. Null before any invoice is
 * issued.
 */
export function moneyOverTime(invoices: readonly Invoice[]): MoneyOverTime | null {
  const issued = invoices.filter(
    (invoice) => invoice.status !== "draft" && invoice.status !== "void" && invoice.issueDate,
  );
  const currency = issued[0]?.currency;
  if (!currency) return null;
  const same = issued.filter((invoice) => invoice.currency === currency);
  return {
    currency,
    invoiced: runningTotal([
      ...same.map((invoice) => ({ day: invoice.issueDate ?? "", minor: invoice.totalMinor })),
      ...same.flatMap((invoice) =>
        invoice.creditNotes.map((note) => ({ day: note.issuedOn, minor: -note.amountMinor })),
      ),
    ]),
    paid: runningTotal(
      same.flatMap((invoice) =>
        invoice.payments
          .filter((payment) => payment.status === "confirmed")
          .map((payment) => ({ day: payment.paidOn, minor: payment.amountMinor })),
      ),
    ),
  };
}
