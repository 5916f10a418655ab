import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";

export interface ShortlistInput {
  providerOrgId: string;
  isInvited: boolean;
}

export function shortlistProvider(briefId: string, input: ShortlistInput): Promise<{ ok: true }> {
  return api.post(`/briefs/${encodeURIComponent(briefId)}/shortlist`, input);
}

/** Keeps a provider on the brief's shortlist, or invites it to propose. */
export function useShortlistProvider(briefId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ShortlistInput) => shortlistProvider(briefId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["briefs", briefId, "matches"] }),
  });
}
