import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { LateInterest } from "../../../shared/api/types";
import { invoicePath, invoiceQueryKey } from "./get-invoices";

/**
 * Statutory late interest on an issued invoice, line by line, as of today: both sides read it
 * before anything is invoiced.
 */
export function useLateInterest(engagementId: string, invoiceId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...invoiceQueryKey(engagementId, invoiceId), "late-interest"],
      queryFn: () => api.get<LateInterest>(`${invoicePath(engagementId, invoiceId)}/late-interest`),
    }),
  );
}
