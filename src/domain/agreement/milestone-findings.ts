import type { Finding } from "../findings";
import type { AgreementTerms } from "./terms";

export const MILESTONE_CODES = ["milestone_paid_without_deliverable"] as const;
export type MilestoneCode = (typeof MILESTONE_CODES)[number];

/**
 * Blocks a milestone that carries money but no deliverable. A milestone falls due for payment
 * when its deliverables are accepted; with none, it can never be accepted nor invoiced, so the
 * money promised on it is promised on nothing. Invariant: every paid milestone has at least
 * one deliverable pointing at it.
 */
export function checkPaidMilestones(
  terms: Pick<AgreementTerms, "deliverables" | "milestones">,
): Finding<MilestoneCode>[] {
  const delivered = new Set(terms.deliverables.map((d) => d.milestoneId));
  return terms.milestones.flatMap((milestone, i): Finding<MilestoneCode>[] =>
    milestone.amountMinor > 0 && !delivered.has(milestone.id)
      ? [
          {
            code: "milestone_paid_without_deliverable",
            severity: "blocking",
            path: `milestones.${i}.amountMinor`,
            values: { milestone: milestone.title },
          },
        ]
      : [],
  );
}
