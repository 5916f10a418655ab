import { useMutation } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { EvaluateBody, Submission } from "../../../shared/api/types";
import { engagementPath } from "./get-delivery";
import { useRefreshDelivery } from "./submit-deliverable";

/** The client judges a round on each agreed criterion; remarks outside them cannot block it. */
export function useEvaluateSubmission(engagementId: string) {
  const refresh = useRefreshDelivery(engagementId);
  return useMutation({
    mutationFn: ({ submissionId, body }: { submissionId: string; body: EvaluateBody }) =>
      api.post<Submission>(
        `${engagementPath(engagementId)}/submissions/${encodeURIComponent(submissionId)}/evaluation`,
        body,
      ),
    onSuccess: refresh,
  });
}
