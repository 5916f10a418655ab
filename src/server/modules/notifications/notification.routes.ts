import {
  MarkNotificationsReadBody,
  NotificationList,
  NotificationListQuery,
  NotificationPreferences,
  UnreadCount,
  UnsubscribeParams,
  UnsubscribePageRedirect,
  UpdateNotificationPreferencesBody,
} from "../../../contracts/notifications";
import { OkResponse } from "../../../contracts/common";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { getNotificationPreferences } from "./get-notification-preferences";
import { listMyNotifications } from "./list-notifications";
import { markMyNotificationsRead } from "./mark-notifications-read";
import { unsubscribeFromNotificationMail } from "./unsubscribe-from-notification-mail";
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

/**
 * Requests a minute from one address to each unsubscribe route unless the instance names
 * another (`ACCORD_RATE_LIMIT_UNSUBSCRIBE_PER_MINUTE`). A token is signed, so it cannot be
 * guessed; the limit keeps anyone from trying at speed all the same (a person clicks once, a mail
 * provider posts once per message).
 */
export const DEFAULT_UNSUBSCRIBE_REQUESTS_PER_ADDRESS_PER_MINUTE = 20;

/**
 * The one-click unsubscribe that every notification e-mail names in `List-Unsubscribe` (RFC
 * 8058): mail providers POST `List-Unsubscribe=One-Click` to it as a form, with no cookie or
 * session; the signed token in the URL says whose e-mail to turn off, so the form's content
 * is read by no one. Its own plugin, so only this route takes form bodies.
 */
export function listUnsubscribeRoutes(deps: AppDeps, options: { requestsPerMinute: number }) {
  const rateLimit = { max: options.requestsPerMinute, timeWindow: "1 minute" };
  return defineRoutes((app) => {
    app.addContentTypeParser(
      ["application/x-www-form-urlencoded", "multipart/form-data"],
      { parseAs: "string", bodyLimit: 4096 },
      (_request, _body, done) => done(null, undefined),
    );
    app.post(
      "/unsubscribe/:token",
      {
        config: { access: "public", rateLimit },
        schema: {
          tags,
          summary:
            "Turn off every notification e-mail of the person a mailed link was signed for (RFC 8058 one-click)",
          params: UnsubscribeParams,
          response: { 200: OkResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await unsubscribeFromNotificationMail(deps, request.params.token),
        ),
    );
    // A mail client without one-click opens the link in a browser. Link scanners fetch it too,
    // so a GET changes nothing (RFC 8058): it sends the reader to the page whose button POSTs.
    app.get(
      "/unsubscribe/:token",
      {
        config: { access: "public", rateLimit },
        schema: {
          tags,
          summary:
            "Send a browser that opened an unsubscribe link to the page that asks before unsubscribing; changes nothing",
          params: UnsubscribeParams,
          response: { 303: UnsubscribePageRedirect, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        reply.redirect(`/unsubscribe/${encodeURIComponent(request.params.token)}`, 303),
    );
  });
}
