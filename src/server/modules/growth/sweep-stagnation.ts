import { GROWTH } from "../../../domain/health/growth-constants";
import { giveOtherRequestsATurn } from "../../db/event-loop-turn";
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
 * The sweeper's part of growth: each sweep takes the next `windows` windows of `windowSize`
 * active engagements not judged today and marks them judged, with a turn for other requests
 * between windows; those that may have stagnated (a cheap filter in SQL) are judged by the
 * pure rule, so each engagement once a day (a million active engagements in some eight hours
 * of 15-second sweeps). Where it says a review is due, one opens and both sides are told. Each
 * under the engagement's lock, judged again inside, so several processes sweeping one
 * database open one review. Returns how many opened.
 */
export async function sweepStagnation(
  deps: AppDeps,
  options: { windowSize?: number; windows?: number } = {},
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
  for (let turn = 0; turn < (options.windows ?? 5); turn++) {
    if (turn > 0) await giveOtherRequestsATurn();
    const window = await listStagnationWindow(deps.db, bounds.today, options.windowSize ?? 100);
    if (window.length === 0) break;
    const candidates = await listStagnationCandidates(deps.db, window, bounds);
    await markAllJudged(deps.db, window, bounds.today);
    for (const candidate of candidates) {
      if (await openReviewIfDue(deps, candidate.id, now)) opened += 1;
    }
  }
  return opened;
}

/** Judges one engagement under its lock; opens a review and tells both sides when one is due. */
async function openReviewIfDue(deps: AppDeps, engagementId: string, now: Date): Promise<boolean> {
  return deps.db.transaction().execute(async (trx) => {
    await lockEngagement(trx, deps.dialect, engagementId);
    const assessment = await assessEngagementStagnation(trx, engagementId, now);
    if (!assessment.isReviewDue) return false;
    const reviewId = deps.ids.newId();
    const signals = assessment.signals.filter((s) => s.isOn).map((s) => s.code);
    await insertReview(trx, {
      id: reviewId,
      engagement_id: engagementId,
      signals: JSON.stringify(signals),
      opened_at: now.toISOString(),
      revealed_at: null,
    });
    await appendEvent(trx, deps, {
      engagementId,
      type: "relationship_review.opened",
      actorUserId: null,
      actorOrgId: null,
      payload: { reviewId, signals },
    });
    return true;
  });
}
