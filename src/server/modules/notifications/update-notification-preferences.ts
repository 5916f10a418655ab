import type { z } from "zod";
import type {
  NotificationPreferences,
  UpdateNotificationPreferencesBody,
} from "../../../contracts/notifications";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { getNotificationPreferences } from "./get-notification-preferences";
import { setEmailPreference } from "./notifications.repository";

/**
 * Turns e-mails of some types on or off for me; types left out keep their setting. In-app
 * notifications always arrive.
 */
export async function updateNotificationPreferences(
  deps: AppDeps,
  actor: Actor,
  input: z.infer<typeof UpdateNotificationPreferencesBody>,
): Promise<z.infer<typeof NotificationPreferences>> {
  await deps.db.transaction().execute(async (trx) => {
    for (const [type, isEmailEnabled] of Object.entries(input)) {
      if (isEmailEnabled === undefined) continue;
      await setEmailPreference(trx, { userId: actor.userId, type, isEmailEnabled });
    }
  });
  return getNotificationPreferences(deps, actor);
}
