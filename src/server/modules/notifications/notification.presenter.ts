import type { z } from "zod";
import { parseNotifiedEvent } from "../../../contracts/events";
import type { Notification } from "../../../contracts/notifications";
import { personalNotificationId } from "./notification-ids";
import type { NotificationRow } from "./my-notifications.repository";

/** One of `userId`'s notifications, under their own id for it. */
export function presentNotification(
  row: NotificationRow,
  userId: string,
): z.infer<typeof Notification> {
  return {
    id: personalNotificationId(row.event_id, userId),
    ...parseNotifiedEvent(row.type, JSON.parse(row.payload)),
    eventId: row.event_id,
    engagementId: row.engagement_id,
    engagementTitle: row.engagement_title,
    actorName: row.actor_name,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}
