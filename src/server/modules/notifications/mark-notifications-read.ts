import type { z } from "zod";
import type { MarkNotificationsReadBody, UnreadCount } from "../../../contracts/notifications";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { eventIdOfPersonal } from "./notification-ids";
import { countUnreadNotifications, markNotificationsRead } from "./notifications.repository";

/**
 * Marks some of my notifications read, or all. Ids of someone else's notifications change
 * nothing, and notifications read already keep their first reading time.
 */
export async function markMyNotificationsRead(
  deps: AppDeps,
  actor: Actor,
  input: z.infer<typeof MarkNotificationsReadBody>,
): Promise<Result<z.infer<typeof UnreadCount>>> {
  await markNotificationsRead(deps.db, {
    userId: actor.userId,
    eventIds: input.all
      ? "all"
      : (input.ids ?? []).flatMap((id) => eventIdOfPersonal(id, actor.userId) ?? []),
    at: deps.clock.now().toISOString(),
  });
  return ok({ unreadCount: await countUnreadNotifications(deps.db, actor.userId) });
}
