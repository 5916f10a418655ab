import type { EarlyPaymentCheck } from "../../../contracts/billing";
import { outstandingMinor } from "../../../domain/billing/payments";
import { checkDiscountForSpeed } from "../../../domain/billing/remuneration-trend";
import { share } from "../../../domain/findings";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { type Unworded, wording } from "../../platform/wording";
import { findBillingViewer } from "./billing.policy";
import { invoiceMoney } from "./invoice-money";
import { findVisibleInvoice } from "./read-invoices";

/**
 * Prices an offer to pay less, sooner, on an open invoice: `offeredMinor` on `payOn` instead
 * of what is owed on the due date. When it is such an offer, Accord says so and what it costs
 * the provider as a yearly rate, so neither side mistakes a cut in pay for a courtesy.
 */
export async function checkEarlyPayment(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  invoiceId: string,
  offer: { offeredMinor: number; payOn: string },
): Promise<Result<Unworded<EarlyPaymentCheck, "message">>> {
  const viewer = await findBillingViewer(deps.db, actor, engagementId);
  if (!viewer.ok) return viewer;
  const found = await findVisibleInvoice(deps.db, viewer.value.side, engagementId, invoiceId);
  if (!found.ok) return found;
  const invoice = found.value;
  const money = await invoiceMoney(deps.db, invoice);
  const owed = outstandingMinor(
    money.payable.totalMinor,
    money.payable.payments,
    money.payable.creditNotes,
  );
  const isOpen = invoice.status === "issued" || invoice.status === "partly_paid";
  if (!isOpen || invoice.due_date === null || owed <= 0) {
    return fail("invoice_not_payable", { status: invoice.status });
  }
  const finding = checkDiscountForSpeed({
    originalMinor: owed,
    offeredMinor: offer.offeredMinor,
    originalDueDate: invoice.due_date,
    offeredDueDate: offer.payOn,
  });
  if (!finding) return ok({ invoiceId, finding: null });
  const values = finding.values ?? {};
  return ok({
    invoiceId,
    finding: {
      code: finding.code,
      severity: finding.severity,
      path: finding.path,
      values: Object.fromEntries(
        Object.entries(values).filter(
          (entry): entry is [string, string | number] => typeof entry[1] !== "object",
        ),
      ),
      message: wording("billing.trend.discount_for_speed", {
        discount: { minor: Number(values.discountMinor ?? 0), currency: invoice.currency },
        discountShare: share(Number(values.discountBasisPoints ?? 0)),
        daysSooner: Number(values.daysSooner ?? 0),
        annualRate: share(Number(values.annualRateBasisPoints ?? 0)),
      }),
    },
  });
}
