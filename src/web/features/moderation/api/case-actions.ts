import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type {
  DecideAppealBody,
  DecideCaseBody,
  ModerationCase,
  ReportBody,
} from "../moderation-types";
import { moderationQueryKey } from "./get-cases";

const casePath = (caseId: string, action: string) =>
  `/moderation/cases/${encodeURIComponent(caseId)}/${action}`;

/** Every step of a case moves both lists and the engagement's history. */
function useCaseMutation<Body>(
  send: (body: Body) => Promise<ModerationCase>,
  engagementId: string | null,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all(
        [moderationQueryKey, ...(engagementId ? [["engagements", engagementId]] : [])].map(
          (queryKey) => queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}

/** Any owner or member reports a message or review of the other side, with a reason. */
export function useReportContent(engagementId: string) {
  return useCaseMutation(
    (body: ReportBody) => api.post<ModerationCase>("/moderation/reports", body),
    engagementId,
  );
}

/** The accused organisation answers the notice within its window. */
export function useRespondToCase(item: ModerationCase) {
  return useCaseMutation(
    (body: { response: string }) => api.post<ModerationCase>(casePath(item.id, "response"), body),
    item.engagementId,
  );
}

/** A platform moderator decides the case with a reason and a sanction. */
export function useDecideCase(item: ModerationCase) {
  return useCaseMutation(
    (body: DecideCaseBody) => api.post<ModerationCase>(casePath(item.id, "decision"), body),
    item.engagementId,
  );
}

/** Either party appeals the decision, once. */
export function useAppealCase(item: ModerationCase) {
  return useCaseMutation(
    (body: { reason: string }) => api.post<ModerationCase>(casePath(item.id, "appeal"), body),
    item.engagementId,
  );
}

/** A moderator other than the one who decided rules on the appeal. */
export function useDecideAppeal(item: ModerationCase) {
  return useCaseMutation(
    (body: DecideAppealBody) =>
      api.post<ModerationCase>(casePath(item.id, "appeal/decision"), body),
    item.engagementId,
  );
}
