import type { AgreementTerms } from "../agreement/terms";
import { addDays, daysBetween, daysInYear, yearOf } from "./calendar";
import type { Payment } from "./payments";
import { divideRoundingHalfUp, sumExact } from "./rounding";

/**
 * A central bank's reference rate for a currency, from a date on (the ECB's main refinancing
 * rate for EUR). Data, not code: the table grows every half-year.
 */
export interface ReferenceRate {
  currency: string;
  validFrom: string;
  rateBasisPoints: number;
}

/** The fixed sum for recovery costs per late invoice, in one currency. */
export interface RecoveryCompensation {
  currency: string;
  amountMinor: number;
}

/** Directive 2011/7/EU art. 2(6): the statutory rate is the reference rate plus 8 points. */
export const STATUTORY_MARGIN_BASIS_POINTS = 800;

/** Directive 2011/7/EU art. 6: EUR 40; other currencies only where an equivalent is configured. */
export const DEFAULT_RECOVERY_COMPENSATION: readonly RecoveryCompensation[] = [
  { currency: "EUR", amountMinor: 4000 },
];

export interface LateInterestInput {
  terms: Pick<AgreementTerms, "statutoryLateInterest">;
  currency: string;
  /** What the invoice asks for after credit notes. */
  amountDueMinor: number;
  dueDate: string;
  /** The invoice's payments; only confirmed ones reduce the principal. */
  payments: readonly Pick<Payment, "amountMinor" | "paidOn" | "status">[];
  /** The last day counted: today for an open invoice, or the day the computation is shown for. */
  asOf: string;
  referenceRates: readonly ReferenceRate[];
  recoveryCompensation?: readonly RecoveryCompensation[];
  marginBasisPoints?: number;
}

/** One line of the computation: a stretch with one principal, one rate and one year length. */
export interface InterestLine {
  from: string;
  /** Inclusive: the line counts `to` as a day of interest. */
  to: string;
  days: number;
  /** 365 or 366: the length of the year the line falls in (actual/actual). */
  daysInYear: number;
  principalMinor: number;
  referenceRateBasisPoints: number;
  annualRateBasisPoints: number;
  interestMinor: number;
}

export const LATE_INTEREST_NOTES = [
  "late_interest_not_agreed",
  "not_overdue",
  "recovery_compensation_unavailable",
] as const;
export type LateInterestNote = (typeof LATE_INTEREST_NOTES)[number];

export interface LateInterestComputation {
  currency: string;
  dueDate: string;
  asOf: string;
  lines: InterestLine[];
  interestMinor: number;
  /** Null when none is due, or when no amount is configured for the currency (see notes). */
  compensationMinor: number | null;
  totalMinor: number;
  notes: LateInterestNote[];
}

export const LATE_INTEREST_REFUSALS = ["reference_rate_missing"] as const;
export type LateInterestRefusal = (typeof LATE_INTEREST_REFUSALS)[number];

export type LateInterestResult =
  | { ok: true; computation: LateInterestComputation }
  | { ok: false; reason: LateInterestRefusal; currency: string; halfYearStart: string };

/**
 * Statutory late-payment interest on one invoice (Directive 2011/7/EU), as lines a person can
 * check. Interest runs from the day after the due date to the payment date, both days
 * included (a payment on the day after the due date is one day late), or to `asOf` while
 * something is still owed. It is simple interest on what is still owed: a confirmed payment
 * lowers the principal from the day after it is made, and payments on or before the due date
 * lower it before interest starts. Lines split at every 1 January and 1 July: the rate for a
 * half-year is the reference rate in force on its first day (art. 2(12)), plus the margin; and
 * because every line then lies in one calendar year, each line divides by that year's length
 * (366 in a leap year: actual/actual, so a year of interest is exactly the annual rate).
 * Each line is rounded half up to the minor unit and the total is the sum of the lines, so
 * what the UI shows adds up. The fixed recovery compensation is due once the invoice is late.
 */
export function computeLateInterest(input: LateInterestInput): LateInterestResult {
  if (!input.terms.statutoryLateInterest)
    return { ok: true, computation: empty(input, "late_interest_not_agreed") };
  const confirmed = input.payments
    .filter((p) => p.status === "confirmed" && p.paidOn <= input.asOf)
    .sort((a, b) => (a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : 0));
  const paidByDueDate = sumExact(
    confirmed.filter((p) => p.paidOn <= input.dueDate).map((p) => p.amountMinor),
  );
  let principal = BigInt(input.amountDueMinor) - paidByDueDate;
  if (principal <= 0n || input.asOf <= input.dueDate)
    return { ok: true, computation: empty(input, "not_overdue") };

  const lines: InterestLine[] = [];
  let cursor = addDays(input.dueDate, 1);
  for (const payment of confirmed.filter((p) => p.paidOn > input.dueDate)) {
    if (principal <= 0n) break;
    const accrued = accrue(input, cursor, payment.paidOn, principal);
    if (!accrued.ok) return accrued;
    lines.push(...accrued.lines);
    principal -= BigInt(payment.amountMinor);
    cursor = addDays(payment.paidOn, 1);
  }
  if (principal > 0n && cursor <= input.asOf) {
    const accrued = accrue(input, cursor, input.asOf, principal);
    if (!accrued.ok) return accrued;
    lines.push(...accrued.lines);
  }
  return { ok: true, computation: withCompensation(input, lines) };
}

function empty(input: LateInterestInput, note: LateInterestNote): LateInterestComputation {
  return {
    currency: input.currency,
    dueDate: input.dueDate,
    asOf: input.asOf,
    lines: [],
    interestMinor: 0,
    compensationMinor: null,
    totalMinor: 0,
    notes: [note],
  };
}

function withCompensation(
  input: LateInterestInput,
  lines: InterestLine[],
): LateInterestComputation {
  const table = input.recoveryCompensation ?? DEFAULT_RECOVERY_COMPENSATION;
  const compensation = table.find((c) => c.currency === input.currency);
  const interest = Number(sumExact(lines.map((l) => l.interestMinor)));
  return {
    currency: input.currency,
    dueDate: input.dueDate,
    asOf: input.asOf,
    lines,
    interestMinor: interest,
    compensationMinor: compensation ? compensation.amountMinor : null,
    totalMinor: interest + (compensation?.amountMinor ?? 0),
    notes: compensation ? [] : ["recovery_compensation_unavailable"],
  };
}

/** Lines for [from, to] at one principal, split at half-year starts (which include 1 January). */
function accrue(
  input: LateInterestInput,
  from: string,
  to: string,
  principal: bigint,
): { ok: true; lines: InterestLine[] } | Extract<LateInterestResult, { ok: false }> {
  const lines: InterestLine[] = [];
  for (let start = from; start <= to;) {
    const half = halfYearOf(start);
    const end = half.last < to ? half.last : to;
    const reference = referenceRateOn(input.referenceRates, input.currency, half.first);
    if (reference === null) {
      return {
        ok: false,
        reason: "reference_rate_missing",
        currency: input.currency,
        halfYearStart: half.first,
      };
    }
    lines.push(interestLine(start, end, principal, reference, input.marginBasisPoints));
    start = addDays(end, 1);
  }
  return { ok: true, lines };
}

function interestLine(
  from: string,
  to: string,
  principal: bigint,
  referenceRateBasisPoints: number,
  margin = STATUTORY_MARGIN_BASIS_POINTS,
): InterestLine {
  const days = daysBetween(from, to) + 1;
  const yearLength = daysInYear(yearOf(from));
  // A negative reference rate never turns interest into a payment to the late payer.
  const annualRate = Math.max(0, referenceRateBasisPoints + margin);
  const interest = divideRoundingHalfUp(
    principal * BigInt(annualRate) * BigInt(days),
    10_000n * BigInt(yearLength),
  );
  return {
    from,
    to,
    days,
    daysInYear: yearLength,
    principalMinor: Number(principal),
    referenceRateBasisPoints,
    annualRateBasisPoints: annualRate,
    interestMinor: Number(interest),
  };
}

/** The half-year a date falls in: 1 January–30 June or 1 July–31 December. */
export function halfYearOf(isoDate: string): { first: string; last: string } {
  const year = isoDate.slice(0, 4);
  return isoDate.slice(5) < "07-01"
    ? { first: `${year}-01-01`, last: `${year}-06-30` }
    : { first: `${year}-07-01`, last: `${year}-12-31` };
}

/**
 * The currency's reference rate in force on `date`: the entry with the latest `validFrom` on or
 * before it. Null when the table has none, which the computation reports instead of guessing.
 */
export function referenceRateOn(
  table: readonly ReferenceRate[],
  currency: string,
  date: string,
): number | null {
  const inForce = table
    .filter((r) => r.currency === currency && r.validFrom <= date)
    .reduce<ReferenceRate | null>(
      (latest, r) => (latest === null || r.validFrom > latest.validFrom ? r : latest),
      null,
    );
  return inForce === null ? null : inForce.rateBasisPoints;
}
