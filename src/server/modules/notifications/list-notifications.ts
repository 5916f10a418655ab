import type { z } from "zod";
import type { NotificationList, NotificationListQuery } from "../../../contracts/notifications";
import type { Actor } from "../../platform/actor";
import { decodeCursor, encodeCursor } from "../../platform/cursor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { presentNotification } from "./notification.presenter";
import {
  countUnreadNotifications,
  listNotifications,
  readReaderState,
} from "./my-notifications.repository";

/**
 * My notifications, newest first, a page at a time, with how many are unread (up to
 * `UNREAD_COUNT_CAP`). Three reads whatever the number of notifications: my memberships and
 * read-up-to mark, the page, the count.
 */
export async function listMyNotifications(
  deps: AppDeps,
  actor: Actor,
  query: z.infer<typeof NotificationListQuery>,
): Promise<Result<z.infer<typeof NotificationList>>> {
  const before = query.before === undefined ? undefined : decodeCursor(query.before);
  if (before === undefined && query.before !== undefined) {
    return fail("validation_failed", undefined, [{ path: "cursor", key: "validation.invalid" }]);
  }
  const state = await readReaderState(deps.db, actor.userId);
  const [rows, unreadCount] = await Promise.all([
    listNotifications(deps.db, { state, ...(before && { before }), limit: query.limit + 1 }),
    countUnreadNotifications(deps.db, state),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return ok({
    notifications: page.map((row) => presentNotification(row, actor.userId)),
    unreadCount,
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ createdAt: last.created_at, id: last.event_id })
        : null,
  });
}
