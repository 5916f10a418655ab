import { describe, expect, it } from "vitest";
import { spreadsheetSafe, toCsv } from "./csv";

describe("CSV", () => {
  it("writes RFC 4180: CRLF, quoted fields only where needed, quotes doubled", () => {
    expect(
      toCsv(
        ["number", "note"],
        [
          ["KODE-0001", "plain"],
          ["KODE-0002", 'says "hi", twice'],
          ["KODE-0003", "two\nlines"],
        ],
      ),
    ).toBe(
      'number,note\r\nKODE-0001,plain\r\nKODE-0002,"says ""hi"", twice"\r\nKODE-0003,"two\nlines"\r\n',
    );
  });

  it("refuses a row of the wrong width", () => {
    expect(() => toCsv(["a", "b"], [["1"]])).toThrow();
  });

  it("keeps typed text from running as a spreadsheet formula", () => {
    expect(spreadsheetSafe('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(spreadsheetSafe("-5 discount")).toBe("'-5 discount");
    expect(spreadsheetSafe("Design")).toBe("Design");
  });
});
