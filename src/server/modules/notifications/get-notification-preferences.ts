import type { z } from "zod";
import type { NotificationPreferences } from "../../../contracts/notifications";
import { emailPreferences } from "../../../domain/notifications/notification-types";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { listPreferences } from "./notifications.repository";

/** Every notified type with my e-mail switch for it. */
export async function getNotificationPreferences(
  deps: AppDeps,
  actor: Actor,
): Promise<z.infer<typeof NotificationPreferences>> {
  const preferences = emailPreferences(await listPreferences(deps.db, actor.userId));
  return {
    preferences: Object.entries(preferences).map(([type, isEmailEnabled]) => ({
      type,
      isEmailEnabled,
    })),
  };
}
