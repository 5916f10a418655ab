import type { z } from "zod";
import type { MarkNotificationsReadBody, UnreadCount } from "../../../contracts/notifications";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { eventIdOfPersonal } from "./notification-ids";
import {
  countUnreadNotifications,
  markAllNotificationsRead,
  markNotificationsRead,
  readReaderState,
} from "./my-notifications.repository";

/**
 * Marks some of my notifications read, or all. Ids of someone else's notifications change
 * nothing, and notifications read already keep their first reading time. "All" moves the
 * read-up-to mark in one statement, whatever the number of notifications.
 */
export async function markMyNotificationsRead(
  deps: AppDeps,
  actor: Actor,
  input: z.infer<typeof MarkNotificationsReadBody>,
): Promise<Result<z.infer<typeof UnreadCount>>> {
  const state = await readReaderState(deps.db, actor.userId);
  const at = deps.clock.now().toISOString();
  if (input.all) {
    state.mark = await markAllNotificationsRead(deps.db, state, at);
  } else {
    const eventIds = (input.ids ?? []).flatMap((id) => eventIdOfPersonal(id, actor.userId) ?? []);
    await markNotificationsRead(deps.db, state, eventIds, at);
  }
  return ok({ unreadCount: await countUnreadNotifications(deps.db, state) });
}
