import { describe, expect, it } from "vitest";
import { linkParts, webAddress } from "./link-parts";

describe("web addresses in messages", () => {
  it("become links, the sentence's full stop staying text", () => {
    expect(linkParts("Staging is at https://staging.example.test/shop. Have a look")).toEqual([
      { text: "Staging is at " },
      { text: "https://staging.example.test/shop", href: "https://staging.example.test/shop" },
      { text: ". Have a look" },
    ]);
  });

  it("keeps query strings and several addresses, and leaves other schemes as text", () => {
    expect(linkParts("http://a.test/?q=1&x=2 and javascript:alert(1)")).toEqual([
      { text: "http://a.test/?q=1&x=2", href: "http://a.test/?q=1&x=2" },
      { text: " and javascript:alert(1)" },
    ]);
    expect(linkParts("no address here")).toEqual([{ text: "no address here" }]);
  });
});

describe("a web address given as a source", () => {
  it("is a link only over http or https", () => {
    expect(webAddress("https://analytics.example.test/report?id=3")).toBe(
      "https://analytics.example.test/report?id=3",
    );
    expect(webAddress(" http://a.test ")).toBe("http://a.test/");
    expect(webAddress("javascript:alert(1)")).toBeNull();
    expect(webAddress("JavaScript:alert(1)")).toBeNull();
    expect(webAddress("data:text/html,<b>x</b>")).toBeNull();
    expect(webAddress("the March analytics export")).toBeNull();
  });
});
