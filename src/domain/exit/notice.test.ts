import { describe, expect, it } from "vitest";
import { computeExitDates } from "./notice";

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
