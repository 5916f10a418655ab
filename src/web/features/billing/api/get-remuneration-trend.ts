import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { RemunerationTrend } from "../../../shared/api/types";
import { billingQueryKey } from "./get-invoices";

/** The effective rate of each agreement version, with cuts in pay not matched by scope. */
export function useRemunerationTrend(engagementId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...billingQueryKey(engagementId), "remuneration-trend"],
      queryFn: () =>
        api.get<RemunerationTrend>(
          `/engagements/${encodeURIComponent(engagementId)}/remuneration-trend`,
        ),
    }),
  );
}
