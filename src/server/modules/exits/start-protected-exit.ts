import type { Kysely } from "kysely";
import { lockEngagement } from "../../db/locking";
import type { Database } from "../../db/schema";
import type { AppDeps } from "../../platform/deps";
import type { Result } from "../../platform/result";
import { recordExit, type ExitStarted } from "./record-exit";

/**
 * The exit of an engagement whose provider was expelled, for moderation to call inside its own
 * transaction: the client is protected (notice waived, the engagement ends today) and the
 * provider still owes every hand-over item. The exit stands in the client's name; the
 * moderator who expelled is the actor.
 */
export async function startProtectedExit(
  trx: Kysely<Database>,
  deps: AppDeps,
  input: { engagementId: string; moderatorUserId: string | null; reason: string },
): Promise<Result<ExitStarted>> {
  await lockEngagement(trx, deps.dialect, input.engagementId);
  return recordExit(trx, deps, {
    engagementId: input.engagementId,
    reason: "protected",
    side: "client",
    actorUserId: input.moderatorUserId,
    actorOrgId: null,
    curePeriodDays: null,
    note: input.reason,
  });
}
