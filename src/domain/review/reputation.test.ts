import { describe, expect, it } from "vitest";
import { computeReputation } from "./reputation";

const engagements = (pairs: [string, string][]) =>
  pairs.map(([engagementId, counterpartyOrgId]) => ({ engagementId, counterpartyOrgId }));

describe("public reputation", () => {
  it("shows as new below three engagements or two counterparties", () => {
    const few = computeReputation({
      reviewableEngagements: engagements([
        ["e1", "a"],
        ["e2", "b"],
      ]),
      reviews: [{ engagementId: "e1", meanStars: 5 }],
      cohortMean: 4,
    });
    // "New" shows no average at all: one review's stars would otherwise be public to anyone.
    expect(few).toMatchObject({ isNew: true, smoothedAverage: null, rawAverage: null });
    expect(few).toMatchObject({ reviewCount: 1, reviewableEngagements: 2, silentEngagements: 1 });
    const oneCounterparty = computeReputation({
      reviewableEngagements: engagements([
        ["e1", "a"],
        ["e2", "a"],
        ["e3", "a"],
      ]),
      reviews: [],
      cohortMean: 4,
    });
    expect(oneCounterparty.isNew).toBe(true);
  });

  it("smooths toward the cohort mean with m = 5 and counts silence", () => {
    const reputation = computeReputation({
      reviewableEngagements: engagements([
        ["e1", "a"],
        ["e2", "b"],
        ["e3", "c"],
        ["e4", "c"],
      ]),
      reviews: [
        { engagementId: "e1", meanStars: 5 },
        { engagementId: "e2", meanStars: 5 },
      ],
      cohortMean: 4,
    });
    // (5 + 5 + 5 × 4) / (2 + 5) = 30 / 7
    expect(reputation).toMatchObject({
      isNew: false,
      reviewCount: 2,
      silentEngagements: 2,
      reviewRate: 0.5,
      rawAverage: 5,
      smoothedAverage: 4.29,
    });
  });
});
