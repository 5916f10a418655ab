import { queryOptions, useQuery } from "@tanstack/react-query";
import { getAllPages } from "../../../shared/api/api-client";
import type { Proposal } from "../../../shared/api/types";

export function getBriefProposals(briefId: string): Promise<{ proposals: Proposal[] }> {
  return getAllPages(`/briefs/${encodeURIComponent(briefId)}/proposals`, "proposals");
}

export function briefProposalsQueryOptions(briefId: string) {
  return queryOptions({
    queryKey: ["briefs", briefId, "proposals"],
    queryFn: () => getBriefProposals(briefId),
  });
}

/** The client sees every proposal sent to its brief; a provider sees its own, in any state. */
export function useBriefProposals(briefId: string, { enabled = true } = {}) {
  return useQuery({ ...briefProposalsQueryOptions(briefId), enabled });
}
