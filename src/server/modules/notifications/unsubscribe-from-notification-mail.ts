import { NOTIFIED_EVENT_TYPES } from "../../../domain/notifications/notification-types";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { userOfUnsubscribeToken } from "./list-unsubscribe";
import { muteEmailOfTypes } from "./notifications.repository";

/**
 * The one-click unsubscribe of a notification e-mail (RFC 8058), by whoever holds the link,
 * with no session: turns off every notification e-mail of the person the link was signed for,
 * as turning each type off in their settings would (in-app notifications still arrive, and the
 * settings turn any back on). Unsubscribing again changes nothing and answers the same; the
 * link of a person no longer here has no one left to mail. A link altered or not made by this
 * instance is refused.
 */
export async function unsubscribeFromNotificationMail(
  deps: AppDeps,
  token: string,
): Promise<Result<{ ok: true }>> {
  const userId = userOfUnsubscribeToken(deps.signingSecret, token);
  if (!userId) return fail("unsubscribe_link_invalid");
  await deps.db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom("users")
      .select("id")
      .where("id", "=", userId)
      .executeTakeFirst();
    if (user) await muteEmailOfTypes(trx, userId, NOTIFIED_EVENT_TYPES);
  });
  return ok({ ok: true as const });
}
