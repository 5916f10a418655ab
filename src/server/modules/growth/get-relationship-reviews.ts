import type { z } from "zod";
import type { Unworded } from "../../platform/wording";
import type { RelationshipReviews } from "../../../contracts/growth";
import { abilitiesOf } from "../../kernel/access";
import { hasEngagementEnded } from "../../kernel/engagement-rows.repository";
import { findEngagementFor } from "../../kernel/lock-participant";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { assessEngagementStagnation } from "./assess-engagement-stagnation";
import { GROWTH_ACCESS } from "./growth.policy";
import { readGoals } from "./list-goals";
import { presentReview, presentSignal } from "./review.presenter";
import { listReviewAnswers, listReviews } from "./reviews.repository";

/**
 * Where the relationship stands: the stagnation rule's signals now (each explained), what was
 * achieved against each goal, and the reviews of the relationship with the answers the reader
 * may see.
 */
export async function getRelationshipReviews(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<
  Result<Unworded<z.infer<typeof RelationshipReviews>, "sentence" | "reasonText" | "nextStepText">>
> {
  const found = await findEngagementFor(deps.db, actor, engagementId, GROWTH_ACCESS.view);
  if (!found.ok) return found;
  const now = deps.clock.now();
  const assessment = await assessEngagementStagnation(deps.db, engagementId, now);
  const goals = await readGoals(deps.db, engagementId, now.toISOString().slice(0, 10));
  const reviews = await listReviews(deps.db, engagementId);
  const answers = await listReviewAnswers(
    deps.db,
    reviews.map((r) => r.id),
  );
  const { engagement } = found.value;
  const hasEnded = hasEngagementEnded(engagement, now);
  const abilities = abilitiesOf(actor, engagement, GROWTH_ACCESS, hasEnded);
  return ok({
    stagnation: {
      isStagnant: assessment.isStagnant,
      quietDays: assessment.quietDays,
      signals: assessment.signals.map((s) => presentSignal(s)),
    },
    achievements: goals.map((g) => ({
      goalId: g.id,
      sentence: g.trajectory.sentence,
      status: g.trajectory.status,
    })),
    reviews: reviews.map((r) => presentReview(r, answers, found.value.side)),
    abilities: { answerReview: abilities.answerReview, offer: abilities.offer },
  });
}
