import { describe, expect, it } from "vitest";
import { draftTitled } from "./brief";

describe("one open draft brief per title", () => {
  const drafts = [
    { id: "b1", title: "Online shop" },
    { id: "b2", title: "Loyalty cards" },
  ];

  it("finds the draft a title repeats, retyped", () => {
    expect(draftTitled(drafts, " ONLINE shop")).toBe(drafts[0]);
    expect(draftTitled(drafts, "Online shop, phase 2")).toBeUndefined();
  });

  it("lets a draft keep its own title", () => {
    expect(draftTitled(drafts, "Online shop", "b1")).toBeUndefined();
    expect(draftTitled(drafts, "Online shop", "b2")).toBe(drafts[0]);
  });
});
