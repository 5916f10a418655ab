import { describe, expect, it } from "vitest";
import type { Side } from "../engagement/engagement";
import type { PaymentStatus } from "./payments";
import {
  checkReminderSchedule,
  DEFAULT_REMINDER_OFFSETS,
  planReminders,
  reminderTiming,
  remindersDue,
  sweepReminders,
} from "./reminders";

describe("reminder schedule", () => {
  it("accepts the default, an empty schedule, and the due day itself", () => {
    expect(checkReminderSchedule(DEFAULT_REMINDER_OFFSETS)).toEqual([]);
    expect(checkReminderSchedule([])).toEqual([]);
    expect(checkReminderSchedule([0])).toEqual([]);
  });

  it("names every offset out of range or repeated, and a schedule too long", () => {
    expect(checkReminderSchedule([-61, 7, 7, 121, 1.5]).map((f) => [f.code, f.path])).toEqual([
      ["reminder_offset_out_of_range", "offsets.0"],
      ["reminder_offset_duplicate", "offsets.2"],
      ["reminder_offset_out_of_range", "offsets.3"],
      ["reminder_offset_out_of_range", "offsets.4"],
    ]);
    expect(checkReminderSchedule(Array.from({ length: 11 }, (_, i) => i))[0]).toMatchObject({
      code: "too_many_reminders",
      path: "offsets",
      values: { max: 10 },
    });
  });
});

describe("planning reminders", () => {
  it("dates each reminder from the due date, earliest first", () => {
    expect(planReminders("2026-11-22", "2026-12-22", [14, -7, 1, -1, 7])).toEqual([
      { offsetDays: -7, dueOn: "2026-12-15" },
      { offsetDays: -1, dueOn: "2026-12-21" },
      { offsetDays: 1, dueOn: "2026-12-23" },
      { offsetDays: 7, dueOn: "2026-12-29" },
      { offsetDays: 14, dueOn: "2027-01-05" },
    ]);
  });

  it("plans nothing on or before the day the invoice is issued", () => {
    expect(
      planReminders("2026-12-18", "2026-12-22", [-7, -4, -1]).map((r) => r.offsetDays),
    ).toEqual([-1]);
  });

  it("plans nothing whose day had passed when a backdated invoice was sent", () => {
    // Dated 1 October, due 31 October, sent on 22 November: the reminders of 24 and 30 October,
    // 1, 7 and 14 November were never missed; only the days still ahead are planned.
    expect(
      planReminders("2026-10-01", "2026-10-31", [-7, -1, 1, 7, 14, 30, 45], "2026-11-22").map(
        (r) => [r.offsetDays, r.dueOn],
      ),
    ).toEqual([
      [30, "2026-11-30"],
      [45, "2026-12-15"],
    ]);
    expect(planReminders("2026-10-01", "2026-10-31", [1, 7], "2026-11-22")).toEqual([]);
  });
});

describe("reminders due", () => {
  const plan = planReminders("2026-11-22", "2026-12-22", DEFAULT_REMINDER_OFFSETS);

  it("sends nothing before the first is due, then the one due", () => {
    expect(remindersDue(plan, "2026-12-14")).toEqual({ send: null, skip: [] });
    expect(remindersDue(plan, "2026-12-15")).toEqual({
      send: { offsetDays: -7, dueOn: "2026-12-15" },
      skip: [],
    });
  });

  it("sends only the latest after a pause and skips the stale ones", () => {
    expect(remindersDue(plan, "2026-12-30")).toEqual({
      send: { offsetDays: 7, dueOn: "2026-12-29" },
      skip: [
        { offsetDays: -7, dueOn: "2026-12-15" },
        { offsetDays: -1, dueOn: "2026-12-21" },
        { offsetDays: 1, dueOn: "2026-12-23" },
      ],
    });
  });
});

describe("what a reminder says", () => {
  it("counts days to the due date, or days overdue, from the day it is sent", () => {
    expect(reminderTiming("2026-12-22", "2026-12-15")).toEqual({ kind: "before", days: 7 });
    expect(reminderTiming("2026-12-22", "2026-12-22")).toEqual({ kind: "due_today", days: 0 });
    expect(reminderTiming("2026-12-22", "2027-01-05")).toEqual({ kind: "overdue", days: 14 });
  });
});

describe("reminders while a payment awaits confirmation", () => {
  const plan = planReminders("2026-11-22", "2026-12-22", DEFAULT_REMINDER_OFFSETS);
  const invoiceWith = (
    ...payments: { amountMinor: number; status: PaymentStatus; recordedBy?: Side }[]
  ) => ({
    totalMinor: 400_000,
    payments: payments.map((p) => ({ recordedBy: "client" as const, ...p })),
    creditNotes: [{ amountMinor: 50_000 }],
  });

  it("holds the latest due and supersedes older ones when recorded payments cover what is owed", () => {
    const covered = invoiceWith(
      { amountMinor: 100_000, status: "confirmed" },
      { amountMinor: 250_000, status: "recorded" },
    );
    expect(sweepReminders(plan, "2026-12-23", covered)).toEqual({
      kind: "hold",
      hold: { offsetDays: 1, dueOn: "2026-12-23" },
      skip: [
        { offsetDays: -7, dueOn: "2026-12-15" },
        { offsetDays: -1, dueOn: "2026-12-21" },
      ],
    });
  });

  it("reminds of the rest only when recorded payments cover part of it", () => {
    const partly = invoiceWith({ amountMinor: 200_000, status: "recorded" });
    expect(sweepReminders(plan, "2026-12-15", partly)).toEqual({
      kind: "send",
      send: { offsetDays: -7, dueOn: "2026-12-15" },
      skip: [],
      remindMinor: 150_000,
      awaitingMinor: { client: 200_000, provider: 0 },
    });
  });

  it("tells what the client recorded as paid from what the provider recorded as received", () => {
    const both = invoiceWith(
      { amountMinor: 120_000, status: "recorded" },
      { amountMinor: 80_000, status: "recorded", recordedBy: "provider" },
      { amountMinor: 30_000, status: "rejected", recordedBy: "provider" },
    );
    expect(sweepReminders(plan, "2026-12-15", both)).toMatchObject({
      kind: "send",
      remindMinor: 150_000,
      awaitingMinor: { client: 120_000, provider: 80_000 },
    });
  });

  it("sends the held reminder at the first sweep after the payment is rejected", () => {
    const held = sweepReminders(
      plan,
      "2026-12-23",
      invoiceWith({ amountMinor: 350_000, status: "recorded" }),
    );
    expect(held).toMatchObject({ kind: "hold", hold: { offsetDays: 1 } });
    const later = sweepReminders(
      plan.filter((r) => r.offsetDays >= 1),
      "2026-12-26",
      invoiceWith({ amountMinor: 350_000, status: "rejected" }),
    );
    expect(later).toEqual({
      kind: "send",
      send: { offsetDays: 1, dueOn: "2026-12-23" },
      skip: [],
      remindMinor: 350_000,
      awaitingMinor: { client: 0, provider: 0 },
    });
  });

  it("says settled once confirmed payments and credit notes cover the invoice", () => {
    const settled = invoiceWith({ amountMinor: 350_000, status: "confirmed" });
    expect(sweepReminders(plan, "2026-12-23", settled)).toEqual({ kind: "settled" });
  });
});
