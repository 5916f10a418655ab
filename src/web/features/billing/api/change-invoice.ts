import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type {
  CreateInvoiceBody,
  Invoice,
  IssueInvoiceBody,
  UpdateInvoiceBody,
  VoidInvoiceBody,
} from "../../../shared/api/types";
import { billingQueryKey, invoicePath, invoicesPath } from "./get-invoices";

/**
 * An invoice write moves the list, the invoice, the payment record, the late-interest view
 * and the timeline (issuing, voiding and payments are ledger events).
 */
export function useRefreshBilling(engagementId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [billingQueryKey(engagementId), ["engagements", engagementId, "events"]].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

/** The provider drafts an invoice from a milestone, a change, a retainer period, or by hand. */
export function useCreateInvoice(engagementId: string) {
  const refresh = useRefreshBilling(engagementId);
  return useMutation({
    mutationFn: (body: CreateInvoiceBody) => api.post<Invoice>(invoicesPath(engagementId), body),
    onSuccess: refresh,
  });
}

/** The provider edits a draft: its note, its tax rate and, by hand, its lines. */
export function useUpdateInvoice(engagementId: string, invoiceId: string) {
  const refresh = useRefreshBilling(engagementId);
  return useMutation({
    mutationFn: (body: UpdateInvoiceBody) =>
      api.put<Invoice>(invoicePath(engagementId, invoiceId), body),
    onSuccess: refresh,
  });
}

/** The provider issues a draft: a number, the issue date and the due date from the terms. */
export function useIssueInvoice(engagementId: string, invoiceId: string) {
  const refresh = useRefreshBilling(engagementId);
  return useMutation({
    mutationFn: (body: IssueInvoiceBody) =>
      api.post<Invoice>(`${invoicePath(engagementId, invoiceId)}/issue`, body),
    onSuccess: refresh,
  });
}

/** The provider voids a draft or an unpaid issued invoice, with a reason the client reads. */
export function useVoidInvoice(engagementId: string, invoiceId: string) {
  const refresh = useRefreshBilling(engagementId);
  return useMutation({
    mutationFn: (body: VoidInvoiceBody) =>
      api.post<Invoice>(`${invoicePath(engagementId, invoiceId)}/void`, body),
    onSuccess: refresh,
  });
}

/** The provider drafts an invoice of the late interest not yet claimed, as of today. */
export function useInvoiceLateInterest(engagementId: string, invoiceId: string) {
  const refresh = useRefreshBilling(engagementId);
  return useMutation({
    mutationFn: () =>
      api.post<Invoice>(`${invoicePath(engagementId, invoiceId)}/late-interest/invoice`),
    onSuccess: refresh,
  });
}
