import {
  MarkNotificationsReadBody,
  NotificationList,
  NotificationListQuery,
  NotificationPreferences,
  UnreadCount,
  UpdateNotificationPreferencesBody,
} from "../../../contracts/notifications";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { getNotificationPreferences } from "./get-notification-preferences";
import { listMyNotifications } from "./list-notifications";
import { markMyNotificationsRead } from "./mark-notifications-read";
import { updateNotificationPreferences } from "./update-notification-preferences";

const tags = ["notifications"];

/**
 * A person's own notifications and e-mail choices. They span every organisation the person is
 * in, so an API token, bound to one organisation, does not reach them: session only.
 */
export function notificationRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.get(
      "/notifications",
      {
        config: { access: "session" },
        schema: {
          tags,
          summary: "My notifications, newest first, with the unread count",
          querystring: NotificationListQuery,
          response: { 200: NotificationList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await listMyNotifications(deps, actorOf(request), request.query),
        ),
    );
    app.post(
      "/notifications/read",
      {
        config: { access: "session" },
        schema: {
          tags,
          summary: "Mark notifications read: `ids`, or `all: true`",
          body: MarkNotificationsReadBody,
          response: { 200: UnreadCount, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await markMyNotificationsRead(deps, actorOf(request), request.body),
        ),
    );
    app.get(
      "/me/notification-preferences",
      {
        config: { access: "session" },
        schema: {
          tags,
          summary: "Which e-mails I get, per event type",
          response: { 200: NotificationPreferences, ...ERROR_RESPONSES },
        },
      },
      async (request) => getNotificationPreferences(deps, actorOf(request)),
    );
    app.put(
      "/me/notification-preferences",
      {
        config: { access: "session" },
        schema: {
          tags,
          summary: "Turn e-mails of some event types on or off",
          body: UpdateNotificationPreferencesBody,
          response: { 200: NotificationPreferences, ...ERROR_RESPONSES },
        },
      },
      async (request) => updateNotificationPreferences(deps, actorOf(request), request.body),
    );
  });
}
