import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { Submission, SubmitBody } from "../../../shared/api/types";
import { deliveryQueryKey, engagementPath } from "./get-delivery";

/** After a round is handed in or judged, delivery, the scope summary and the timeline move. */
export function useRefreshDelivery(engagementId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: deliveryQueryKey(engagementId) }),
      queryClient.invalidateQueries({ queryKey: ["engagements", engagementId, "events"] }),
    ]);
}

/** The provider hands in a round of a deliverable, with the ids of the files it uploaded. */
export function useSubmitDeliverable(engagementId: string) {
  const refresh = useRefreshDelivery(engagementId);
  return useMutation({
    mutationFn: ({ deliverableId, body }: { deliverableId: string; body: SubmitBody }) =>
      api.post<Submission>(
        `${engagementPath(engagementId)}/deliverables/${encodeURIComponent(deliverableId)}/submissions`,
        body,
      ),
    onSuccess: refresh,
  });
}
