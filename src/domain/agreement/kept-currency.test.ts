import { describe, expect, it } from "vitest";
import { currencyChange } from "./kept-currency";
import type { AgreementTerms } from "./terms";

const inCurrency = (currency: string) => ({ remuneration: { currency } }) as AgreementTerms;

describe("an agreement's currency after its first version", () => {
  it("names both currencies when a later version names another", () => {
    expect(currencyChange(inCurrency("EUR"), inCurrency("HUF"))).toEqual({
      agreed: "EUR",
      proposed: "HUF",
    });
  });

  it("lets a version keep it, and the first agreement choose it", () => {
    expect(currencyChange(inCurrency("EUR"), inCurrency("EUR"))).toBeNull();
    expect(currencyChange(undefined, inCurrency("HUF"))).toBeNull();
  });
});
