import type { AcceptanceCriterion } from "../agreement/terms";
import type { Finding } from "../findings";

/** The client's answer on one agreed criterion. */
export interface CriterionVerdict {
  criterionId: string;
  isMet: boolean;
  /** Evidence when met (optional), the reason when not met (required). */
  comment: string;
}

export const EVALUATION_CODES = [
  "verdict_missing",
  "verdict_unknown_criterion",
  "verdict_duplicate",
  "reason_required",
] as const;
export type EvaluationCode = (typeof EVALUATION_CODES)[number];

export type EvaluationOutcome = "accepted" | "changes_requested";

export type EvaluationResult =
  | { ok: true; outcome: EvaluationOutcome; unmetCriterionIds: string[] }
  | { ok: false; findings: Finding<EvaluationCode>[] };

/**
 * Judges a submission against exactly the criteria that were agreed. Every agreed criterion
 * needs a verdict, and a criterion found unmet needs a reason. Remarks that cite no criterion
 * are not an input: they are kept as notes elsewhere and can never turn the outcome.
 * All criteria met → accepted; any unmet → changes requested.
 */
export function evaluateSubmission(
  criteria: readonly AcceptanceCriterion[],
  verdicts: readonly CriterionVerdict[],
): EvaluationResult {
  const findings: Finding<EvaluationCode>[] = [];
  const agreed = new Set(criteria.map((c) => c.id));
  const seen = new Set<string>();
  verdicts.forEach((verdict, index) => {
    const path = `verdicts.${index}`;
    if (!agreed.has(verdict.criterionId)) {
      findings.push({
        code: "verdict_unknown_criterion",
        severity: "blocking",
        path,
        values: { criterion: verdict.criterionId },
      });
      return;
    }
    if (seen.has(verdict.criterionId)) {
      findings.push({ code: "verdict_duplicate", severity: "blocking", path });
      return;
    }
    seen.add(verdict.criterionId);
    if (!verdict.isMet && verdict.comment.trim() === "") {
      findings.push({ code: "reason_required", severity: "blocking", path: `${path}.comment` });
    }
  });
  criteria.forEach((criterion, index) => {
    if (!seen.has(criterion.id)) {
      findings.push({
        code: "verdict_missing",
        severity: "blocking",
        path: `criteria.${index}`,
        values: { statement: criterion.statement },
      });
    }
  });
  if (findings.length > 0) return { ok: false, findings };
  const unmetCriterionIds = verdicts.filter((v) => !v.isMet).map((v) => v.criterionId);
  return {
    ok: true,
    outcome: unmetCriterionIds.length === 0 ? "accepted" : "changes_requested",
    unmetCriterionIds,
  };
}
