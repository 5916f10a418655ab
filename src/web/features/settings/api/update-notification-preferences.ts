import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type {
  NotificationPreferences,
  UpdateNotificationPreferencesBody,
} from "../../../shared/api/types";
import { notificationPreferencesQueryKey } from "./get-notification-preferences";

/** Turns e-mails of some event types on or off; types left out keep their setting. */
export function useUpdateNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateNotificationPreferencesBody) =>
      api.put<NotificationPreferences>("/me/notification-preferences", body),
    onSuccess: (preferences) =>
      queryClient.setQueryData(notificationPreferencesQueryKey, preferences),
  });
}
