import type { LateInterestComputation } from "./late-interest";

/** What earlier late-interest invoices on the same invoice already claimed (void ones excluded). */
export interface LateInterestClaimed {
  interestMinor: number;
  isCompensationClaimed: boolean;
}

export interface LateInterestClaim {
  interestMinor: number;
  compensationMinor: number;
  totalMinor: number;
}

/**
 * What a provider may still invoice from a computation: the interest up to its day less the
 * interest already invoiced, and the fixed recovery compensation once per late invoice. So a
 * client late for months may be invoiced along the way, and every claim together equals the
 * computation to the last day claimed, to the cent (lines are not re-rounded per claim).
 */
export function claimableLateInterest(
  computation: Pick<LateInterestComputation, "interestMinor" | "compensationMinor" | "lines">,
  claimed: LateInterestClaimed,
): LateInterestClaim {
  const interestMinor = Math.max(0, computation.interestMinor - claimed.interestMinor);
  const isLate = computation.lines.length > 0;
  const compensationMinor =
    isLate && !claimed.isCompensationClaimed ? (computation.compensationMinor ?? 0) : 0;
  return { interestMinor, compensationMinor, totalMinor: interestMinor + compensationMinor };
}
