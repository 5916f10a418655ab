import { z } from "zod";
import { EvaluateBody } from "../../../contracts/delivery";
import type { AcceptanceCriterion } from "../../shared/api/types";
import type { FormWords } from "../../shared/forms/issue-message";

/** One criterion as the evaluation form holds it: no verdict until the client picks one. */
export interface VerdictDraft {
  criterionId: string;
  isMet: boolean | null;
  comment: string;
}

/** The evaluation as its form holds it: a verdict per agreed criterion, in their order. */
export interface EvaluationValues {
  verdicts: VerdictDraft[];
  remarks: { key: string; text: string }[];
}

export function emptyEvaluation(criteria: readonly AcceptanceCriterion[]): EvaluationValues {
  return {
    verdicts: criteria.map((c) => ({ criterionId: c.id, isMet: null, comment: "" })),
    remarks: [],
  };
}

const ContractVerdict = EvaluateBody.shape.verdicts.element;

/**
 * The contract, as the form holds it: every criterion needs a verdict and an unmet one its
 * reason (the server's own rule, `evaluateSubmission`), asked before anything is sent. Blank
 * remarks are left out; what remains is checked by the contract itself.
 */
export const EvaluationFormBody = z
  .object({
    verdicts: z.array(
      ContractVerdict.superRefine((verdict, ctx) => {
        if (verdict.isMet === false && verdict.comment === "")
          ctx.addIssue({ code: "custom", path: ["comment"], input: verdict.comment });
      }),
    ),
    remarks: z.array(z.object({ key: z.string(), text: z.string() })),
  })
  .transform(({ verdicts, remarks }): z.input<typeof EvaluateBody> => ({
    verdicts,
    remarks: remarks.map((remark) => remark.text.trim()).filter(Boolean),
  }))
  .pipe(EvaluateBody);

export const EVALUATION_WORDS: FormWords = {
  "verdicts.*.isMet": { required: "form.evaluation.verdictMissing" },
  "verdicts.*.comment": { required: "evaluation.reason_required" },
};

/**
 * Where the form shows a problem the server named: a verdict's at its criterion (the form sends
 * one per criterion, in order); a remark's at the remark it came from, blank ones being left out.
 */
export function formPathOf(serverPath: string, values: EvaluationValues): string {
  const [head, index, ...rest] = serverPath.split(".");
  if (head === "criteria" || (head === "verdicts" && rest.length === 0))
    return `verdicts.${index}.isMet`;
  if (head === "remarks") {
    const sent = values.remarks.flatMap((remark, at) => (remark.text.trim() ? [at] : []));
    return `remarks.${sent[Number(index)] ?? index}.text`;
  }
  return serverPath;
}
