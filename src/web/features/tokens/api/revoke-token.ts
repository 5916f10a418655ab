import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";

export function revokeToken(input: { tokenId: string }): Promise<unknown> {
  return api.delete<unknown>(`/tokens/${encodeURIComponent(input.tokenId)}`);
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeToken,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["tokens"] }),
  });
}
