import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import { orgInvitationsQueryOptions } from "./get-org-invitations";

export function revokeInvitation(input: { orgId: string; invitationId: string }) {
  return api.delete<unknown>(
    `/orgs/${encodeURIComponent(input.orgId)}/invitations/${encodeURIComponent(input.invitationId)}`,
  );
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeInvitation,
    onSettled: (_result, _error, { orgId }) =>
      queryClient.invalidateQueries({ queryKey: orgInvitationsQueryOptions(orgId).queryKey }),
  });
}
