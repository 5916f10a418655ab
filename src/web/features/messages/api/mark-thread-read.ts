import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { MarkReadResponse } from "../../../shared/api/types";
import { useMarkMessageNotificationsRead } from "../../notifications/api/mark-notifications-read";
import { threadMessagesQueryKey } from "./get-messages";
import { messagesBasePath, threadsQueryKey } from "./get-threads";

/**
 * The reader has seen a thread up to its newest message shown. Viewers too: their reading
 * counts as their side having read, which the author sees on their message. The
 * notifications of the messages read are then read as well.
 */
export function useMarkThreadRead(engagementId: string) {
  const queryClient = useQueryClient();
  const markNotificationsRead = useMarkMessageNotificationsRead();
  return useMutation({
    mutationFn: ({ thread, messageIds }: { thread: string; messageIds: readonly string[] }) =>
      api.post<MarkReadResponse>(`${messagesBasePath(engagementId)}/messages/read`, {
        thread,
        upTo: messageIds.at(-1),
      }),
    onSuccess: (result, { thread, messageIds }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: threadsQueryKey(engagementId) }),
        queryClient.invalidateQueries({ queryKey: threadMessagesQueryKey(engagementId, thread) }),
        result.marked > 0 ? markNotificationsRead(new Set(messageIds)) : null,
      ]),
  });
}
