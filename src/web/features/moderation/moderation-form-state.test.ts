import { describe, expect, it } from "vitest";
import { AppealBody, CaseResponseBody, DecideCaseBody } from "../../../contracts/moderation";
import { HideReviewBody } from "../../../contracts/reviews";
import { checkForm } from "../../shared/forms/use-contract-form";
import {
  APPEAL_WORDS,
  CASE_RESPONSE_WORDS,
  DECISION_WORDS,
  REPORT_WORDS,
  ReportForm,
  readDecideCase,
  readHideReview,
  type DecideCaseValues,
} from "./moderation-form-state";

const decide = (patch: Partial<DecideCaseValues>) =>
  checkForm(
    DecideCaseBody,
    { decision: "suspension", reason: "Repeated insults", suspensionDays: "30", ...patch },
    { words: DECISION_WORDS, read: readDecideCase },
    "en",
  );

describe("the moderation forms, checked with the server's contracts", () => {
  it("asks a report for its reason, and says how long a reason must be", async () => {
    const words = { words: REPORT_WORDS };
    expect((await checkForm(ReportForm, { reason: "" }, words, "en")).problems).toEqual([
      { path: "reason", message: { key: "form.moderation.reportMissing" } },
    ]);
    expect((await checkForm(ReportForm, { reason: "rude" }, words, "en")).problems).toEqual([
      { path: "reason", message: { key: "validation.too_short", values: { minimum: 5 } } },
    ]);
  });

  it("asks for the answer to a notice and the reason of an appeal", async () => {
    const response = await checkForm(
      CaseResponseBody,
      { response: " " },
      { words: CASE_RESPONSE_WORDS },
      "en",
    );
    expect(response.problems).toEqual([
      { path: "response", message: { key: "form.moderation.responseMissing" } },
    ]);
    const appeal = await checkForm(AppealBody, { reason: "" }, { words: APPEAL_WORDS }, "en");
    expect(appeal.problems).toEqual([
      { path: "reason", message: { key: "form.moderation.appealMissing" } },
    ]);
  });

  it("asks a suspension for its length in whole days, and a decision for its reason", async () => {
    expect((await decide({ suspensionDays: "", reason: "" })).problems).toEqual([
      { path: "suspensionDays", message: { key: "form.moderation.daysMissing" } },
      { path: "reason", message: { key: "form.moderation.reasonMissing" } },
    ]);
    expect((await decide({ suspensionDays: "0" })).problems).toEqual([
      { path: "suspensionDays", message: { key: "form.moderation.daysInvalid" } },
    ]);
  });

  it("sends a suspension's length, and none with another decision", async () => {
    expect((await decide({})).data).toEqual({
      decision: "suspension",
      reason: "Repeated insults",
      suspensionDays: 30,
    });
    expect((await decide({ decision: "warning", suspensionDays: "" })).data).toEqual({
      decision: "warning",
      reason: "Repeated insults",
    });
  });

  it("hides a review for the policy in the moderator's words, the details after it", async () => {
    const read = readHideReview((policy) => `Policy ${policy}`);
    const hide = (note: string) =>
      checkForm(HideReviewBody, { policy: "harassment" as const, note }, { read }, "en");
    expect((await hide("  ")).data).toEqual({ reason: "Policy harassment" });
    expect((await hide(" Insults in the text ")).data).toEqual({
      reason: "Policy harassment: Insults in the text",
    });
    // Too long a note is named at the reason, where the server names it too.
    expect((await hide("x".repeat(1_000))).problems).toEqual([
      { path: "reason", message: { key: "validation.too_long", values: { maximum: 1_000 } } },
    ]);
  });
});
