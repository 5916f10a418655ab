import { describe, expect, it } from "vitest";
import { formatMoney } from "./format";

describe("money formatting", () => {
  it("formats minor units in the reader's locale and the currency's digits", () => {
    expect(formatMoney("en", 1_234_567, "EUR")).toBe("€12,345.67");
    expect(formatMoney("de", 1_234_567, "EUR")).toBe("12.345,67\u00a0€");
    expect(formatMoney("en", 1500, "JPY")).toBe("¥1,500");
    expect(formatMoney("en", 1500, "KWD")).toBe("KWD\u00a01.500");
  });
});
