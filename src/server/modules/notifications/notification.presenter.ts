import type { z } from "zod";
import { parseNotifiedEvent } from "../../../contracts/events";
import type { Notification } from "../../../contracts/notifications";
import type { NotificationRow } from "./notifications.repository";

export function presentNotification(row: NotificationRow): z.infer<typeof Notification> {
  return {
    id: row.id,
    ...parseNotifiedEvent(row.type, JSON.parse(row.payload)),
    eventId: row.event_id,
    engagementId: row.engagement_id,
    engagementTitle: row.engagement_title,
    actorName: row.actor_name,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}
