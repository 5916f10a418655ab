import { describe, expect, it } from "vitest";
import { byUrgency } from "./urgency";

describe("what waits, most urgent first", () => {
  it("puts deadlines first, earliest (overdue) first, then the longest waiting", () => {
    const items = [
      { id: "no deadline, recent", dueAt: null, since: "2026-12-01T00:00:00.000Z" },
      { id: "due later", dueAt: "2026-12-10T00:00:00.000Z", since: "2026-11-01T00:00:00.000Z" },
      { id: "no deadline, old", dueAt: null, since: "2026-11-01T00:00:00.000Z" },
      { id: "overdue", dueAt: "2026-11-20T00:00:00.000Z", since: "2026-11-15T00:00:00.000Z" },
    ];
    expect([...items].sort(byUrgency).map((item) => item.id)).toEqual([
      "overdue",
      "due later",
      "no deadline, old",
      "no deadline, recent",
    ]);
  });
});
