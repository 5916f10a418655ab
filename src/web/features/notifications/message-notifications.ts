import type { EventPayload } from "../../../domain/ledger/event-catalogue";
import type { AppNotification } from "../../shared/api/types";
import { changeRequestThread, deliverableThread, ENGAGEMENT_THREAD } from "../messages/threads";

/** The thread a `message.posted` event names in its payload. */
export function threadOfMessage(payload: EventPayload<"message.posted">): string {
  switch (payload.threadKind) {
    case "deliverable":
      return deliverableThread(payload.threadId);
    case "change_request":
      return changeRequestThread(payload.threadId);
    case "engagement":
      return ENGAGEMENT_THREAD;
  }
}

/** The unread notifications of messages the reader has now read in their thread. */
export function readMessageNotificationIds(
  notifications: readonly AppNotification[],
  readMessageIds: ReadonlySet<string>,
): string[] {
  return notifications
    .filter(
      (n) =>
        n.readAt === null && n.type === "message.posted" && readMessageIds.has(n.payload.messageId),
    )
    .map((n) => n.id);
}
