import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";

export function removeMember(input: { orgId: string; userId: string }): Promise<unknown> {
  return api.delete<unknown>(
    `/orgs/${encodeURIComponent(input.orgId)}/members/${encodeURIComponent(input.userId)}`,
  );
}

export function useRemoveMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeMember,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["orgs"] }),
        queryClient.invalidateQueries({ queryKey: ["me"] }),
      ]),
  });
}
