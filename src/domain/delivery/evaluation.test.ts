import { describe, expect, it } from "vitest";
import type { AcceptanceCriterion } from "../agreement/terms";
import { evaluateSubmission } from "./evaluation";

const criteria: AcceptanceCriterion[] = [
  { id: "c1", statement: "A card payment completes", verification: "Test purchase" },
  { id: "c2", statement: "Pages load in under 2 s", verification: "Lighthouse" },
];

describe("evaluating a submission against the agreed criteria", () => {
  it("accepts when every agreed criterion is met", () => {
    const result = evaluateSubmission(criteria, [
      { criterionId: "c1", isMet: true, comment: "Order #12 paid" },
      { criterionId: "c2", isMet: true, comment: "" },
    ]);
    expect(result).toEqual({ ok: true, outcome: "accepted", unmetCriterionIds: [] });
  });

  it("requests changes when a criterion is unmet, with its reason", () => {
    const result = evaluateSubmission(criteria, [
      { criterionId: "c1", isMet: true, comment: "" },
      { criterionId: "c2", isMet: false, comment: "Home page takes 4.1 s" },
    ]);
    expect(result).toEqual({ ok: true, outcome: "changes_requested", unmetCriterionIds: ["c2"] });
  });

  it("refuses an unmet verdict without a reason", () => {
    const result = evaluateSubmission(criteria, [
      { criterionId: "c1", isMet: true, comment: "" },
      { criterionId: "c2", isMet: false, comment: "   " },
    ]);
    expect(result).toEqual({
      ok: false,
      findings: [{ code: "reason_required", severity: "blocking", path: "verdicts.1.comment" }],
    });
  });

  it("needs a verdict on every agreed criterion", () => {
    const result = evaluateSubmission(criteria, [{ criterionId: "c1", isMet: true, comment: "" }]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.findings).toEqual([
      {
        code: "verdict_missing",
        severity: "blocking",
        path: "criteria.1",
        values: { statement: "Pages load in under 2 s" },
      },
    ]);
  });

  it("cannot reject on a criterion that was never agreed: out-of-criteria feedback never decides", () => {
    const result = evaluateSubmission(criteria, [
      { criterionId: "c1", isMet: true, comment: "" },
      { criterionId: "c2", isMet: true, comment: "" },
      { criterionId: "nicer-blue", isMet: false, comment: "I prefer a darker blue" },
    ]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.findings.map((f) => f.code)).toEqual(["verdict_unknown_criterion"]);
  });

  it("refuses two verdicts on one criterion", () => {
    const result = evaluateSubmission(criteria, [
      { criterionId: "c1", isMet: true, comment: "" },
      { criterionId: "c1", isMet: false, comment: "changed my mind" },
      { criterionId: "c2", isMet: true, comment: "" },
    ]);
    expect(!result.ok && result.findings.map((f) => f.code)).toEqual(["verdict_duplicate"]);
  });

  it("accepts a deliverable with no criteria only when nothing is judged against it", () => {
    expect(evaluateSubmission([], [])).toEqual({
      ok: true,
      outcome: "accepted",
      unmetCriterionIds: [],
    });
  });
});
