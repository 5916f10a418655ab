import { describe, expect, it } from "vitest";
import { checkForm } from "../../shared/forms/use-contract-form";
import {
  EVALUATION_WORDS,
  EvaluationFormBody,
  emptyEvaluation,
  formPathOf,
  type EvaluationValues,
} from "./evaluation-form-state";

const criteria = [
  { id: "c1", statement: "Card payments work", verification: "" },
  { id: "c2", statement: "Pages load in 2 s", verification: "" },
  { id: "c3", statement: "Accessible", verification: "" },
];

function check(values: EvaluationValues) {
  return checkForm(EvaluationFormBody, values, { words: EVALUATION_WORDS }, "en");
}

describe("the evaluation form, checked before anything is sent", () => {
  it("asks for a verdict on each criterion left open and a reason for each unmet one", async () => {
    const values = emptyEvaluation(criteria);
    values.verdicts[0] = { criterionId: "c1", isMet: true, comment: "" };
    values.verdicts[2] = { criterionId: "c3", isMet: false, comment: "   " };
    const checked = await check(values);
    expect(checked.data).toBeNull();
    expect(checked.problems).toEqual([
      { path: "verdicts.1.isMet", message: { key: "form.evaluation.verdictMissing" } },
      { path: "verdicts.2.comment", message: { key: "evaluation.reason_required" } },
    ]);
  });

  it("sends one verdict per criterion in order, trimmed, and leaves blank remarks out", async () => {
    const values: EvaluationValues = {
      verdicts: [
        { criterionId: "c1", isMet: true, comment: "  paid  " },
        { criterionId: "c2", isMet: true, comment: "" },
        { criterionId: "c3", isMet: false, comment: "No focus outline" },
      ],
      remarks: [
        { key: "a", text: "   " },
        { key: "b", text: " Darker buttons " },
      ],
    };
    const checked = await check(values);
    expect(checked.problems).toEqual([]);
    expect(checked.data).toEqual({
      verdicts: [
        { criterionId: "c1", isMet: true, comment: "paid" },
        { criterionId: "c2", isMet: true, comment: "" },
        { criterionId: "c3", isMet: false, comment: "No focus outline" },
      ],
      remarks: ["Darker buttons"],
    });
  });

  it("puts the server's problems back on the criterion and the remark they came from", () => {
    const values: EvaluationValues = {
      ...emptyEvaluation(criteria),
      remarks: [
        { key: "a", text: "" },
        { key: "b", text: "Darker buttons" },
      ],
    };
    expect(formPathOf("criteria.2", values)).toBe("verdicts.2.isMet");
    expect(formPathOf("verdicts.1", values)).toBe("verdicts.1.isMet");
    expect(formPathOf("verdicts.1.comment", values)).toBe("verdicts.1.comment");
    // The server's first remark is the form's second: the blank one was not sent.
    expect(formPathOf("remarks.0", values)).toBe("remarks.1.text");
  });
});
