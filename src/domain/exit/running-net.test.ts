import { describe, expect, it } from "vitest";
import {
  grossReachingNet,
  netEachByRunningTotal,
  netEachByRunningTotalWithin,
} from "./running-net";

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

describe("the gross amount that pays back a net balance", () => {
  it("is the net with its tax: 2,200.00 owed back net is 2,640.00 paid back at 20%", () => {
    expect(grossReachingNet(220_000, 0, fiveSixths)).toBe(264_000);
  });

  it("brings the running total exactly to the net owed, after any refunds already paid", () => {
    for (const [owed, soFar] of [
      [1, 0],
      [7, 3],
      [220_000, 100_001],
      [83_337, 100_004],
      [99_999, 5],
    ] as const) {
      const gross = grossReachingNet(owed, soFar, fiveSixths);
      expect(gross, `${owed} after ${soFar}`).not.toBeNull();
      const netted = netEachByRunningTotal([soFar, gross ?? 0], fiveSixths);
      expect(netted[1], `${owed} after ${soFar}`).toBe(owed);
      // The least such gross: a cent less nets short.
      expect(netEachByRunningTotal([soFar, (gross ?? 0) - 1], fiveSixths)[1]).toBeLessThan(owed);
    }
  });

  it("is the net itself without tax, nothing when nothing is owed, and none when no gross nets", () => {
    expect(grossReachingNet(12_345, 10, (gross) => gross)).toBe(12_345);
    expect(grossReachingNet(0, 10, fiveSixths)).toBe(0);
    expect(grossReachingNet(5, 0, () => 0)).toBeNull();
  });
});

describe("netEachByRunningTotalWithin", () => {
  // Invoice A: 100.01 net, 120.01 with tax; invoice B: 50.00 net, 60.00 with tax.
  const shares = new Map([
    ["A", { subtotal: 10_001, total: 12_001 }],
    ["B", { subtotal: 5_000, total: 6_000 }],
  ]);
  const netOf = (key: string, grossMinor: number) => {
    const share = shares.get(key)!;
    return Math.round((grossMinor * share.subtotal) / share.total);
  };

  it("nets an invoice paid in full in any instalments at its whole subtotal, each invoice on its own", () => {
    const parts = [
      { key: "A", grossMinor: 1 },
      { key: "B", grossMinor: 3_000 },
      { key: "A", grossMinor: 3 },
      { key: "B", grossMinor: 3_000 },
      { key: "A", grossMinor: 11_997 },
    ];
    const netted = netEachByRunningTotalWithin(parts, netOf);
    const sumOf = (key: string) =>
      parts.reduce((sum, part, index) => sum + (part.key === key ? netted[index]! : 0), 0);
    expect(sumOf("A")).toBe(10_001);
    expect(sumOf("B")).toBe(5_000);
    // Netted one by one, A's instalments come to a cent more than its subtotal.
    expect(netOf("A", 1) + netOf("A", 3) + netOf("A", 11_997)).toBe(10_002);
    expect(netted).toHaveLength(parts.length);
  });
});
