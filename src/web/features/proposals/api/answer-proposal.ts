import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { Proposal } from "../../../shared/api/types";
import { storeProposal } from "./save-proposal";

const path = (id: string, action: string) => `/proposals/${encodeURIComponent(id)}/${action}`;

/** Sends the proposal to the client; refused (422) while a feasibility finding blocks. */
export function useSubmitProposal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Proposal>(path(id, "submit")),
    onSuccess: (proposal) => storeProposal(queryClient, proposal),
  });
}

/**
 * The provider takes its proposal back before the client has answered it: the client can no
 * longer accept it, and the brief's list shows it withdrawn (so "Write a proposal" comes back).
 */
export function useWithdrawProposal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Proposal>(path(id, "withdraw")),
    onSuccess: (proposal) => storeProposal(queryClient, proposal),
  });
}

/** The client declines, saying why; the provider reads the reason. */
export function useDeclineProposal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api.post<Proposal>(path(id, "decline"), { reason }),
    onSuccess: (proposal) => storeProposal(queryClient, proposal),
  });
}

/** The client asks for changes; the provider reads the note, edits and sends again. */
export function useRequestRevision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) =>
      api.post<Proposal>(path(id, "request-revision"), { note }),
    onSuccess: (proposal) => storeProposal(queryClient, proposal),
  });
}

/**
 * The client accepts: an engagement starts with the proposal as its agreement's draft, and the
 * brief closes (the other providers are told) unless the client keeps it open. The answer is
 * the accepted proposal, which names the engagement.
 */
export function useAcceptProposal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, keepBriefOpen }: { id: string; keepBriefOpen: boolean }) =>
      api.post<Proposal>(path(id, "accept"), { keepBriefOpen }),
    onSuccess: async (proposal) => {
      await storeProposal(queryClient, proposal);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ["briefs"] }),
        queryClient.invalidateQueries({ queryKey: ["engagements"] }),
      ]);
    },
  });
}
