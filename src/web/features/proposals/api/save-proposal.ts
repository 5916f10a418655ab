import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { Proposal, ProposalTerms } from "../../../shared/api/types";

export function createProposal(briefId: string, orgId: string, terms: ProposalTerms) {
  return api.post<Proposal>(`/briefs/${encodeURIComponent(briefId)}/proposals`, { orgId, terms });
}

export function updateProposal(id: string, terms: ProposalTerms) {
  return api.put<Proposal>(`/proposals/${encodeURIComponent(id)}`, { terms });
}

/** Keeps the proposal's page, its brief's list and its provider's list in step. */
export async function storeProposal(queryClient: QueryClient, proposal: Proposal) {
  queryClient.setQueryData(["proposals", proposal.id], proposal);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ["briefs", proposal.briefId, "proposals"] }),
    queryClient.invalidateQueries({ queryKey: ["proposals", "of", proposal.provider.id] }),
  ]);
}

/** Starts a proposal as the provider's draft; the feasibility check comes back with it. */
export function useCreateProposal(briefId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ orgId, terms }: { orgId: string; terms: ProposalTerms }) =>
      createProposal(briefId, orgId, terms),
    onSuccess: (proposal) => storeProposal(queryClient, proposal),
  });
}

/** Rewrites a draft, or a proposal the client asked to revise. */
export function useUpdateProposal(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (terms: ProposalTerms) => updateProposal(id, terms),
    onSuccess: (proposal) => storeProposal(queryClient, proposal),
  });
}
