import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { Proposal } from "../../../shared/api/types";

export function getProposal(id: string): Promise<Proposal> {
  return api.get<Proposal>(`/proposals/${encodeURIComponent(id)}`);
}

export function proposalQueryOptions(id: string) {
  return queryOptions({ queryKey: ["proposals", id], queryFn: () => getProposal(id) });
}

/** One proposal with its feasibility findings against the brief, in the reader's language. */
export function useProposal(id: string) {
  return useQuery(proposalQueryOptions(id));
}
