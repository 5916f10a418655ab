import type { AppDeps } from "../../platform/deps";
import { runInTransaction } from "../../platform/transaction";
import { ok } from "../../platform/result";
import { appendEvent } from "../ledger/append-event";
import { listRoundsDue, publishRound } from "./reviews.repository";

const BATCH = 100;

/**
 * The sweeper's part: a round whose 14-day window closed with one review in is published as it
 * stands (at the window's close), and locked. The conditional update publishes each round once
 * even with several sweepers.
 */
export async function publishDueReviewRounds(deps: AppDeps): Promise<number> {
  const now = deps.clock.now().toISOString();
  const due = await listRoundsDue(deps.db, now, BATCH);
  let published = 0;
  for (const round of due) {
    const result = await runInTransaction(deps.db, async (trx) => {
      const isMine = await publishRound(trx, round.id, round.closes_at);
      if (isMine) {
        await appendEvent(trx, deps, {
          engagementId: round.engagement_id,
          type: "review.published",
          actorUserId: null,
          actorOrgId: null,
          payload: {
            occasion: { kind: round.occasion_kind, ref: round.occasion_ref },
            reason: "window_closed",
          },
        });
      }
      return ok(isMine);
    });
    if (result.ok && result.value) published++;
  }
  return published;
}
