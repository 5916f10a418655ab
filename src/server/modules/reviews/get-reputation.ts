import type { z } from "zod";
import type { Reputation } from "../../../contracts/reviews";
import { computeReputation } from "../../../domain/review/reputation";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { findOrganisation } from "../orgs/orgs.repository";
import { listPublishedReviewsOf, listReviewableEngagements } from "./reviews.repository";

/** With no published review yet in the cohort, averages start from a neutral 3.5 stars. */
const NEUTRAL_MEAN = 3.5;

/**
 * An organisation's public reputation: published reviews only (hidden ones left out), smoothed
 * toward its cohort (organisations of its kind), silence counted, "new" below the minimum sample.
 */
export async function getReputation(
  deps: AppDeps,
  orgId: string,
): Promise<Result<z.infer<typeof Reputation>>> {
  const org = await findOrganisation(deps.db, orgId);
  if (!org) return fail("not_found");
  const cohort = await listPublishedReviewsOf(deps.db, { kind: org.kind });
  const cohortMean =
    cohort.length === 0
      ? NEUTRAL_MEAN
      : cohort.reduce((a, r) => a + Number(r.mean_stars), 0) / cohort.length;
  const reviews = await listPublishedReviewsOf(deps.db, { orgId });
  const reputation = computeReputation({
    reviewableEngagements: await listReviewableEngagements(deps.db, orgId, deps.clock.now()),
    reviews: reviews.map((r) => ({
      engagementId: r.engagement_id,
      meanStars: Number(r.mean_stars),
    })),
    cohortMean,
  });
  return ok({ orgId, ...reputation });
}
