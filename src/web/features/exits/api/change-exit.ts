import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { Exit, ExitFeedbackBody, GiveNoticeBody } from "../exit-types";
import { exitPath, exitQueryKey } from "./get-exit";

function useRefreshExit(engagementId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [
        exitQueryKey(engagementId),
        ["engagements", engagementId, "events"],
        ["engagements", engagementId, "health"],
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
}

/** Either side gives notice; the exit date follows the agreement. */
export function useGiveNotice(engagementId: string) {
  const refresh = useRefreshExit(engagementId);
  return useMutation({
    mutationFn: (body: GiveNoticeBody) => api.post<Exit>(exitPath(engagementId), body),
    onSuccess: refresh,
  });
}

/** The responsible side ticks one of its hand-over items. */
export function useTickHandOverItem(engagementId: string) {
  const refresh = useRefreshExit(engagementId);
  return useMutation({
    mutationFn: (itemId: string) =>
      api.post<Exit>(`${exitPath(engagementId)}/hand-over/${encodeURIComponent(itemId)}/done`, {}),
    onSuccess: refresh,
  });
}

/** One side's private exit feedback: a rating and whether it would work with the other again. */
export function useGiveExitFeedback(engagementId: string) {
  const refresh = useRefreshExit(engagementId);
  return useMutation({
    mutationFn: (body: ExitFeedbackBody) =>
      api.post<Exit>(`${exitPath(engagementId)}/feedback`, body),
    onSuccess: refresh,
  });
}
