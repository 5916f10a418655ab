import { describe, expect, it } from "vitest";
import { formatThreadRef, parseThreadRef } from "./thread";

describe("thread names", () => {
  it("name the engagement's own thread and those of its deliverables and change requests", () => {
    expect(parseThreadRef("engagement")).toEqual({ kind: "engagement", id: "" });
    expect(parseThreadRef("deliverable:d1")).toEqual({ kind: "deliverable", id: "d1" });
    expect(parseThreadRef("change_request:a:b")).toEqual({ kind: "change_request", id: "a:b" });
    for (const ref of ["engagement", "deliverable:d1", "change_request:x"]) {
      expect(formatThreadRef(parseThreadRef(ref)!)).toBe(ref);
    }
  });

  it("name nothing else", () => {
    for (const text of ["", "deliverable", "deliverable:", "invoice:1", "engagement:x"]) {
      expect(parseThreadRef(text), text).toBeUndefined();
    }
    expect(parseThreadRef(`deliverable:${"x".repeat(65)}`)).toBeUndefined();
  });
});
