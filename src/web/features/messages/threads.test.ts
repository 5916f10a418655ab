import { describe, expect, it } from "vitest";
import type { ThreadSummary } from "../../shared/api/types";
import { messagesPath, threadEntries, threadFromSearch } from "./threads";

function summary(thread: string, overrides: Partial<ThreadSummary> = {}): ThreadSummary {
  const [kind, subjectId = ""] = thread.split(":") as [ThreadSummary["kind"], string?];
  return {
    thread,
    kind,
    subjectId,
    messageCount: 1,
    lastMessageAt: "2026-01-01T10:00:00.000Z",
    unreadCount: 0,
    ...overrides,
  };
}

const order = { deliverableIds: ["d1", "d2"], changeRequestIds: ["cr1", "cr2"] };

describe("the threads listed on the Messages tab", () => {
  it("put the engagement's own thread first, then deliverables and changes in their order", () => {
    const entries = threadEntries(
      [
        summary("change_request:cr2"),
        summary("deliverable:d2"),
        summary("engagement"),
        summary("change_request:cr1"),
        summary("deliverable:d1"),
      ],
      "engagement",
      order,
    );
    expect(entries.map((e) => e.thread)).toEqual([
      "engagement",
      "deliverable:d1",
      "deliverable:d2",
      "change_request:cr1",
      "change_request:cr2",
    ]);
  });

  it("list the engagement's thread and the one a link opened before anyone wrote in them", () => {
    const entries = threadEntries([summary("deliverable:d2")], "change_request:cr1", order);
    expect(entries.map((e) => [e.thread, e.messageCount])).toEqual([
      ["engagement", 0],
      ["deliverable:d2", 1],
      ["change_request:cr1", 0],
    ]);
  });

  it("keep threads of subjects no longer listed, after the known ones", () => {
    const entries = threadEntries(
      [summary("deliverable:old"), summary("deliverable:d1")],
      "engagement",
      order,
    );
    expect(entries.map((e) => e.thread)).toEqual([
      "engagement",
      "deliverable:d1",
      "deliverable:old",
    ]);
  });
});

describe("thread links", () => {
  it("open the engagement's own thread unless the address names another one", () => {
    expect(threadFromSearch(null)).toBe("engagement");
    expect(threadFromSearch("invoice:3")).toBe("engagement");
    expect(threadFromSearch("deliverable:d1")).toBe("deliverable:d1");
  });

  it("carry the thread in the query string, except the engagement's own", () => {
    expect(messagesPath("e1")).toBe("/engagements/e1/messages");
    expect(messagesPath("e1", "change_request:cr1")).toBe(
      "/engagements/e1/messages?thread=change_request%3Acr1",
    );
  });
});
