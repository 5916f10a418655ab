import type { z } from "zod";
import type { Notification } from "../../../contracts/notifications";
import type { NotificationRow } from "./notifications.repository";

export function presentNotification(row: NotificationRow): z.infer<typeof Notification> {
  return {
    id: row.id,
    type: row.type,
    eventId: row.event_id,
    engagementId: row.engagement_id,
    engagementTitle: row.engagement_title,
    actorName: row.actor_name,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}
