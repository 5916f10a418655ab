import { describe, expect, it } from "vitest";
import { currentCurrencies } from "./current-currencies";

describe("the currencies offered on forms", () => {
  const offered = currentCurrencies(Intl.supportedValuesOf("currency"));

  it("keeps the currencies in use, CFA francs and the East Caribbean dollar included", () => {
    for (const code of ["EUR", "USD", "GBP", "IDR", "JPY", "XOF", "XAF", "XCD", "VES", "SLE"]) {
      if (Intl.supportedValuesOf("currency").includes(code)) expect(offered).toContain(code);
    }
    expect(offered).toContain("EUR");
  });

  it("leaves out withdrawn currencies, metals, drawing rights, funds and test codes", () => {
    for (const code of ["HRK", "SLL", "ZWL", "CUC", "XAU", "XDR", "XTS", "XSU", "CLF", "USN"]) {
      expect(offered).not.toContain(code);
    }
  });
});
