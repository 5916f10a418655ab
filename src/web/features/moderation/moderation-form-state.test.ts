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
  canVerifyThreat,
  readDecideCase,
  readHideReview,
  type DecideCaseValues,
} from "./moderation-form-state";
import type { ModerationCase } from "./moderation-types";

const decide = (patch: Partial<DecideCaseValues>) =>
  checkForm(
    DecideCaseBody,
    {
      decision: "suspension",
      reason: "Repeated insults",
      suspensionDays: "30",
      isVerifiedThreat: false,
      ...patch,
    },
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

  it("sends a verified threat with a sanction, and none with no action or unticked", async () => {
    expect((await decide({ decision: "warning", isVerifiedThreat: true })).data).toEqual({
      decision: "warning",
      reason: "Repeated insults",
      isVerifiedThreat: true,
    });
    expect((await decide({ decision: "no_action", isVerifiedThreat: true })).data).toEqual({
      decision: "no_action",
      reason: "Repeated insults",
    });
    expect((await decide({ decision: "warning" })).data).toEqual({
      decision: "warning",
      reason: "Repeated insults",
    });
  });

  it("offers the verified-threat box on a reported review or reply with a sanction only", () => {
    const caseOf = (source: "report" | "screening", kind: "review" | "reply" | "message") =>
      ({ source, subject: { kind, id: "s1", text: null } }) as ModerationCase;
    expect(canVerifyThreat(caseOf("report", "review"), "warning")).toBe(true);
    expect(canVerifyThreat(caseOf("report", "reply"), "expulsion")).toBe(true);
    expect(canVerifyThreat(caseOf("report", "review"), "no_action")).toBe(false);
    expect(canVerifyThreat(caseOf("report", "message"), "warning")).toBe(false);
    expect(canVerifyThreat(caseOf("screening", "reply"), "warning")).toBe(false);
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
