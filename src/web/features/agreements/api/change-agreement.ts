import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { AgreementTerms, AgreementVersion } from "../../../shared/api/types";
import { agreementPath } from "./get-agreement";

/**
 * After any change everything read from the engagement may be out of date: the agreement, the
 * timeline, and delivery and changes (a signed amendment applies changes and moves limits).
 */
function useRefreshAgreement(engagementId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ["engagements", engagementId] });
}

/**
 * Saves the draft. `baseHash` is the hash of the text the editor started from: if the other
 * side saved in between, the server answers 409 `agreement_stale` and nothing is overwritten.
 */
export function useEditDraft(engagementId: string) {
  const refresh = useRefreshAgreement(engagementId);
  return useMutation({
    mutationFn: (body: { terms: AgreementTerms; baseHash: string }) =>
      api.put<AgreementVersion>(`${agreementPath(engagementId)}/draft`, body),
    onSuccess: refresh,
  });
}

/** Signs a version for the signer's side, stating the hash of the text they read. */
export function useSignVersion(engagementId: string) {
  const refresh = useRefreshAgreement(engagementId);
  return useMutation({
    mutationFn: ({
      version,
      contentHash,
      acknowledgedFindings,
    }: {
      version: number;
      contentHash: string;
      acknowledgedFindings: string[];
    }) =>
      api.post<unknown>(`${agreementPath(engagementId)}/versions/${version}/sign`, {
        contentHash,
        acknowledgedFindings,
      }),
    onSuccess: refresh,
  });
}

/** Opens an amendment: a new draft, while the version in force stays in force. */
export function useOpenAmendment(engagementId: string) {
  const refresh = useRefreshAgreement(engagementId);
  return useMutation({
    mutationFn: () => api.post<AgreementVersion>(`${agreementPath(engagementId)}/amendments`),
    onSuccess: refresh,
  });
}
