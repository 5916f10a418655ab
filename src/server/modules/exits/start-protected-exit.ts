import type { Kysely } from "kysely";
import { lockEngagement } from "../../db/locking";
import type { Side } from "../../../domain/engagement/engagement";
import type { Database } from "../../db/schema";
import type { AppDeps } from "../../platform/deps";
import type { Result } from "../../platform/result";
import { recordExit, type ExitStarted } from "./record-exit";

/**
 * The exit of an engagement whose other party was expelled, for moderation to call inside its
 * own transaction: the protected side (the client, when a provider is expelled) has its notice
 * waived, the engagement ends today and the expelled side still owes its hand-over items. The
 * exit stands in the protected side's name; the moderator who expelled is the actor.
 */
export async function startProtectedExit(
  trx: Kysely<Database>,
  deps: AppDeps,
  input: {
    engagementId: string;
    protectedSide: Side;
    moderatorUserId: string | null;
    reason: string;
  },
): Promise<Result<ExitStarted>> {
  await lockEngagement(trx, deps.dialect, input.engagementId);
  return recordExit(trx, deps, {
    engagementId: input.engagementId,
    reason: "protected",
    side: input.protectedSide,
    actorUserId: input.moderatorUserId,
    actorOrgId: null,
    curePeriodDays: null,
    note: input.reason,
  });
}
