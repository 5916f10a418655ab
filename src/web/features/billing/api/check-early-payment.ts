import { useMutation } from "@tanstack/react-query";
import { api, toQueryString } from "../../../shared/api/api-client";
import type { EarlyPaymentCheck } from "../../../shared/api/types";
import { invoicePath } from "./get-invoices";

/**
 * Prices an offer to pay less, sooner: whether it is a discount for speed and what it costs
 * the provider as a yearly rate. A read, run on demand like a form, so it is a mutation.
 */
export function useCheckEarlyPayment(engagementId: string, invoiceId: string) {
  return useMutation({
    mutationFn: (offer: { offeredMinor: number; payOn: string }) =>
      api.get<EarlyPaymentCheck>(
        `${invoicePath(engagementId, invoiceId)}/early-payment-check${toQueryString(offer)}`,
      ),
  });
}
