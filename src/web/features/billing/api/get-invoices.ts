import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, getAllPages } from "../../../shared/api/api-client";
import type { Invoice } from "../../../shared/api/types";

export const invoicesPath = (engagementId: string) =>
  `/engagements/${encodeURIComponent(engagementId)}/invoices`;

export const invoicePath = (engagementId: string, invoiceId: string) =>
  `${invoicesPath(engagementId)}/${encodeURIComponent(invoiceId)}`;

/** Every billing query of an engagement sits under this key, so one write refreshes them all. */
export const billingQueryKey = (engagementId: string) =>
  ["engagements", engagementId, "billing"] as const;

export const invoicesQueryKey = (engagementId: string) =>
  [...billingQueryKey(engagementId), "invoices"] as const;

export const invoiceQueryKey = (engagementId: string, invoiceId: string) =>
  [...invoicesQueryKey(engagementId), invoiceId] as const;

/** The engagement's invoices in the order they were drafted; a client sees them once issued. */
export function useInvoices(engagementId: string) {
  return useQuery(
    queryOptions({
      queryKey: invoicesQueryKey(engagementId),
      queryFn: () => getAllPages<"invoices", Invoice>(invoicesPath(engagementId), "invoices"),
    }),
  );
}

/** One invoice with its lines, tax groups, payments, credit notes and reminders. */
export function useInvoice(engagementId: string, invoiceId: string) {
  return useQuery(
    queryOptions({
      queryKey: invoiceQueryKey(engagementId, invoiceId),
      queryFn: () => api.get<Invoice>(invoicePath(engagementId, invoiceId)),
    }),
  );
}

/** The PDF is a download, fetched by the browser through a plain link with the session cookie. */
export function invoicePdfUrl(engagementId: string, invoiceId: string): string {
  return `/api/v1${invoicePath(engagementId, invoiceId)}/pdf`;
}

/** The printable page, standalone, in the reader's language. */
export function invoicePrintPath(engagementId: string, invoiceId: string): string {
  return `/engagements/${engagementId}/invoices/${invoiceId}/print`;
}

/** The invoice's page inside the engagement's Invoices tab. */
export function invoicePagePath(engagementId: string, invoiceId: string): string {
  return `/engagements/${engagementId}/invoices/${invoiceId}`;
}
