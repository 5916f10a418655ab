import { useMutation } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type {
  CreditNote,
  CreditNoteBody,
  InvoicePayment,
  RecordPaymentBody,
} from "../../../shared/api/types";
import { useRefreshBilling } from "./change-invoice";
import { invoicePath } from "./get-invoices";

/**
 * Either side records a payment; the other side confirms it. The key names this one payment:
 * sending the same request again with it answers the payment already recorded instead of
 * recording it twice.
 */
export function useRecordPayment(engagementId: string, invoiceId: string) {
  const refresh = useRefreshBilling(engagementId);
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: RecordPaymentBody; idempotencyKey: string }) =>
      api.post<InvoicePayment>(`${invoicePath(engagementId, invoiceId)}/payments`, body, {
        "Idempotency-Key": idempotencyKey,
      }),
    onSuccess: refresh,
  });
}

/** The side that did not record a payment confirms it (it then counts) or rejects it. */
export function useAnswerPayment(engagementId: string, invoiceId: string) {
  const refresh = useRefreshBilling(engagementId);
  return useMutation({
    mutationFn: ({ paymentId, decision }: { paymentId: string; decision: "confirm" | "reject" }) =>
      api.post<InvoicePayment>(
        `${invoicePath(engagementId, invoiceId)}/payments/${encodeURIComponent(paymentId)}/${decision}`,
      ),
    onSuccess: refresh,
  });
}

/** The provider lowers what an issued invoice asks for with a numbered credit note. */
export function useIssueCreditNote(engagementId: string, invoiceId: string) {
  const refresh = useRefreshBilling(engagementId);
  return useMutation({
    mutationFn: (body: CreditNoteBody) =>
      api.post<CreditNote>(`${invoicePath(engagementId, invoiceId)}/credit-notes`, body),
    onSuccess: refresh,
  });
}
