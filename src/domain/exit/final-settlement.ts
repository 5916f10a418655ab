import type { EffortUnit, PriceModel } from "../agreement/terms";
import { addDays, daysBetween } from "../billing/calendar";
import { retainerPeriodOf, type RetainerPeriodLength } from "../billing/retainer-period";
import { divideRoundingHalfUp } from "../billing/rounding";

/** A retainer's period fee from a day on (the day the agreement setting it came into force). */
export interface RetainerFee {
  fromDay: string;
  periodFeeMinor: number;
}

export interface SettlementMilestone {
  id: string;
  title: string;
  amountMinor: number;
  state: "accepted" | "in_progress" | "not_started";
  /** Work in progress: the share both sides agreed it has reached, in basis points (0–10 000). */
  shareBasisPoints: number;
}

export interface FinalSettlementInput {
  model: PriceModel;
  /** Fixed price: the milestones as the agreement in force sets them. */
  milestones: readonly SettlementMilestone[];
  /**
   * Retainer: the first period's first day, served until the exit date, and the period fee of
   * each agreement in force (oldest first), each from the day it came into force; before the
   * first of those days the first fee holds.
   */
  retainer: {
    startDate: string;
    fees: readonly RetainerFee[];
    period: RetainerPeriodLength | null;
  } | null;
  /**
   * Time and materials: each entry of effort (in thousandths of a unit) at the rate it was
   * invoiced at, and the cap in force. Each entry is priced and rounded on its own, as an invoice
   * line is, so effort taken from invoiced lines earns exactly what those lines charged; an
   * amendment of the rate does not reprice time invoiced before it. `unit`: what one unit of
   * effort is (the rate's unit), so the line says hours or days as the agreement counts them.
   * `rateMinor`: the rate in force, which the line says when no time was invoiced.
   */
  time: {
    entries: readonly { quantityMilli: number; rateMinor: number }[];
    rateMinor: number;
    capMinor: number | null;
    unit: EffortUnit;
  } | null;
  /** The last day of the engagement (inclusive). */
  exitDate: string;
  /** Approved changes priced on their own (fixed price, retainer). */
  approvedChanges: readonly { number: number; title: string; priceMinor: number }[];
  approvedExpenses: readonly { description: string; amountMinor: number }[];
  payments: readonly { reference: string; amountMinor: number }[];
  credits: readonly { number: string; amountMinor: number }[];
  /** Refunds the provider agreed to in settled disputes (accepted amends), still owed back. */
  agreedRefunds: readonly { disputeNumber: number; amountMinor: number }[];
  /** Money the provider paid back and the client confirmed: it adds back what was given back. */
  refundsPaid: readonly { paidOn: string; reference: string; amountMinor: number }[];
  /**
   * Late-payment interest billing invoiced (its issued claims, not void), by the claim's number:
   * earned like work, so the claim's payment, a payment line, pays it and nothing else. Billing
   * claims it only where the late invoice's agreement opted into statutory interest.
   */
  lateInterest: readonly { invoiceNumber: string; amountMinor: number }[];
}

export type FinalSettlementLine =
  | { kind: "milestone_accepted"; milestoneId: string; title: string; amountMinor: number }
  | {
      kind: "milestone_in_progress";
      milestoneId: string;
      title: string;
      shareBasisPoints: number;
      amountMinor: number;
    }
  | { kind: "retainer_periods"; periods: number; amountMinor: number }
  | { kind: "retainer_partial"; daysServed: number; daysInPeriod: number; amountMinor: number }
  | {
      kind: "time";
      quantityMilli: number;
      unit: EffortUnit;
      rateMinor: number;
      amountMinor: number;
    }
  | { kind: "time_cap"; capMinor: number; amountMinor: number }
  | { kind: "approved_change"; number: number; title: string; amountMinor: number }
  | { kind: "expense"; description: string; amountMinor: number }
  | { kind: "payment"; reference: string; amountMinor: number }
  | { kind: "credit"; number: string; amountMinor: number }
  | { kind: "agreed_refund"; disputeNumber: number; amountMinor: number }
  | { kind: "refund_paid"; paidOn: string; reference: string; amountMinor: number }
  | { kind: "late_interest"; invoiceNumber: string; amountMinor: number };

export type FinalDocument =
  | { kind: "final_invoice"; amountMinor: number }
  | { kind: "credit_note"; amountMinor: number }
  | { kind: "none" };

export interface FinalSettlement {
  lines: FinalSettlementLine[];
  /** Positive: the client owes it; negative: the provider gives it back. */
  balanceMinor: number;
  document: FinalDocument;
}

export type FinalSettlementRefusal = "settlement_terms_missing" | "retainer_start_invalid";

/**
 * What is owed when an engagement ends, line by line, for both sides to read before anything
 * is issued. Earned: accepted milestones in full and work in progress at its agreed share
 * (fixed price); every period served, the last one by the day (retainer); effort at the rate,
 * never above the cap (time and materials, whose changes are paid through the time
 * they took, so they are not lines of their own); approved changes and expenses. Then payments,
 * credit notes and refunds agreed as amends in a dispute come off, refunds the provider paid
 * back (and the client confirmed) come back on, since money returned is no longer paid, and
 * the late-payment interest billing invoiced is added. A positive balance is the final invoice,
 * a negative one a credit note (what is still owed back), zero needs no document.
 */
export function computeFinalSettlement(
  input: FinalSettlementInput,
): { ok: true; settlement: FinalSettlement } | { ok: false; reason: FinalSettlementRefusal } {
  const earned = earnedLines(input);
  if (!earned.ok) return earned;
  const lines: FinalSettlementLine[] = [...earned.lines];
  if (input.model !== "time_and_materials")
    for (const change of input.approvedChanges)
      lines.push({
        kind: "approved_change",
        number: change.number,
        title: change.title,
        amountMinor: change.priceMinor,
      });
  for (const expense of input.approvedExpenses) lines.push({ kind: "expense", ...expense });
  for (const payment of input.payments)
    lines.push({
      kind: "payment",
      reference: payment.reference,
      amountMinor: -payment.amountMinor,
    });
  for (const credit of input.credits)
    lines.push({ kind: "credit", number: credit.number, amountMinor: -credit.amountMinor });
  for (const refund of input.agreedRefunds)
    lines.push({
      kind: "agreed_refund",
      disputeNumber: refund.disputeNumber,
      amountMinor: -refund.amountMinor,
    });
  for (const refund of input.refundsPaid) lines.push({ kind: "refund_paid", ...refund });
  for (const interest of input.lateInterest) lines.push({ kind: "late_interest", ...interest });
  const balanceMinor = lines.reduce((sum, line) => sum + line.amountMinor, 0);
  const document: FinalDocument =
    balanceMinor > 0
      ? { kind: "final_invoice", amountMinor: balanceMinor }
      : balanceMinor < 0
        ? { kind: "credit_note", amountMinor: -balanceMinor }
        : { kind: "none" };
  return { ok: true, settlement: { lines, balanceMinor, document } };
}

type EarnedResult =
  { ok: true; lines: FinalSettlementLine[] } | { ok: false; reason: FinalSettlementRefusal };

function earnedLines(input: FinalSettlementInput): EarnedResult {
  switch (input.model) {
    case "fixed":
      return { ok: true, lines: milestoneLines(input.milestones) };
    case "retainer":
      return input.retainer
        ? retainerLines(input.retainer, input.exitDate)
        : { ok: false, reason: "settlement_terms_missing" };
    case "time_and_materials":
      return input.time
        ? { ok: true, lines: timeLines(input.time) }
        : { ok: false, reason: "settlement_terms_missing" };
  }
}

function share(amountMinor: number, numerator: number, denominator: number): number {
  return Number(divideRoundingHalfUp(BigInt(amountMinor) * BigInt(numerator), BigInt(denominator)));
}

function milestoneLines(milestones: readonly SettlementMilestone[]): FinalSettlementLine[] {
  return milestones.flatMap((m): FinalSettlementLine[] => {
    if (m.state === "accepted")
      return [
        {
          kind: "milestone_accepted",
          milestoneId: m.id,
          title: m.title,
          amountMinor: m.amountMinor,
        },
      ];
    if (m.state === "in_progress" && m.shareBasisPoints > 0)
      return [
        {
          kind: "milestone_in_progress",
          milestoneId: m.id,
          title: m.title,
          shareBasisPoints: m.shareBasisPoints,
          amountMinor: share(m.amountMinor, Math.min(m.shareBasisPoints, 10_000), 10_000),
        },
      ];
    return [];
  });
}

function retainerLines(
  retainer: NonNullable<FinalSettlementInput["retainer"]>,
  exitDate: string,
): EarnedResult {
  let period = retainerPeriodOf(retainer.startDate, retainer.period);
  if (!period) return { ok: false, reason: "retainer_start_invalid" };
  const lines: FinalSettlementLine[] = [];
  while (period && period.start <= exitDate) {
    const lastDay = period.end < exitDate ? period.end : exitDate;
    const parts = feeParts(retainer.fees, period.start, lastDay);
    const [whole] = parts;
    const previous = lines.at(-1);
    if (whole && parts.length === 1 && lastDay === period.end) {
      // Consecutive whole periods at one fee make one line.
      if (
        previous?.kind === "retainer_periods" &&
        previous.amountMinor === previous.periods * whole.feeMinor
      ) {
        previous.periods += 1;
        previous.amountMinor += whole.feeMinor;
      } else lines.push({ kind: "retainer_periods", periods: 1, amountMinor: whole.feeMinor });
    } else {
      // A period the exit cuts short, or an amendment of the fee splits, counts by the day at
      // each fee.
      const daysInPeriod = daysBetween(period.start, period.end) + 1;
      for (const part of parts)
        lines.push({
          kind: "retainer_partial",
          daysServed: part.days,
          daysInPeriod,
          amountMinor: share(part.feeMinor, part.days, daysInPeriod),
        });
    }
    period = retainerPeriodOf(addDays(period.end, 1), retainer.period);
  }
  return { ok: true, lines };
}

/** The days from `first` to `last` (inclusive) cut where the fee in force changes. */
function feeParts(
  fees: readonly RetainerFee[],
  first: string,
  last: string,
): { days: number; feeMinor: number }[] {
  const feeOn = (day: string) =>
    fees.reduce<number>(
      (fee, change) => (change.fromDay <= day ? change.periodFeeMinor : fee),
      fees[0]?.periodFeeMinor ?? 0,
    );
  const cuts = [
    ...new Set([
      first,
      ...fees.map((change) => change.fromDay).filter((day) => day > first && day <= last),
    ]),
  ];
  const parts: { days: number; feeMinor: number }[] = [];
  cuts.forEach((from, index) => {
    const next = cuts[index + 1];
    const to = next ? addDays(next, -1) : last;
    const feeMinor = feeOn(from);
    const days = daysBetween(from, to) + 1;
    const previous = parts.at(-1);
    if (previous && previous.feeMinor === feeMinor) previous.days += days;
    else parts.push({ days, feeMinor });
  });
  return parts;
}

/** One `time` line per rate the effort was invoiced at (in the order first met), then the cap. */
function timeLines(time: NonNullable<FinalSettlementInput["time"]>): FinalSettlementLine[] {
  const byRate = new Map<number, { quantityMilli: number; amountMinor: number }>();
  for (const entry of time.entries) {
    const sum = byRate.get(entry.rateMinor) ?? { quantityMilli: 0, amountMinor: 0 };
    sum.quantityMilli += entry.quantityMilli;
    sum.amountMinor += share(entry.rateMinor, entry.quantityMilli, 1000);
    byRate.set(entry.rateMinor, sum);
  }
  // With nothing invoiced the settlement still says so (the `time` line tells the model): none
  // at the rate in force.
  if (byRate.size === 0) byRate.set(time.rateMinor, { quantityMilli: 0, amountMinor: 0 });
  const lines = [...byRate].map(([rateMinor, sum]): FinalSettlementLine => ({
    kind: "time",
    quantityMilli: sum.quantityMilli,
    unit: time.unit,
    rateMinor,
    amountMinor: sum.amountMinor,
  }));
  const amountMinor = [...byRate.values()].reduce((total, sum) => total + sum.amountMinor, 0);
  if (time.capMinor !== null && amountMinor > time.capMinor)
    lines.push({
      kind: "time_cap",
      capMinor: time.capMinor,
      amountMinor: time.capMinor - amountMinor,
    });
  return lines;
}
