import { describe, expect, it } from "vitest";
import { milestoneCount } from "./engagement-history";
import { seededRandom } from "./seeded";

describe("the generated engagements' sizes", () => {
  it("are many short engagements and few long ones, the same from the same seed", () => {
    const draw = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 10_000 }, () => milestoneCount(random));
    };
    const sizes = draw(5);
    expect(draw(5)).toEqual(sizes);
    expect(draw(6)).not.toEqual(sizes);
    const share = (test: (n: number) => boolean) => sizes.filter(test).length / sizes.length;
    expect(share((n) => n === 1)).toBeCloseTo(0.6, 1);
    expect(share((n) => n === 2 || n === 3)).toBeCloseTo(0.3, 1);
    expect(share((n) => n >= 4)).toBeCloseTo(0.1, 1);
    expect(Math.min(...sizes)).toBe(1);
    expect(Math.max(...sizes)).toBe(6);
  });
});
