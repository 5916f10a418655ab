import { describe, expect, it } from "vitest";
import { checkAspectStars, meanStars } from "./review";

describe("a review's stars", () => {
  it("take exactly the reviewed side's aspects, each from 1 to 5", () => {
    expect(checkAspectStars("client", { quality: 5, communication: 4, reliability: 1 })).toBeNull();
    expect(checkAspectStars("provider", { clarity: 3, payment: 2, fairness: 5 })).toBeNull();
  });

  it("tell the aspects left out or rated outside 1 to 5 from the foreign ones", () => {
    expect(checkAspectStars("client", { quality: 5, reliability: 6 })).toEqual({
      expected: ["quality", "communication", "reliability"],
      missing: ["communication", "reliability"],
      foreign: [],
    });
    // The client rated the provider on the client's aspects.
    expect(checkAspectStars("client", { clarity: 5, payment: 4, fairness: 4 })).toEqual({
      expected: ["quality", "communication", "reliability"],
      missing: ["quality", "communication", "reliability"],
      foreign: ["clarity", "payment", "fairness"],
    });
    expect(checkAspectStars("provider", { clarity: 5, payment: 4, fairness: 4, speed: 5 })).toEqual(
      {
        expected: ["clarity", "payment", "fairness"],
        missing: [],
        foreign: ["speed"],
      },
    );
  });

  it("average their stars, none counting as zero", () => {
    expect(meanStars({ quality: 5, communication: 4, reliability: 3 })).toBe(4);
    expect(meanStars({})).toBe(0);
  });
});
