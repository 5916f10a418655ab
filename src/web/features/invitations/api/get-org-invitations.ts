import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { MemberInvitation } from "../../../shared/api/types";

export function getOrgInvitations(orgId: string): Promise<{ invitations: MemberInvitation[] }> {
  return api.get<{ invitations: MemberInvitation[] }>(
    `/orgs/${encodeURIComponent(orgId)}/invitations`,
  );
}

export function orgInvitationsQueryOptions(orgId: string) {
  return queryOptions({
    queryKey: ["orgs", orgId, "invitations"],
    queryFn: () => getOrgInvitations(orgId),
  });
}

export function useOrgInvitations(orgId: string) {
  return useQuery(orgInvitationsQueryOptions(orgId));
}
