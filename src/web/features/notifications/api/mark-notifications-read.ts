import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { MarkNotificationsReadBody, UnreadCount } from "../../../shared/api/types";
import { readMessageNotificationIds } from "../message-notifications";
import { getNotifications, NOTIFICATIONS_QUERY_KEY } from "./get-notifications";

/** Marks some notifications read by id, or all of them; the list and the count follow. */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MarkNotificationsReadBody) =>
      api.post<UnreadCount>("/notifications/read", body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_QUERY_KEY }),
  });
}

/**
 * Reading messages in their thread answers their notifications. The server keeps the two
 * apart, so after a thread is marked read this marks read the unread notifications (among the
 * newest page) of the messages read. Best effort: the notifications page still lists them.
 */
export function useMarkMessageNotificationsRead() {
  const queryClient = useQueryClient();
  return async (readMessageIds: ReadonlySet<string>): Promise<void> => {
    try {
      const { notifications } = await getNotifications({});
      const ids = readMessageNotificationIds(notifications, readMessageIds);
      if (ids.length === 0) return;
      await api.post<UnreadCount>("/notifications/read", { ids });
      await queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_QUERY_KEY });
    } catch {
      // Nothing to repair: the notifications stay unread and can be opened or marked later.
    }
  };
}
