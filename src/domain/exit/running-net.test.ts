import { describe, expect, it } from "vitest";
import { netEachByRunningTotal } from "./running-net";

/** Five sixths, rounded half up: what was paid with 20% tax, net. */
const fiveSixths = (grossMinor: number) => Math.round((grossMinor * 5) / 6);

describe("netting parts of one sum by their running total", () => {
  it("adds up to the whole netted at once, however the whole is split", () => {
    const splits = [[200_008], [100_004, 100_004], [50_000, 50_000, 100_008], [1, 1, 1, 200_005]];
    for (const parts of splits) {
      const netted = netEachByRunningTotal(parts, fiveSixths);
      expect(
        netted.reduce((sum, part) => sum + part, 0),
        parts.join("+"),
      ).toBe(fiveSixths(200_008));
    }
  });

  it("gives the parts that rounding each on its own would leave a cent over", () => {
    expect([100_004, 100_004].map(fiveSixths)).toEqual([83_337, 83_337]);
    expect(netEachByRunningTotal([100_004, 100_004], fiveSixths)).toEqual([83_337, 83_336]);
  });

  it("nets nothing from nothing", () => {
    expect(netEachByRunningTotal([], fiveSixths)).toEqual([]);
  });
});
