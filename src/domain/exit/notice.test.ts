import { describe, expect, it } from "vitest";
import { computeExitDates, minimumCurePeriodDays, protectRunningExit } from "./notice";

const BASE = { givenOn: "2026-12-01", givenBy: "client" as const, curePeriodDays: null };

describe("exit dates", () => {
  it("runs the agreed notice period in calendar days", () => {
    expect(computeExitDates({ ...BASE, reason: "notice", noticePeriodDays: 30 })).toEqual({
      exitDate: "2026-12-31",
      cureBy: null,
      isNoticeWaived: false,
    });
  });

  it("ends the day notice is given when no notice period was agreed", () => {
    expect(computeExitDates({ ...BASE, reason: "notice", noticePeriodDays: null }).exitDate).toBe(
      "2026-12-01",
    );
  });

  it("gives the cure period first for a breach, and ends the day after it", () => {
    expect(
      computeExitDates({ ...BASE, reason: "breach", noticePeriodDays: 30, curePeriodDays: 10 }),
    ).toEqual({ exitDate: "2026-12-12", cureBy: "2026-12-11", isNoticeWaived: false });
  });

  it("falls back to the notice period for a breach when no cure period was agreed", () => {
    expect(computeExitDates({ ...BASE, reason: "breach", noticePeriodDays: 30 }).exitDate).toBe(
      "2026-12-31",
    );
  });

  it("waives notice for the client when the provider was expelled", () => {
    expect(computeExitDates({ ...BASE, reason: "protected", noticePeriodDays: 60 })).toEqual({
      exitDate: "2026-12-01",
      cureBy: null,
      isNoticeWaived: true,
    });
  });
});

describe("the shortest cure period a breach notice may give", () => {
  it("is two weeks, or the agreed notice period when that is shorter", () => {
    expect(minimumCurePeriodDays(30)).toBe(14);
    expect(minimumCurePeriodDays(14)).toBe(14);
    expect(minimumCurePeriodDays(5)).toBe(5);
    expect(minimumCurePeriodDays(null)).toBe(0);
  });
});

describe("a running exit made protected by an expulsion", () => {
  const RUNNING = {
    reason: "notice" as const,
    exitDate: "2026-12-31",
    handOver: [
      { key: "duty-1", responsibleSide: "provider" as const, dueDate: "2026-12-31", isDone: false },
      { key: "duty-2", responsibleSide: "provider" as const, dueDate: "2026-12-31", isDone: true },
      {
        key: "standard-1",
        responsibleSide: "client" as const,
        dueDate: "2027-01-03",
        isDone: false,
      },
    ],
  };

  it("ends today, the expelled provider's open items due today, the client's own dates kept", () => {
    expect(protectRunningExit(RUNNING, "client", "2026-12-01")).toEqual({
      exitDate: "2026-12-01",
      dueDates: [{ key: "duty-1", dueDate: "2026-12-01" }],
    });
  });

  it("gives the client's items the fresh protected exit's grace when that is later", () => {
    const past = { ...RUNNING, exitDate: "2026-11-20" };
    const items = past.handOver.map((item) =>
      item.responsibleSide === "client" ? { ...item, dueDate: "2026-11-23" } : item,
    );
    expect(protectRunningExit({ ...past, handOver: items }, "client", "2026-12-01")).toEqual({
      exitDate: "2026-11-20",
      dueDates: [{ key: "duty-1", dueDate: "2026-11-20" }],
    });
    expect(
      protectRunningExit({ ...RUNNING, handOver: items }, "client", "2026-12-01")?.dueDates,
    ).toEqual([
      { key: "duty-1", dueDate: "2026-12-01" },
      { key: "standard-1", dueDate: "2026-12-04" },
    ]);
  });

  it("protects the provider the same way when the client is expelled", () => {
    expect(protectRunningExit(RUNNING, "provider", "2026-12-01")).toEqual({
      exitDate: "2026-12-01",
      dueDates: [{ key: "standard-1", dueDate: "2026-12-04" }],
    });
  });

  it("leaves an exit that is already protected as it is", () => {
    expect(protectRunningExit({ ...RUNNING, reason: "protected" }, "client", "2026-12-01")).toBe(
      null,
    );
  });
});
