import type { Finding } from "../findings";
import { addDays, daysBetween } from "./calendar";
import type { Side } from "../engagement/engagement";
import { openToRecordMinor, outstandingMinor, type PayableInvoice, type Payment } from "./payments";
import { sumExact } from "./rounding";

/**
 * Reminder days relative to an invoice's due date: negative before it, 0 on it, positive
 * after. The default reminds a week and a day before, then a day, a week and two weeks late.
 */
export const DEFAULT_REMINDER_OFFSETS: readonly number[] = [-7, -1, 1, 7, 14];
export const MAX_REMINDERS = 10;
export const MIN_REMINDER_OFFSET = -60;
export const MAX_REMINDER_OFFSET = 120;

export const REMINDER_SCHEDULE_CODES = [
  "reminder_offset_out_of_range",
  "reminder_offset_duplicate",
  "too_many_reminders",
] as const;
export type ReminderScheduleCode = (typeof REMINDER_SCHEDULE_CODES)[number];

/**
 * What is wrong with a provider's schedule, all at once so the form can mark every field:
 * whole days between 60 before and 120 after the due date, each day once, at most ten. An
 * empty schedule is allowed: the provider sends no reminders.
 */
export function checkReminderSchedule(offsets: readonly number[]): Finding<ReminderScheduleCode>[] {
  const findings: Finding<ReminderScheduleCode>[] = [];
  if (offsets.length > MAX_REMINDERS) {
    findings.push({
      code: "too_many_reminders",
      severity: "blocking",
      path: "offsets",
      values: { max: MAX_REMINDERS },
    });
  }
  const seen = new Set<number>();
  offsets.forEach((offset, index) => {
    const path = `offsets.${index}`;
    if (!Number.isInteger(offset) || offset < MIN_REMINDER_OFFSET || offset > MAX_REMINDER_OFFSET) {
      findings.push({
        code: "reminder_offset_out_of_range",
        severity: "blocking",
        path,
        values: { min: MIN_REMINDER_OFFSET, max: MAX_REMINDER_OFFSET },
      });
    } else if (seen.has(offset)) {
      findings.push({ code: "reminder_offset_duplicate", severity: "blocking", path });
    }
    seen.add(offset);
  });
  return findings;
}

/**
 * Why a planned reminder was not sent: a later one due at the same sweep went instead
 * (`superseded`), or the invoice was paid, credited in full or voided before its day. A
 * reminder held back while the client's recorded payments await the provider's confirmation
 * stays pending with reason `awaiting_confirmation`, and goes out if a payment is rejected.
 */
export const REMINDER_REASONS = [
  "superseded",
  "paid",
  "credited",
  "void",
  "awaiting_confirmation",
] as const;
export type ReminderReason = (typeof REMINDER_REASONS)[number];

export interface PlannedReminder {
  offsetDays: number;
  dueOn: string;
}

/**
 * The reminders of an invoice dated `issueDate`, issued (sent) on `issuedOn` and due on
 * `dueDate`, earliest first. A reminder falling on or before the day the invoice was sent is not
 * planned: the invoice itself just arrived, and a reminder whose day had already passed when an
 * invoice was backdated was never missed, so it is not sent as if it had been.
 */
export function planReminders(
  issueDate: string,
  dueDate: string,
  offsets: readonly number[],
  issuedOn: string = issueDate,
): PlannedReminder[] {
  const from = issuedOn > issueDate ? issuedOn : issueDate;
  return [...new Set(offsets)]
    .sort((a, b) => a - b)
    .map((offsetDays) => ({ offsetDays, dueOn: addDays(dueDate, offsetDays) }))
    .filter((r) => r.dueOn > from);
}

/**
 * Which pending reminders to act on today: the latest one due is sent and the earlier ones due
 * are superseded, so a client never receives a burst of stale reminders after a pause (the
 * sweeper stopped for a while). Nothing when none is due.
 */
export function remindersDue(
  pending: readonly PlannedReminder[],
  today: string,
): { send: PlannedReminder | null; skip: PlannedReminder[] } {
  const due = pending.filter((r) => r.dueOn <= today).sort((a, b) => a.offsetDays - b.offsetDays);
  const send = due.at(-1) ?? null;
  return { send, skip: due.slice(0, -1) };
}

/**
 * Where the invoice stands on `today`, as a reminder says it: due in n days, due today, or n
 * days overdue. Said from the day it is sent, not from the reminder's planned day.
 */
export function reminderTiming(
  dueDate: string,
  today: string,
): { kind: "before" | "due_today" | "overdue"; days: number } {
  const days = daysBetween(today, dueDate);
  if (days > 0) return { kind: "before", days };
  if (days === 0) return { kind: "due_today", days: 0 };
  return { kind: "overdue", days: -days };
}

export type ReminderSweep =
  | { kind: "settled" }
  | { kind: "hold"; hold: PlannedReminder | null; skip: PlannedReminder[] }
  | {
      kind: "send";
      send: PlannedReminder | null;
      skip: PlannedReminder[];
      remindMinor: number;
      /**
       * Recorded as paid but not yet confirmed, by the side that recorded it: the client's own
       * record awaits the provider, the provider's record of money received awaits the client.
       * Said, not asked.
       */
      awaitingMinor: Record<Side, number>;
    };

/**
 * What a sweep on `today` does with an open invoice's pending reminders. Nothing is owed once
 * confirmed payments and credit notes cover it (`settled`). A client who recorded payments
 * that cover the rest has said it paid: the latest reminder due is held (kept pending, so it
 * goes out at the first sweep after a rejection) and older ones are superseded. Otherwise the
 * latest due is sent for what is neither confirmed nor awaiting confirmation, in the invoice's
 * currency, so a client is never reminded of money it says it already paid; what it recorded
 * and awaits confirmation is told apart by who recorded it (`awaitingMinor`).
 */
export function sweepReminders(
  pending: readonly PlannedReminder[],
  today: string,
  invoice: Omit<PayableInvoice, "currency" | "status" | "payments"> & {
    payments: readonly Pick<Payment, "amountMinor" | "status" | "recordedBy">[];
  },
): ReminderSweep {
  const outstanding = outstandingMinor(invoice.totalMinor, invoice.payments, invoice.creditNotes);
  if (outstanding <= 0) return { kind: "settled" };
  const { send, skip } = remindersDue(pending, today);
  const remindMinor = openToRecordMinor(invoice);
  if (remindMinor <= 0) return { kind: "hold", hold: send, skip };
  const awaitingBy = (side: Side) =>
    Number(
      sumExact(
        invoice.payments
          .filter((p) => p.status === "recorded" && p.recordedBy === side)
          .map((p) => p.amountMinor),
      ),
    );
  const awaitingMinor = { client: awaitingBy("client"), provider: awaitingBy("provider") };
  return { kind: "send", send, skip, remindMinor, awaitingMinor };
}
