import type { AppNotification } from "../../shared/api/types";
import { changeRequestThread, deliverableThread, ENGAGEMENT_THREAD } from "../messages/threads";
import { type Payload, payloadText } from "./payload-fields";

/** The thread a `message.posted` event names in its payload. */
export function threadOfMessage(payload: Payload): string {
  const id = payloadText(payload.threadId);
  if (payload.threadKind === "deliverable" && id) return deliverableThread(id);
  if (payload.threadKind === "change_request" && id) return changeRequestThread(id);
  return ENGAGEMENT_THREAD;
}

/** The unread notifications of messages the reader has now read in their thread. */
export function readMessageNotificationIds(
  notifications: readonly AppNotification[],
  readMessageIds: ReadonlySet<string>,
): string[] {
  return notifications
    .filter(
      (n) =>
        n.readAt === null &&
        n.type === "message.posted" &&
        readMessageIds.has(payloadText(n.payload.messageId)),
    )
    .map((n) => n.id);
}
