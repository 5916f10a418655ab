import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { Brief } from "../../../shared/api/types";

export function publishBrief(id: string): Promise<Brief> {
  return api.post<Brief>(`/briefs/${encodeURIComponent(id)}/publish`);
}

/** Opens the brief to providers; refused (422 `brief_not_publishable`) while a finding blocks. */
export function usePublishBrief() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishBrief,
    onSuccess: async (brief) => {
      queryClient.setQueryData(["briefs", brief.id], brief);
      await queryClient.invalidateQueries({ queryKey: ["briefs", "list"] });
    },
  });
}
