import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import { invitationQueryOptions } from "./get-invitation";

export function declineInvitation(input: { token: string }) {
  return api.post<unknown>(`/invitations/${encodeURIComponent(input.token)}/decline`);
}

export function useDeclineInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: declineInvitation,
    onSuccess: (_result, { token }) =>
      queryClient.invalidateQueries({ queryKey: invitationQueryOptions(token).queryKey }),
  });
}
