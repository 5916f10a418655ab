import { describe, expect, it } from "vitest";
import { diffTerms } from "./terms-diff";

describe("terms diff", () => {
  it("finds nothing between equal terms", () => {
    const terms = { scope: "Shop", deliverables: [{ id: "d1", criteria: [{ statement: "a" }] }] };
    expect(diffTerms(terms, structuredClone(terms))).toEqual([]);
  });

  it("names a changed leaf deep in lists by its dotted path", () => {
    const before = { deliverables: [{ criteria: [{ statement: "a" }, { statement: "b" }] }] };
    const after = { deliverables: [{ criteria: [{ statement: "a" }, { statement: "B" }] }] };
    expect(diffTerms(before, after)).toEqual([
      { path: "deliverables.0.criteria.1.statement", kind: "changed", before: "b", after: "B" },
    ]);
  });

  it("reports items added at and removed from the end of a list", () => {
    expect(diffTerms({ duties: ["a"] }, { duties: ["a", "b"] })).toEqual([
      { path: "duties.1", kind: "added", before: null, after: "b" },
    ]);
    expect(diffTerms({ duties: ["a", "b"] }, { duties: ["a"] })).toEqual([
      { path: "duties.1", kind: "removed", before: "b", after: null },
    ]);
  });

  it("reports added and removed keys of an object", () => {
    expect(diffTerms({ a: 1 }, { b: 2 })).toEqual([
      { path: "a", kind: "removed", before: 1, after: null },
      { path: "b", kind: "added", before: null, after: 2 },
    ]);
  });

  it("treats a change of shape as one change of the whole value", () => {
    expect(diffTerms({ effort: { unit: "day", quantity: 3 } }, { effort: null })).toEqual([
      { path: "effort", kind: "changed", before: { unit: "day", quantity: 3 }, after: null },
    ]);
    expect(diffTerms({ x: [] }, { x: {} })).toEqual([
      { path: "x", kind: "changed", before: [], after: {} },
    ]);
  });

  it("tells null from a missing number", () => {
    expect(diffTerms({ review: null }, { review: 10 })).toEqual([
      { path: "review", kind: "changed", before: null, after: 10 },
    ]);
  });
});
