import { describe, expect, it } from "vitest";
import { columnLabelsOf } from "./column-labels";

const header = (text: string, span = 1) => ({ text, span });

describe("the label a table cell carries on a phone, where rows become cards", () => {
  it("names each cell by the header of its column", () => {
    const headers = [header("Invoice"), header("Issued"), header("Due"), header("Total")];
    expect(columnLabelsOf(headers, [1, 1, 1, 1])).toEqual(["Invoice", "Issued", "Due", "Total"]);
  });

  it("gives no label under an empty header, such as an actions column", () => {
    expect(columnLabelsOf([header("Name"), header("  ")], [1, 1])).toEqual(["Name", null]);
  });

  it("counts columns a cell spans, and labels no cell that spans several", () => {
    const headers = [header("Day"), header("Days"), header("Rate"), header("Interest")];
    expect(columnLabelsOf(headers, [3, 1])).toEqual([null, "Interest"]);
  });

  it("follows a header that spans columns", () => {
    expect(columnLabelsOf([header("Amount", 2), header("Status")], [1, 1, 1])).toEqual([
      "Amount",
      "Amount",
      "Status",
    ]);
  });

  it("gives no label to cells past the last header", () => {
    expect(columnLabelsOf([header("Only")], [1, 1])).toEqual(["Only", null]);
  });
});
