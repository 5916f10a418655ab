import type { Kysely } from "kysely";
import type { PayableInvoice } from "../../../domain/billing/payments";
import type { Database } from "../../db/schema";
import type { InvoiceRow } from "./invoices.repository";
import {
  listCreditNotes,
  listPayments,
  type CreditNoteRow,
  type PaymentRow,
} from "./payments.repository";

export interface InvoiceMoney {
  payments: PaymentRow[];
  creditNotes: CreditNoteRow[];
  /** The invoice as the payment rules read it. */
  payable: Omit<PayableInvoice, "payments" | "creditNotes"> & {
    payments: {
      amountMinor: number;
      status: PaymentRow["status"];
      paidOn: string;
      recordedBy: PaymentRow["recorded_side"];
    }[];
    creditNotes: { amountMinor: number; issuedOn: string }[];
  };
}

/** The invoice's payments and credit notes, read inside the caller's transaction. */
export async function invoiceMoney(
  db: Kysely<Database>,
  invoice: InvoiceRow,
): Promise<InvoiceMoney> {
  const [payments, creditNotes] = await Promise.all([
    listPayments(db, [invoice.id]),
    listCreditNotes(db, [invoice.id]),
  ]);
  return {
    payments,
    creditNotes,
    payable: {
      currency: invoice.currency,
      totalMinor: Number(invoice.total_minor),
      status: invoice.status,
      payments: payments.map((p) => ({
        amountMinor: Number(p.amount_minor),
        status: p.status,
        paidOn: p.paid_on,
        recordedBy: p.recorded_side,
      })),
      creditNotes: creditNotes.map((c) => ({
        amountMinor: Number(c.amount_minor),
        issuedOn: c.issued_on,
      })),
    },
  };
}
