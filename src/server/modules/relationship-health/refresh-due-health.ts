import type { AppDeps } from "../../platform/deps";
import { giveOtherRequestsATurn } from "../../db/event-loop-turn";
import { lockEngagement } from "../../db/locking";
import { refreshEngagementHealth } from "./refresh-engagement-health";

/**
 * The sweeper's part of health: scores and warnings also move with time alone (an invoice
 * becomes overdue, an evaluation stays pending), so every engagement not assessed yet today is
 * assessed again, a batch per sweep. Under the engagement lock, like every write.
 */
export async function refreshDueHealth(
  deps: AppDeps,
  options: { limit?: number } = {},
): Promise<number> {
  const startOfDay = `${deps.clock.now().toISOString().slice(0, 10)}T00:00:00.000Z`;
  const due = await deps.db
    .selectFrom("engagement_health")
    .select("engagement_id")
    .where("computed_at", "<", startOfDay)
    .orderBy("computed_at")
    .orderBy("engagement_id")
    .limit(options.limit ?? 100)
    .execute();
  for (const row of due) {
    await deps.db.transaction().execute(async (trx) => {
      await lockEngagement(trx, deps.dialect, row.engagement_id);
      await refreshEngagementHealth(trx, deps, row.engagement_id);
    });
    await giveOtherRequestsATurn();
  }
  return due.length;
}
