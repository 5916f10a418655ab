import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { AcceptInvitationResponse } from "../../../shared/api/types";

/** For an engagement invitation, `orgId` names the user's organisation that takes it. */
export function acceptInvitation(input: { token: string; orgId?: string }) {
  const body = input.orgId ? { orgId: input.orgId } : {};
  return api.post<AcceptInvitationResponse>(
    `/invitations/${encodeURIComponent(input.token)}/accept`,
    body,
  );
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    // A new membership or engagement touches most of what is cached. Not awaited: the person is
    // taken to the organisation or engagement at once, and the pages refresh behind them.
    onSuccess: () => {
      void queryClient.invalidateQueries();
    },
  });
}
