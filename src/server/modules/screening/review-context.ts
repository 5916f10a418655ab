import type { Kysely } from "kysely";
import { compiledOnce } from "../../db/compiled-once";
import type { Database } from "../../db/schema";

/**
 * Whether `reviewedOrgId` was reviewed by `reviewerOrgId` in a published round, on any
 * engagement: a review still blind cannot be what a text retaliates against.
 */
export async function wasReviewedBy(
  db: Kysely<Database>,
  reviewedOrgId: string,
  reviewerOrgId: string,
): Promise<boolean> {
  return (await publishedReview(db, reviewedOrgId, reviewerOrgId)).length > 0;
}

// Read before every message is screened: built and compiled once.
const publishedReview = compiledOnce((db, reviewedOrgId: string, reviewerOrgId: string) =>
  db
    .selectFrom("reviews as r")
    .innerJoin("review_rounds as d", "d.id", "r.round_id")
    .select("r.id")
    .where("r.reviewed_org_id", "=", reviewedOrgId)
    .where("r.reviewer_org_id", "=", reviewerOrgId)
    .where("d.published_at", "is not", null)
    .limit(1),
);
