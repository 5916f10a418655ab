import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { AppDeps } from "../../platform/deps";
import { appendEvent } from "../ledger/append-event";
import { runInTransaction } from "../../platform/transaction";
import { listOpenExits, markEndedAmicably } from "./exits.repository";
import { readExit } from "./read-exit";

/**
 * Inside a transaction with the engagement locked: records "ended amicably" once the settlement
 * is paid (its balance is zero) and the hand-over complete, with the door-open flag as the
 * feedback stands. Returns whether it was recorded now.
 */
export async function endExitIfAmicable(
  trx: Kysely<Database>,
  deps: AppDeps,
  engagementId: string,
): Promise<boolean> {
  const exit = await readExit(trx, engagementId);
  if (exit.endedAmicablyAt !== null || !exit.isHandOverComplete || !exit.isSettled) return false;
  const now = deps.clock.now().toISOString();
  if (!(await markEndedAmicably(trx, exit.id, now, exit.isDoorOpen))) return false;
  await appendEvent(trx, deps, {
    engagementId,
    type: "exit.ended_amicably",
    actorUserId: null,
    actorOrgId: null,
    payload: { exitId: exit.id, isDoorOpen: exit.isDoorOpen },
  });
  return true;
}

/**
 * The sweeper's pass: a payment confirmed, a credit note issued or a refund confirmed may have
 * settled an exit.
 */
export async function endAmicableExits(deps: AppDeps): Promise<void> {
  for (const exit of await listOpenExits(deps.db)) {
    await runInTransaction(deps.db, async (trx) => {
      await endExitIfAmicable(trx, deps, exit.engagement_id);
      return { ok: true as const, value: undefined };
    });
  }
}
