import type { z } from "zod";
import type { ReviewRoundList } from "../../../contracts/reviews";
import { windowClosesAt } from "../../../domain/review/blind-reveal";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { findEngagement } from "../../kernel/engagement-rows.repository";
import { sanctionEffectsOf } from "../../kernel/sanctions-in-force";
import { decideReviewAction } from "./review.policy";
import { presentRound } from "./review.presenter";
import {
  findExitCompletion,
  listAcceptedMilestones,
  listReviewsOfEngagement,
  listRoundsOfEngagement,
  type RoundRow,
} from "./reviews.repository";

/**
 * The engagement's review rounds as the caller's side sees them (the other side's blind until
 * published). An accepted milestone opens a round even before anyone writes: it is listed with
 * its window, so each side can see that it may review and until when.
 */
export async function listReviews(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<Result<z.infer<typeof ReviewRoundList>>> {
  const engagement = await findEngagement(deps.db, engagementId);
  if (!engagement) return fail("not_found");
  const decided = decideReviewAction(actor, engagement, "read");
  if (decided.decision !== "allowed") return fail(decided.decision);
  // A suspended or expelled side may not review: its rounds say so before it tries.
  const canWrite =
    decideReviewAction(actor, engagement, "write").decision === "allowed" &&
    (await sanctionEffectsOf(deps.db, decided.orgId, deps.clock.now())).canPostReviews;
  const stored = await listRoundsOfEngagement(deps.db, engagementId);
  const unwritten: RoundRow[] = (await listAcceptedMilestones(deps.db, engagementId))
    .filter(
      (m) =>
        !stored.some((r) => r.occasion_kind === "milestone" && r.occasion_ref === m.milestoneId),
    )
    .map((m) => ({
      id: `milestone:${m.milestoneId}`,
      engagement_id: engagementId,
      occasion_kind: "milestone",
      occasion_ref: m.milestoneId,
      opened_at: m.acceptedAt,
      closes_at: windowClosesAt(new Date(m.acceptedAt)).toISOString(),
      published_at: null,
    }));
  const exitAt = await findExitCompletion(deps.db, engagementId, deps.clock.now());
  if (exitAt && !stored.some((r) => r.occasion_kind === "exit")) {
    unwritten.push({
      id: "exit:",
      engagement_id: engagementId,
      occasion_kind: "exit",
      occasion_ref: "",
      opened_at: exitAt,
      closes_at: windowClosesAt(new Date(exitAt)).toISOString(),
      published_at: null,
    });
  }
  const rounds = [...stored, ...unwritten].sort((a, b) => a.opened_at.localeCompare(b.opened_at));
  const reviews = await listReviewsOfEngagement(deps.db, engagementId);
  const writer = { canWrite, now: deps.clock.now() };
  return ok({
    rounds: rounds.map((round) => presentRound(round, reviews, decided.side, writer)),
  });
}
