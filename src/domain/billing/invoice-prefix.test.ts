import { describe, expect, it } from "vitest";
import { isInvoicePrefix } from "./invoice-number";
import { creditNotePrefixOf, DEFAULT_INVOICE_PREFIX, invoicePrefixOf } from "./invoice-prefix";

describe("invoice prefix", () => {
  it("takes the organisation's first word, folded to capitals and digits", () => {
    expect(invoicePrefixOf("Kode Studio")).toBe("KODE");
    expect(invoicePrefixOf("Atelier Bleu")).toBe("ATELIER");
    expect(invoicePrefixOf("Ébène & Cie")).toBe("EBENE");
    expect(invoicePrefixOf("Organisation B 12")).toBe("ORGANISA");
  });

  it("joins short words so the prefix says something", () => {
    expect(invoicePrefixOf("A & B Conseil")).toBe("ABCONSEI");
    expect(invoicePrefixOf("3M")).toBe("3M");
  });

  it("falls back when the name has nothing it can write", () => {
    expect(invoicePrefixOf("株式会社")).toBe(DEFAULT_INVOICE_PREFIX);
    expect(invoicePrefixOf("  -- ")).toBe(DEFAULT_INVOICE_PREFIX);
  });

  it("always gives prefixes the number format accepts, for invoices and credit notes", () => {
    for (const name of ["Kode Studio", "A & B Conseil", "株式会社", "Zürich Ölwerke AG"]) {
      const prefix = invoicePrefixOf(name);
      expect(isInvoicePrefix(prefix), name).toBe(true);
      expect(isInvoicePrefix(creditNotePrefixOf(prefix)), name).toBe(true);
    }
  });
});
