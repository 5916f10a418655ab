import type { z } from "zod";
import type { Reputation } from "../../../contracts/reviews";
import type { AppMessageKey } from "../../shared/i18n/messages";

type Counts = Pick<
  z.infer<typeof Reputation>,
  "reviewCount" | "reviewableEngagements" | "silentEngagements"
>;

/**
 * The sentence under a reputation: reviews over the engagements that could be reviewed, and the
 * silent ones. With none that could be reviewed it says so: the counting sentence read "no
 * published review over 0 engagements; each has a review".
 */
export function reputationCounts(counts: Counts): {
  id: AppMessageKey;
  values: Record<string, number>;
} {
  if (counts.reviewableEngagements === 0) return { id: "reputation.counts.none", values: {} };
  return {
    id: "reputation.counts",
    values: {
      reviews: counts.reviewCount,
      engagements: counts.reviewableEngagements,
      silent: counts.silentEngagements,
    },
  };
}
