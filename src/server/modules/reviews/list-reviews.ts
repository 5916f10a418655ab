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
import { listHappenedOccasions } from "./review-occasions.repository";
import {
  listReviewsOfEngagement,
  listRoundsOfEngagement,
  type RoundRow,
} from "./reviews.repository";

const KIND_ORDER: readonly RoundRow["occasion_kind"][] = ["milestone", "engagement", "exit"];

/**
 * The engagement's review rounds as the caller's side sees them (the other side's blind until
 * published). An occasion opens a round even before anyone writes (an accepted milestone, the
 * engagement's completion, its exit's): it is listed with its window, so each side can see that
 * it may review and until when.
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
  const happened = await listHappenedOccasions(deps.db, engagementId, deps.clock.now());
  const unwritten: RoundRow[] = happened
    .filter(
      ({ occasion }) =>
        !stored.some((r) => r.occasion_kind === occasion.kind && r.occasion_ref === occasion.ref),
    )
    .map(({ occasion, at }) => ({
      id: `${occasion.kind}:${occasion.ref}`,
      engagement_id: engagementId,
      occasion_kind: occasion.kind,
      occasion_ref: occasion.ref,
      opened_at: at,
      closes_at: windowClosesAt(new Date(at)).toISOString(),
      published_at: null,
    }));
  // The engagement completes at its last milestone's acceptance: of one moment, that round first.
  const rounds = [...stored, ...unwritten].sort(
    (a, b) =>
      a.opened_at.localeCompare(b.opened_at) ||
      KIND_ORDER.indexOf(a.occasion_kind) - KIND_ORDER.indexOf(b.occasion_kind) ||
      a.occasion_ref.localeCompare(b.occasion_ref),
  );
  const reviews = await listReviewsOfEngagement(deps.db, engagementId);
  const writer = { canWrite, now: deps.clock.now() };
  return ok({
    rounds: rounds.map((round) => presentRound(round, reviews, decided.side, writer)),
  });
}
