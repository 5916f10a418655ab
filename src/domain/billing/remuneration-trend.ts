import { HOURS_PER_DAY, type EffortUnit } from "../agreement/terms";
import type { Finding } from "../findings";
import { daysBetween } from "./calendar";
import { divideRoundingHalfUp } from "./rounding";

/**
 * One period of an engagement (a retainer month, a quarter, a phase): what it paid and the
 * scope agreed for it. Scope is measured as effort, in the agreement's own effort units, because
 * hours are comparable across periods where counts of deliverables of unequal size are not.
 */
export interface RemunerationPeriod {
  /** What the UI shows, e.g. "2026-03" or the period's first day. */
  label: string;
  remunerationMinor: number;
  scope: { unit: EffortUnit; quantity: number };
}

export interface PeriodRate {
  label: string;
  remunerationMinor: number;
  /** Scope in thousandths of an hour (days × HOURS_PER_DAY), so fractions of hours stay exact. */
  scopeHoursMilli: number;
  /** Remuneration per hour of scope, rounded half up; null for a period with no scope. */
  rateMinorPerHour: number | null;
}

export const REMUNERATION_TREND_CODES = [
  "remuneration_cut_without_scope_cut",
  "discount_for_speed",
] as const;
export type RemunerationTrendCode = (typeof REMUNERATION_TREND_CODES)[number];

/** Cuts (of remuneration, or of its gap with scope) up to this much are noise, not a signal. */
export const DEFAULT_CUT_TOLERANCE_BASIS_POINTS = 500;

function hoursMilliOf(scope: RemunerationPeriod["scope"]): number {
  const milli = Math.round(scope.quantity * 1000);
  return scope.unit === "day" ? milli * HOURS_PER_DAY : milli;
}

/** The share `part` is of `whole`, in basis points, rounded half up (negative for a rise). */
function shareBasisPoints(part: bigint, whole: bigint): number {
  return Number(divideRoundingHalfUp(part * 10_000n, whole));
}

/**
 * The effective rate per period, and a warning wherever, from one period to the next, the
 * remuneration fell by more than the tolerance while the scope did not fall in proportion:
 * the scope cut is smaller than the remuneration cut less the tolerance. With the default 5 %:
 * pay −10 % and scope −8 % is a fair trim; pay −10 % and scope −4 % (or unchanged, or more)
 * is the same work for less. Periods with no pay or no scope before them cannot be compared.
 * Exact integer comparison: no rounding decides a flag.
 */
export function remunerationTrend(
  periods: readonly RemunerationPeriod[],
  toleranceBasisPoints = DEFAULT_CUT_TOLERANCE_BASIS_POINTS,
): { rates: PeriodRate[]; findings: Finding<"remuneration_cut_without_scope_cut">[] } {
  const rates = periods.map((period) => {
    const hoursMilli = hoursMilliOf(period.scope);
    return {
      label: period.label,
      remunerationMinor: period.remunerationMinor,
      scopeHoursMilli: hoursMilli,
      rateMinorPerHour:
        hoursMilli > 0
          ? Number(
              divideRoundingHalfUp(BigInt(period.remunerationMinor) * 1000n, BigInt(hoursMilli)),
            )
          : null,
    };
  });
  const findings: Finding<"remuneration_cut_without_scope_cut">[] = [];
  rates.forEach((current, index) => {
    const previous = rates[index - 1];
    if (!previous) return;
    const cut = compareCuts(previous, current, BigInt(toleranceBasisPoints));
    if (!cut) return;
    findings.push({
      code: "remuneration_cut_without_scope_cut",
      // Red, not amber: the same work for less is the signal this trend exists to raise.
      severity: "serious",
      path: `periods.${index}`,
      values: {
        fromPeriod: previous.label,
        toPeriod: current.label,
        remunerationCutBasisPoints: cut.remunerationCut,
        scopeCutBasisPoints: cut.scopeCut,
      },
    });
  });
  return { rates, findings };
}

function compareCuts(
  previous: PeriodRate,
  current: PeriodRate,
  tolerance: bigint,
): { remunerationCut: number; scopeCut: number } | null {
  const [payBefore, payAfter] = [
    BigInt(previous.remunerationMinor),
    BigInt(current.remunerationMinor),
  ];
  const [scopeBefore, scopeAfter] = [
    BigInt(previous.scopeHoursMilli),
    BigInt(current.scopeHoursMilli),
  ];
  if (payBefore <= 0n || scopeBefore <= 0n) return null;
  const payCut = payBefore - payAfter;
  const scopeCut = scopeBefore - scopeAfter;
  // payCut/payBefore > t and scopeCut/scopeBefore < payCut/payBefore − t, times the denominators.
  const isPayCut = payCut * 10_000n > tolerance * payBefore;
  const isScopeShort =
    scopeCut * 10_000n * payBefore + tolerance * scopeBefore * payBefore <
    payCut * 10_000n * scopeBefore;
  if (!isPayCut || !isScopeShort) return null;
  return {
    remunerationCut: shareBasisPoints(payCut, payBefore),
    scopeCut: shareBasisPoints(scopeCut, scopeBefore),
  };
}

/** A request to accept less in exchange for being paid sooner. */
export interface EarlyPaymentProposal {
  originalMinor: number;
  offeredMinor: number;
  originalDueDate: string;
  offeredDueDate: string;
}

/** The year of the annualised rate: a plain 365 days, as it only illustrates the price. */
const DAYS_PER_YEAR = 365n;

/**
 * Flags an offer to pay less, sooner, and prices it as a loan: giving up `discount` to receive
 * `offered` `daysSooner` days early is like paying simple interest of
 * discount / offered × 365 / daysSooner a year on the money advanced (the classic "2/10 net 30"
 * is 2/98 × 365/20 ≈ 37.24 %). Null when the offer is not less money, or not sooner. Amounts
 * must be positive whole minor units; anything else is a bug upstream and throws.
 */
export function checkDiscountForSpeed(
  proposal: EarlyPaymentProposal,
): Finding<"discount_for_speed"> | null {
  const { originalMinor, offeredMinor } = proposal;
  if (![originalMinor, offeredMinor].every((a) => Number.isSafeInteger(a) && a > 0)) {
    throw new RangeError("proposal amounts must be positive whole minor units");
  }
  const daysSooner = daysBetween(proposal.offeredDueDate, proposal.originalDueDate);
  if (offeredMinor >= originalMinor || daysSooner <= 0) return null;
  const discount = BigInt(originalMinor - offeredMinor);
  return {
    code: "discount_for_speed",
    severity: "warning",
    path: "",
    values: {
      discountMinor: Number(discount),
      discountBasisPoints: shareBasisPoints(discount, BigInt(originalMinor)),
      daysSooner,
      annualRateBasisPoints: Number(
        divideRoundingHalfUp(
          discount * 10_000n * DAYS_PER_YEAR,
          BigInt(offeredMinor) * BigInt(daysSooner),
        ),
      ),
    },
  };
}
