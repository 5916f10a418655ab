import { describe, expect, it } from "vitest";
import { formatDay, formatMoney } from "./format";

describe("money formatting", () => {
  it("formats minor units in the reader's locale and the currency's digits", () => {
    expect(formatMoney("en", 1_234_567, "EUR")).toBe("€12,345.67");
    expect(formatMoney("de", 1_234_567, "EUR")).toBe("12.345,67\u00a0€");
    expect(formatMoney("en", 1500, "JPY")).toBe("¥1,500");
    expect(formatMoney("en", 1500, "KWD")).toBe("KWD\u00a01.500");
  });
});

describe("day formatting", () => {
  it("writes a day with the month in words in each language, as the web does", () => {
    expect(formatDay("en", "2026-12-05")).toBe("December 5, 2026");
    expect(formatDay("fr", "2026-12-05")).toBe("5 décembre 2026");
    expect(formatDay("fr", "2026-12-01")).toBe("1er décembre 2026");
    expect(formatDay("de", "2026-12-05")).toBe("5. Dezember 2026");
    expect(formatDay("es", "2026-12-05")).toBe("5 de diciembre de 2026");
    expect(formatDay("id", "2026-12-05")).toBe("5 Desember 2026");
  });
});
