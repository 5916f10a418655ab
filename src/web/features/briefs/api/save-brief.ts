import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { Brief, BriefBody, UpdateBriefBody } from "../../../shared/api/types";

export function createBrief(body: BriefBody): Promise<Brief> {
  return api.post<Brief>("/briefs", body);
}

export function updateBrief(id: string, body: UpdateBriefBody): Promise<Brief> {
  return api.put<Brief>(`/briefs/${encodeURIComponent(id)}`, body);
}

/** Starts a brief as a draft; the clarity check comes back with it. */
export function useCreateBrief() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBrief,
    onSuccess: async (brief) => {
      queryClient.setQueryData(["briefs", brief.id], brief);
      await queryClient.invalidateQueries({ queryKey: ["briefs", "list"] });
    },
  });
}

/** Rewrites a draft; the answer carries the fresh clarity check. */
export function useUpdateBrief(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateBriefBody) => updateBrief(id, body),
    onSuccess: async (brief) => {
      queryClient.setQueryData(["briefs", id], brief);
      await queryClient.invalidateQueries({ queryKey: ["briefs", "list"] });
    },
  });
}
