import { describe, expect, it } from "vitest";
import { AnswerOfferBody, ProposeCorrectionBody, RecordValueBody } from "../../../contracts/growth";
import { checkForm } from "../../shared/forms/use-contract-form";
import {
  ANSWER_OFFER_WORDS,
  CORRECTION_WORDS,
  RECORD_VALUE_WORDS,
  readCorrection,
  readRecordValue,
  type RecordValueValues,
} from "./growth-form-state";

const record = (patch: Partial<RecordValueValues>, locale = "en") =>
  checkForm(
    RecordValueBody,
    { value: "60", measuredOn: "2026-12-01", source: "https://shop.test/report", ...patch },
    { words: RECORD_VALUE_WORDS, read: readRecordValue },
    locale,
  );

describe("the growth forms, checked with the server's contracts", () => {
  it("asks a measurement for its value, its day and its source", async () => {
    expect((await record({ value: "", measuredOn: "", source: " " })).problems).toEqual([
      { path: "value", message: { key: "form.growth.valueMissing" } },
      { path: "measuredOn", message: { key: "form.growth.measuredOnMissing" } },
      { path: "source", message: { key: "form.growth.sourceMissing" } },
    ]);
    expect((await record({ value: "lots" })).problems).toEqual([
      { path: "value", message: { key: "form.number.invalid" } },
    ]);
  });

  it("reads a value typed with a decimal comma", async () => {
    expect((await record({ value: "12,5" }, "fr")).data?.value).toBe(12.5);
  });

  it("asks a correction for its value and its reason", async () => {
    const checked = await checkForm(
      ProposeCorrectionBody,
      { value: "", reason: "" },
      { words: CORRECTION_WORDS, read: readCorrection },
      "en",
    );
    expect(checked.problems).toEqual([
      { path: "value", message: { key: "form.growth.valueMissing" } },
      { path: "reason", message: { key: "form.growth.correctionReasonMissing" } },
    ]);
  });

  it("asks a decline or a request for change why, and lets an acceptance go without a note", async () => {
    const answer = (outcome: "accepted" | "declined" | "change_requested") =>
      checkForm(AnswerOfferBody, { outcome, note: " " }, { words: ANSWER_OFFER_WORDS }, "en");
    for (const outcome of ["declined", "change_requested"] as const)
      expect((await answer(outcome)).problems).toEqual([
        { path: "note", message: { key: "form.growth.answerNoteMissing" } },
      ]);
    expect((await answer("accepted")).data).toEqual({ outcome: "accepted", note: "" });
  });
});
