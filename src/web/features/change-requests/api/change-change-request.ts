import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type {
  ChangeRequest,
  DeclineChangeBody,
  PriceChangeBody,
  ProposeChangeBody,
} from "../../../shared/api/types";
import { changeRequestsPath, changeRequestsQueryKey } from "./get-change-requests";

/**
 * A change moves the list, the scope summary and remarks on the delivery tab, the timeline, and
 * once approved the agreement (a new version in force, or an amendment to sign).
 */
function useRefreshChanges(engagementId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [
        changeRequestsQueryKey(engagementId),
        ["engagements", engagementId, "delivery"],
        ["engagements", engagementId, "events"],
        ["engagements", engagementId, "agreement"],
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
}

const changePath = (engagementId: string, changeRequestId: string, action: string) =>
  `${changeRequestsPath(engagementId)}/${encodeURIComponent(changeRequestId)}/${action}`;

/** Either side proposes a change; with `fromRemarkId` it turns that remark into the change. */
export function useProposeChange(engagementId: string) {
  const refresh = useRefreshChanges(engagementId);
  return useMutation({
    mutationFn: (body: ProposeChangeBody) =>
      api.post<ChangeRequest>(changeRequestsPath(engagementId), body),
    onSuccess: refresh,
  });
}

/** The provider prices a proposed change: effort, price and schedule impact. */
export function usePriceChange(engagementId: string) {
  const refresh = useRefreshChanges(engagementId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: PriceChangeBody }) =>
      api.post<ChangeRequest>(changePath(engagementId, id, "price"), body),
    onSuccess: refresh,
  });
}

/** The provider declines an unpriced change, the client a priced one; always with a reason. */
export function useDeclineChange(engagementId: string) {
  const refresh = useRefreshChanges(engagementId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: DeclineChangeBody }) =>
      api.post<ChangeRequest>(changePath(engagementId, id, "decline"), body),
    onSuccess: refresh,
  });
}

/** Whoever proposed a change withdraws it before it is decided. */
export function useWithdrawChange(engagementId: string) {
  const refresh = useRefreshChanges(engagementId);
  return useMutation({
    mutationFn: (id: string) => api.post<ChangeRequest>(changePath(engagementId, id, "withdraw")),
    onSuccess: refresh,
  });
}

/** The client approves a priced change: acknowledged at once, or an amendment both sign. */
export function useApproveChange(engagementId: string) {
  const refresh = useRefreshChanges(engagementId);
  return useMutation({
    mutationFn: (id: string) => api.post<ChangeRequest>(changePath(engagementId, id, "approve")),
    onSuccess: refresh,
  });
}
