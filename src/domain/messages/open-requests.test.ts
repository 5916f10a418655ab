import { describe, expect, it } from "vitest";
import { isPastResponseTime, openRequests } from "./open-requests";

const at = (iso: string) => new Date(`2026-12-0${iso}Z`);

describe("requests still waiting for an answer", () => {
  it("starts a request with the first message since the other side spoke", () => {
    const open = openRequests([
      { side: "client", thread: "engagement:", at: at("1T09:00:00") },
      { side: "provider", thread: "engagement:", at: at("1T10:00:00") },
      { side: "client", thread: "engagement:", at: at("1T11:00:00") },
      { side: "client", thread: "engagement:", at: at("1T12:00:00") },
    ]);
    expect(open).toEqual([
      { thread: "engagement:", awaitingSide: "provider", since: at("1T11:00:00") },
    ]);
  });

  it("keeps threads apart and reports one open request per thread", () => {
    const open = openRequests([
      { side: "provider", thread: "deliverable:d1", at: at("2T09:00:00") },
      { side: "client", thread: "engagement:", at: at("1T09:00:00") },
    ]);
    expect(open).toHaveLength(2);
    expect(open.find((request) => request.thread === "deliverable:d1")?.awaitingSide).toBe(
      "client",
    );
  });

  it("is past the response time only once the agreed hours have gone by", () => {
    const request = { thread: "t", awaitingSide: "client" as const, since: at("1T09:00:00") };
    expect(isPastResponseTime(request, 24, at("2T09:00:00"))).toBe(false);
    expect(isPastResponseTime(request, 24, at("2T09:00:01"))).toBe(true);
  });
});
