import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { PostedThreadMessage, PostMessageBody } from "../../../shared/api/types";
import { threadMessagesQueryKey } from "./get-messages";
import { messagesBasePath, threadsQueryKey } from "./get-threads";
import { responsivenessQueryKey } from "./get-responsiveness";

/** Owners and members of either side write in a thread; it moves the thread, the response times and the timeline. */
export function usePostMessage(engagementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PostMessageBody) =>
      api.post<PostedThreadMessage>(`${messagesBasePath(engagementId)}/messages`, body),
    onSuccess: (message) =>
      Promise.all(
        [
          threadMessagesQueryKey(engagementId, message.thread),
          threadsQueryKey(engagementId),
          responsivenessQueryKey(engagementId),
          ["engagements", engagementId, "events"],
        ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ),
  });
}
