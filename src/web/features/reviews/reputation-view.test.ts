import { describe, expect, it } from "vitest";
import { reputationCounts } from "./reputation-view";

describe("the counts under an organisation's reputation", () => {
  it("say plainly that nothing could be reviewed yet, instead of 'each of 0 has a review'", () => {
    expect(
      reputationCounts({ reviewCount: 0, reviewableEngagements: 0, silentEngagements: 0 }),
    ).toEqual({ id: "reputation.counts.none", values: {} });
  });

  it("count reviews over the engagements that could be reviewed, and the silent ones", () => {
    expect(
      reputationCounts({ reviewCount: 2, reviewableEngagements: 3, silentEngagements: 1 }),
    ).toEqual({ id: "reputation.counts", values: { reviews: 2, engagements: 3, silent: 1 } });
  });
});
