import { money, type Finding } from "../findings";
import type { InvoiceCode, InvoiceTotals } from "./invoice";

/**
 * The most one invoice, one line, one payment or one credit note may ask for, in minor units:
 * 1,000,000,000,000 (ten thousand million in a currency with cents, e.g. EUR 10,000,000,000.00).
 * No engagement comes near it; an amount beyond it is a typing or integration error, refused
 * before it reaches an invoice. Shared by the API contracts and the web forms.
 */
export const MAX_INVOICE_AMOUNT_MINOR = 1_000_000_000_000;

export type InvoiceSanityCode = Extract<InvoiceCode, "invoice_exceeds_agreement">;

export interface AgreementBalance {
  currency: string;
  /** What the agreement in force lets the provider invoice in all; null when it sets no total. */
  agreedMinor: number | null;
  /** Approved changes not yet written into the agreement: their price is owed too. */
  pendingChangesMinor: number;
  /** What the engagement's other issued invoices (void and late interest aside) already ask. */
  invoicedMinor: number;
}

/** What the agreement still leaves to invoice, never below zero; null without an agreed total. */
export function leftToInvoice(balance: AgreementBalance): number | null {
  if (balance.agreedMinor === null) return null;
  return Math.max(0, balance.agreedMinor + balance.pendingChangesMinor - balance.invoicedMinor);
}

/**
 * Sanity of a draft's amount (net of tax, as the agreement states prices): a warning, which
 * does not block, when it asks for more than the agreement leaves to invoice (the provider may
 * have a reason, such as agreed extra work, but it should see it before issuing).
 */
export function checkInvoiceAmount(
  subtotalMinor: number,
  balance: AgreementBalance | null,
): Finding<InvoiceSanityCode>[] {
  const left = balance ? leftToInvoice(balance) : null;
  if (balance && left !== null && subtotalMinor > left) {
    return [
      {
        code: "invoice_exceeds_agreement",
        severity: "warning",
        path: "lines",
        values: {
          total: money(left, balance.currency),
          rate: money(subtotalMinor, balance.currency),
          currency: balance.currency,
        },
      },
    ];
  }
  return [];
}

/**
 * Beyond the documented maximum an amount is an error, not an invoice: blocking, with the limit
 * as money of the invoice's currency. (The totals themselves stay exact far beyond it.)
 */
export function checkInvoiceMaximum(
  totals: Pick<InvoiceTotals, "totalMinor" | "currency">,
): Finding<InvoiceCode>[] {
  return totals.totalMinor > MAX_INVOICE_AMOUNT_MINOR
    ? [
        {
          code: "invoice_amount_too_large",
          severity: "blocking",
          path: "lines",
          values: {
            total: money(MAX_INVOICE_AMOUNT_MINOR, totals.currency),
            currency: totals.currency,
          },
        },
      ]
    : [];
}
