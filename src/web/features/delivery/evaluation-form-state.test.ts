import { describe, expect, it } from "vitest";
import { emptyEvaluation, toEvaluateBody } from "./evaluation-form-state";

const criteria = [
  { id: "c1", statement: "Card payments work", verification: "" },
  { id: "c2", statement: "Pages load in 2 s", verification: "" },
  { id: "c3", statement: "Accessible", verification: "" },
];

describe("the evaluation form's request", () => {
  it("leaves out criteria without a verdict and maps each sent verdict back to its criterion", () => {
    const form = emptyEvaluation(criteria);
    form.verdicts.c1 = { isMet: true, comment: "  paid  " };
    form.verdicts.c3 = { isMet: false, comment: "No focus outline" };
    const sent = toEvaluateBody(criteria, form);
    expect(sent.body.verdicts).toEqual([
      { criterionId: "c1", isMet: true, comment: "paid" },
      { criterionId: "c3", isMet: false, comment: "No focus outline" },
    ]);
    // The server's `verdicts.1.comment` is about c3, not the second criterion on screen.
    expect(sent.criterionOfVerdict).toEqual(["c1", "c3"]);
  });

  it("drops blank remarks and remembers which form line each sent remark came from", () => {
    const form = {
      ...emptyEvaluation(criteria),
      remarks: [
        { key: "a", text: "   " },
        { key: "b", text: " Darker buttons " },
      ],
    };
    const sent = toEvaluateBody(criteria, form);
    expect(sent.body.remarks).toEqual(["Darker buttons"]);
    expect(sent.remarkOfSent).toEqual(["b"]);
  });
});
