import { describe, expect, it } from "vitest";
import { AppealBody, CaseResponseBody, DecideCaseBody } from "../../../contracts/moderation";
import { checkForm } from "../../shared/forms/use-contract-form";
import {
  APPEAL_WORDS,
  CASE_RESPONSE_WORDS,
  DECISION_WORDS,
  REPORT_WORDS,
  ReportForm,
  readDecideCase,
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
});
