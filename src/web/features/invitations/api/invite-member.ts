import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { InviteMemberBody, MemberInvitation } from "../../../shared/api/types";
import { orgInvitationsQueryOptions } from "./get-org-invitations";

export function inviteMember(input: { orgId: string } & InviteMemberBody) {
  const { orgId, ...body } = input;
  return api.post<MemberInvitation>(`/orgs/${encodeURIComponent(orgId)}/invitations`, body);
}

export function useInviteMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteMember,
    onSuccess: (_invitation, { orgId }) =>
      queryClient.invalidateQueries({ queryKey: orgInvitationsQueryOptions(orgId).queryKey }),
  });
}
