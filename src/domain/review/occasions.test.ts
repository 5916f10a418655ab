import { describe, expect, it } from "vitest";
import { acceptedMilestonesOf, exitCompletionOf, type OccasionEvent } from "./occasions";

const notice = (exitDate: string, occurredAt: string): OccasionEvent => ({
  type: "exit.notice_given",
  occurredAt,
  payload: {
    exitId: "x1",
    reason: "notice",
    side: "client",
    givenOn: occurredAt.slice(0, 10),
    exitDate,
    cureBy: null,
    isNoticeWaived: false,
    handOver: [],
  },
});
const accepted = (milestoneId: string, occurredAt: string): OccasionEvent => ({
  type: "milestone.accepted",
  occurredAt,
  payload: { milestoneId, title: "M", amountMinor: 100, currency: "EUR" },
});

describe("review occasions from the ledger", () => {
  it("completes an exit at the start of its exit date once that has come, the latest notice's", () => {
    const events = [
      notice("2026-03-01", "2026-01-10T09:00:00.000Z"),
      notice("2026-04-01", "2026-01-20T09:00:00.000Z"),
    ];
    expect(exitCompletionOf(events, new Date("2026-03-31T23:59:59.999Z"))).toBeNull();
    expect(exitCompletionOf(events, new Date("2026-04-01T00:00:00.000Z"))).toBe(
      "2026-04-01T00:00:00.000Z",
    );
  });

  it("completes an exit at its amicable end, whatever the date", () => {
    const ended: OccasionEvent = {
      type: "exit.ended_amicably",
      occurredAt: "2026-01-15T10:00:00.000Z",
      payload: { exitId: "x1", isDoorOpen: true },
    };
    const events = [notice("2026-04-01", "2026-01-10T09:00:00.000Z"), ended];
    expect(exitCompletionOf(events, new Date("2026-01-16T00:00:00.000Z"))).toBe(ended.occurredAt);
    expect(exitCompletionOf([], new Date("2030-01-01T00:00:00.000Z"))).toBeNull();
  });

  it("counts a milestone's first acceptance only", () => {
    const events = [
      accepted("m1", "2026-01-01T00:00:00.000Z"),
      accepted("m2", "2026-01-02T00:00:00.000Z"),
      accepted("m1", "2026-01-03T00:00:00.000Z"),
    ];
    expect(acceptedMilestonesOf(events)).toEqual([
      { milestoneId: "m1", at: "2026-01-01T00:00:00.000Z" },
      { milestoneId: "m2", at: "2026-01-02T00:00:00.000Z" },
    ]);
  });
});
