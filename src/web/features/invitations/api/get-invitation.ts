import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { InvitationPreview } from "../../../shared/api/types";

/** What the holder of an invitation link is invited to; the link's token is the key. */
export function getInvitation(token: string): Promise<InvitationPreview> {
  return api.get<InvitationPreview>(`/invitations/${encodeURIComponent(token)}`);
}

export function invitationQueryOptions(token: string) {
  return queryOptions({
    queryKey: ["invitations", token],
    queryFn: () => getInvitation(token),
  });
}

export function useInvitation(token: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...invitationQueryOptions(token), enabled });
}
