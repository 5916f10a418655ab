import type { Finding } from "../findings";
import type { Deliverable } from "./terms";

export const CRITERIA_CODES = [
  "deliverable_without_criteria",
  "criterion_without_verification",
] as const;
export type CriteriaCode = (typeof CRITERIA_CODES)[number];

/**
 * Flags deliverables that cannot be evaluated objectively: no acceptance criterion, or a
 * criterion nobody could check because it says nothing of how it is verified.
 */
export function checkCriteria(
  deliverables: readonly Deliverable[],
  withoutCriteria: Finding["severity"],
): Finding<CriteriaCode>[] {
  return deliverables.flatMap((deliverable, i): Finding<CriteriaCode>[] => [
    ...(deliverable.criteria.length === 0
      ? [
          {
            code: "deliverable_without_criteria" as const,
            severity: withoutCriteria,
            path: `deliverables.${i}.criteria`,
          },
        ]
      : []),
    ...deliverable.criteria
      .map((criterion, j) => ({ criterion, j }))
      .filter(({ criterion }) => criterion.verification.trim() === "")
      .map(({ j }) => ({
        code: "criterion_without_verification" as const,
        severity: "warning" as const,
        path: `deliverables.${i}.criteria.${j}.verification`,
      })),
  ]);
}
