import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { Engagement, StartEngagementBody } from "../../../shared/api/types";

export function startEngagement(body: StartEngagementBody): Promise<Engagement> {
  return api.post<Engagement>("/engagements", body);
}

export function useStartEngagement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startEngagement,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["engagements", "list"] }),
  });
}
