import { describe, expect, it } from "vitest";
import { checkKeptTerms } from "./kept-terms-findings";
import type { AgreementTerms } from "./terms";

const paid = (currency: string, retainerPeriod: "month" | "quarter" | null) =>
  ({ remuneration: { currency, retainerPeriod } }) as AgreementTerms;

describe("what a draft must keep of the agreement in force", () => {
  it("blocks another currency at its field, naming the one agreed", () => {
    expect(checkKeptTerms(paid("EUR", null), paid("HUF", null))).toEqual([
      {
        code: "amendment_currency_changed",
        severity: "blocking",
        path: "remuneration.currency",
        values: { currency: "EUR" },
      },
    ]);
  });

  it("blocks another retainer period at its field, naming the one agreed", () => {
    expect(checkKeptTerms(paid("EUR", "month"), paid("EUR", "quarter"))).toEqual([
      {
        code: "amendment_retainer_period_changed",
        severity: "blocking",
        path: "remuneration.retainerPeriod",
        values: { period: "month" },
      },
    ]);
  });

  it("finds nothing when both are kept, or a price becomes a retainer", () => {
    expect(checkKeptTerms(paid("EUR", "month"), paid("EUR", "month"))).toEqual([]);
    expect(checkKeptTerms(paid("EUR", null), paid("EUR", "quarter"))).toEqual([]);
  });
});
