import { describe, expect, it } from "vitest";
import { returnPathOf, safeNextPath, withNext } from "./next-path";

describe("coming back after logging in", () => {
  it("keeps the page, its query and the part it points to (a mail's link to the Refunds card)", () => {
    const location = {
      pathname: "/engagements/e1/invoices",
      search: "?refund=36000",
      hash: "#refunds",
    };
    const logIn = withNext("/login", returnPathOf(location));
    const next = new URLSearchParams(logIn.slice(logIn.indexOf("?"))).get("next");
    expect(safeNextPath(next)).toBe("/engagements/e1/invoices?refund=36000#refunds");
  });

  it("sends nobody to another site", () => {
    const spellings = [
      "//evil.test/x",
      "/\\evil.test",
      "https://evil.test",
      "/\t/evil.test",
      "/\n/evil.test",
      "/\r\n/evil.test",
      "\t//evil.test",
      null,
    ];
    for (const next of spellings) expect(safeNextPath(next)).toBe("/");
  });
});
