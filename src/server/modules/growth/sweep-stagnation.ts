import { GROWTH } from "../../../domain/health/growth-constants";
import { lockEngagement } from "../../db/locking";
import type { AppDeps } from "../../platform/deps";
import { appendEvent } from "../ledger/append-event";
import { assessEngagementStagnation } from "./assess-engagement-stagnation";
import {
  insertReview,
  listStagnationCandidates,
  listStagnationWindow,
  markAllJudged,
} from "./reviews.repository";

const DAY_MS = 86_400_000;

/**
 * The sweeper's part of growth: each sweep takes the next `limit` active engagements not
 * judged today and marks them judged; those that may have stagnated (a cheap filter in SQL)
 * are judged by the pure rule, so each engagement once a day. Where it says a review is due,
 * one opens and both sides are told. Each under the engagement's lock, judged again inside, so
 * several processes sweeping one database open one review. Returns how many opened.
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
  const window = await listStagnationWindow(deps.db, bounds.today, options.limit ?? 500);
  if (window.length === 0) return 0;
  const candidates = await listStagnationCandidates(deps.db, window, bounds);
  await markAllJudged(deps.db, window, bounds.today);
  let opened = 0;
  for (const candidate of candidates) {
    await deps.db.transaction().execute(async (trx) => {
      await lockEngagement(trx, deps.dialect, candidate.id);
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
