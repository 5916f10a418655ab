import type { z } from "zod";
import type { ReviewRoundList } from "../../../contracts/reviews";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { findEngagement } from "../engagements/engagements.repository";
import { decideReviewAction } from "./review.policy";
import { presentRound } from "./review.presenter";
import { listReviewsOfEngagement, listRoundsOfEngagement } from "./reviews.repository";

/** The engagement's review rounds as the caller's side sees them (the other side's blind until published). */
export async function listReviews(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<Result<z.infer<typeof ReviewRoundList>>> {
  const engagement = await findEngagement(deps.db, engagementId);
  if (!engagement) return fail("not_found");
  const decided = decideReviewAction(actor, engagement, "read");
  if (decided.decision !== "allowed") return fail(decided.decision);
  const rounds = await listRoundsOfEngagement(deps.db, engagementId);
  const reviews = await listReviewsOfEngagement(deps.db, engagementId);
  return ok({ rounds: rounds.map((round) => presentRound(round, reviews, decided.side)) });
}
