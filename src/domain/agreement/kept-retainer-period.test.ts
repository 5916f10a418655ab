import { describe, expect, it } from "vitest";
import { retainerPeriodChange } from "./kept-retainer-period";
import type { AgreementTerms } from "./terms";

const per = (retainerPeriod: "month" | "quarter" | null) =>
  ({ remuneration: { retainerPeriod } }) as AgreementTerms;

describe("a retainer's period through its amendments", () => {
  it("names both periods when an amendment turns a month into a quarter", () => {
    expect(retainerPeriodChange(per("month"), per("quarter"))).toEqual({
      agreed: "month",
      proposed: "quarter",
    });
  });

  it("lets an amendment keep it, the first agreement choose it, and other models go without", () => {
    expect(retainerPeriodChange(per("quarter"), per("quarter"))).toBeNull();
    expect(retainerPeriodChange(undefined, per("quarter"))).toBeNull();
    expect(retainerPeriodChange(per(null), per("month"))).toBeNull();
    expect(retainerPeriodChange(per("month"), per(null))).toBeNull();
  });
});
