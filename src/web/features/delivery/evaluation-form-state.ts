import type { AcceptanceCriterion, EvaluateBody } from "../../shared/api/types";

/** One criterion as the evaluation form holds it: no verdict until the client picks one. */
export interface VerdictDraft {
  isMet: boolean | null;
  comment: string;
}

export interface EvaluationForm {
  verdicts: Record<string, VerdictDraft>;
  remarks: { key: string; text: string }[];
}

export function emptyEvaluation(criteria: readonly AcceptanceCriterion[]): EvaluationForm {
  return {
    verdicts: Object.fromEntries(criteria.map((c) => [c.id, { isMet: null, comment: "" }])),
    remarks: [],
  };
}

/**
 * The request body, and where each sent item came from. A criterion without a verdict is left
 * out, so the server names it (`criteria.<i>`); blank remarks are dropped. The server's paths
 * count the items sent, so the maps turn them back into the form's criteria and remarks.
 */
export function toEvaluateBody(
  criteria: readonly AcceptanceCriterion[],
  form: EvaluationForm,
): { body: EvaluateBody; criterionOfVerdict: string[]; remarkOfSent: string[] } {
  const decided = criteria.filter((c) => form.verdicts[c.id]?.isMet != null);
  const remarks = form.remarks.filter((r) => r.text.trim() !== "");
  return {
    body: {
      verdicts: decided.map((c) => ({
        criterionId: c.id,
        isMet: form.verdicts[c.id]?.isMet === true,
        comment: form.verdicts[c.id]?.comment.trim() ?? "",
      })),
      remarks: remarks.map((r) => r.text.trim()),
    },
    criterionOfVerdict: decided.map((c) => c.id),
    remarkOfSent: remarks.map((r) => r.key),
  };
}
