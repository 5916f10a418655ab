import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, getAllPages, toQueryString } from "../../../shared/api/api-client";
import type { RecordRefundBody, Refund, RefundList } from "../../../shared/api/types";
import { exitQueryKey } from "../../exits/api/get-exit";
import { billingQueryKey } from "./get-invoices";

export const refundsPath = (engagementId: string) =>
  `/engagements/${encodeURIComponent(engagementId)}/refunds`;

const refundsQueryKey = (engagementId: string) =>
  [...billingQueryKey(engagementId), "refunds"] as const;

/** The engagement's refunds, every page, with what the client paid and what may still go back. */
export function useRefunds(engagementId: string) {
  return useQuery(
    queryOptions({
      queryKey: refundsQueryKey(engagementId),
      queryFn: async (): Promise<RefundList> => {
        const path = refundsPath(engagementId);
        const first = await api.get<RefundList>(`${path}${toQueryString({ limit: 200 })}`);
        if (!first.nextCursor) return first;
        const all = await getAllPages<"refunds", Refund>(path, "refunds");
        return { ...first, refunds: all.refunds, nextCursor: null };
      },
    }),
  );
}

/** A refund moves the final settlement too: billing, the ledger and the exit are read again. */
function useRefreshAfterRefund(engagementId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [
        billingQueryKey(engagementId),
        ["engagements", engagementId, "events"],
        exitQueryKey(engagementId),
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
}

/** The provider records money it paid back to the client; the client then confirms it. */
export function useRecordRefund(engagementId: string) {
  const refresh = useRefreshAfterRefund(engagementId);
  return useMutation({
    mutationFn: (body: RecordRefundBody) => api.post<Refund>(refundsPath(engagementId), body),
    onSuccess: refresh,
  });
}

/** The client says whether a refund arrived: confirmed, it counts in the final settlement. */
export function useAnswerRefund(engagementId: string) {
  const refresh = useRefreshAfterRefund(engagementId);
  return useMutation({
    mutationFn: ({ refundId, decision }: { refundId: string; decision: "confirm" | "reject" }) =>
      api.post<Refund>(`${refundsPath(engagementId)}/${encodeURIComponent(refundId)}/${decision}`),
    onSuccess: refresh,
  });
}
