import { GROWTH } from "../../../domain/health/growth-constants";
import { lockEngagement } from "../../db/locking";
import type { AppDeps } from "../../platform/deps";
import { appendEvent } from "../ledger/append-event";
import { assessEngagementStagnation } from "./assess-engagement-stagnation";
import { insertReview, listStagnationCandidates, markJudged } from "./reviews.repository";

const DAY_MS = 86_400_000;

/**
 * The sweeper's part of growth: engagements that may have stagnated (a cheap filter in SQL)
 * are judged by the pure rule, each once a day; where it says a review is due, one opens and both sides are
 * told. Each under the engagement's lock, judged again inside, so several processes sweeping
 * one database open one review. Returns how many opened.
 */
export async function sweepStagnation(
  deps: AppDeps,
  options: { limit?: number } = {},
): Promise<number> {
  const now = deps.clock.now();
  const bounds = {
    quietSince: new Date(now.getTime() - GROWTH.stagnation.quietDays * DAY_MS).toISOString(),
    cooledSince: new Date(
      now.getTime() - GROWTH.stagnation.reviewCooldownDays * DAY_MS,
    ).toISOString(),
    today: now.toISOString().slice(0, 10),
  };
  let opened = 0;
  for (const candidate of await listStagnationCandidates(deps.db, bounds, options.limit ?? 50)) {
    await deps.db.transaction().execute(async (trx) => {
      await lockEngagement(trx, deps.dialect, candidate.id);
      await markJudged(trx, candidate.id, bounds.today);
      const assessment = await assessEngagementStagnation(trx, candidate.id, now);
      if (!assessment.isReviewDue) return;
      const reviewId = deps.ids.newId();
      const signals = assessment.signals.filter((s) => s.isOn).map((s) => s.code);
      await insertReview(trx, {
        id: reviewId,
        engagement_id: candidate.id,
        signals: JSON.stringify(signals),
        opened_at: now.toISOString(),
        revealed_at: null,
      });
      await appendEvent(trx, deps, {
        engagementId: candidate.id,
        type: "relationship_review.opened",
        actorUserId: null,
        actorOrgId: null,
        payload: { reviewId, signals },
      });
      opened += 1;
    });
  }
  return opened;
}
