import { useQuery } from "@tanstack/react-query";
import { getAllPages } from "../../../shared/api/api-client";
import type { Proposal } from "../../../shared/api/types";

export function getMyProposals(orgId: string): Promise<{ proposals: Proposal[] }> {
  return getAllPages(`/proposals?orgId=${encodeURIComponent(orgId)}`, "proposals");
}

/** A provider organisation's own proposals, in every state, whatever became of the briefs. */
export function useMyProposals(orgId: string) {
  const query = useQuery({
    queryKey: ["proposals", "of", orgId],
    queryFn: () => getMyProposals(orgId),
  });
  return {
    proposals: query.data?.proposals ?? [],
    isPending: query.isPending,
    error: query.error,
    refetch: () => void query.refetch(),
  };
}
