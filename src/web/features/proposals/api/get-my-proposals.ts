import { useQueries } from "@tanstack/react-query";
import type { Proposal } from "../../../shared/api/types";
import { useBriefs } from "../../briefs/api/get-briefs";
import { briefProposalsQueryOptions } from "./get-brief-proposals";

/**
 * A provider organisation's proposals, gathered brief by brief from the briefs it can answer.
 * The API has no list of one provider's proposals yet, so proposals to briefs that are no longer
 * published do not show here.
 */
export function useMyProposals(orgId: string) {
  const briefs = useBriefs(orgId);
  const results = useQueries({
    queries: (briefs.data?.briefs ?? []).map((brief) => briefProposalsQueryOptions(brief.id)),
  });
  const proposals: Proposal[] = results
    .flatMap((result) => result.data?.proposals ?? [])
    .filter((proposal) => proposal.provider.id === orgId)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return {
    proposals,
    isPending: briefs.isPending || results.some((result) => result.isPending),
    error: briefs.error ?? results.find((result) => result.error)?.error ?? null,
    refetch: () => void briefs.refetch(),
  };
}
