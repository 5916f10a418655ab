import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { Engagement } from "../../../shared/api/types";

export function withdrawEngagement(id: string): Promise<Engagement> {
  return api.post<Engagement>(`/engagements/${encodeURIComponent(id)}/withdraw`);
}

/** The proposing side takes back its pending engagement; the page and the lists show it so. */
export function useWithdrawEngagement(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => withdrawEngagement(id),
    onSuccess: async (withdrawn) => {
      queryClient.setQueryData(["engagements", id], withdrawn);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ["engagements", id, "events"] }),
        queryClient.invalidateQueries({ queryKey: ["engagements", "list"] }),
      ]);
    },
  });
}
