import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { PaymentRecord } from "../../../shared/api/types";
import { billingQueryKey } from "./get-invoices";

/** How the engagement's client pays: days past due, on-time rate, outstanding, ageing. */
export function useEngagementPaymentRecord(engagementId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...billingQueryKey(engagementId), "payment-record"],
      queryFn: () =>
        api.get<PaymentRecord>(`/engagements/${encodeURIComponent(engagementId)}/payment-record`),
    }),
  );
}

/** An organisation's record across its engagements: as payer (client) or payee (provider). */
export function useOrgPaymentRecord(orgId: string) {
  return useQuery(
    queryOptions({
      queryKey: ["orgs", orgId, "billing", "payment-record"],
      queryFn: () => api.get<PaymentRecord>(`/orgs/${encodeURIComponent(orgId)}/payment-record`),
    }),
  );
}
