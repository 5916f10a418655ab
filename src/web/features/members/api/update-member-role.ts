import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { Member, Role } from "../../../shared/api/types";

export function updateMemberRole(input: { orgId: string; userId: string; role: Role }) {
  const { orgId, userId, role } = input;
  return api.patch<Member>(
    `/orgs/${encodeURIComponent(orgId)}/members/${encodeURIComponent(userId)}`,
    { role },
  );
}

export function useUpdateMemberRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMemberRole,
    // The user may have changed their own role, which changes what the whole app lets them do.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["orgs"] }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["me"] }),
  });
}
