import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { NotificationPreferences } from "../../../shared/api/types";

export const notificationPreferencesQueryKey = ["me", "notification-preferences"] as const;

/** Which e-mails the signed-in person gets: one switch per notified event type. */
export function useNotificationPreferences() {
  return useQuery(
    queryOptions({
      queryKey: notificationPreferencesQueryKey,
      queryFn: () => api.get<NotificationPreferences>("/me/notification-preferences"),
    }),
  );
}
