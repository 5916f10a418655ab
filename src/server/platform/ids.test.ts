import { describe, expect, it } from "vitest";
import { timeOrderedIds, uuidV7 } from "./ids";

describe("time-ordered ids", () => {
  it("are RFC 9562 version 7 UUIDs carrying the millisecond they were made in", () => {
    const id = uuidV7(Date.UTC(2026, 11, 3, 1, 0, 0, 123), new Uint8Array(10).fill(0xff));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id).toBe("01a2396a-56fb-7fff-bfff-ffffffffffff");
    expect(parseInt(id.replace(/-/g, "").slice(0, 12), 16)).toBe(
      Date.UTC(2026, 11, 3, 1, 0, 0, 123),
    );
  });

  it("sort by the time they were made, whatever their random bits", () => {
    const earlier = uuidV7(1_000, new Uint8Array(10).fill(0xff));
    const later = uuidV7(1_001, new Uint8Array(10));
    expect(earlier < later).toBe(true);
  });

  it("differ when made in the same millisecond", () => {
    const ids = new Set(Array.from({ length: 1000 }, () => timeOrderedIds.newId()));
    expect(ids.size).toBe(1000);
  });
});
