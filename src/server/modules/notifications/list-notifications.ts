import type { z } from "zod";
import type { NotificationList, NotificationListQuery } from "../../../contracts/notifications";
import type { Actor } from "../../platform/actor";
import { cursorFromQuery, keysetPage } from "../../platform/cursor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
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
  const before = cursorFromQuery(query.before);
  if (!before.ok) return before;
  const state = await readReaderState(deps.db, actor.userId);
  const [rows, unreadCount] = await Promise.all([
    listNotifications(deps.db, {
      state,
      ...(before.value && { before: before.value }),
      limit: query.limit + 1,
    }),
    countUnreadNotifications(deps.db, state),
  ]);
  const page = keysetPage(rows, query.limit, (row) => ({ key: row.created_at, id: row.event_id }));
  return ok({
    notifications: page.items.map((row) => presentNotification(row, actor.userId)),
    unreadCount,
    nextCursor: page.nextCursor,
  });
}
