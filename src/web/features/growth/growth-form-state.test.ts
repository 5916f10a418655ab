import type { z } from "zod";
import { describe, expect, it } from "vitest";
import {
  AnswerOfferBody,
  AnswerReviewBody,
  GiveRecognitionBody,
  ProposeCorrectionBody,
  RecordValueBody,
  SendOfferBody,
  SetGoalBody,
} from "../../../contracts/growth";
import { checkForm } from "../../shared/forms/use-contract-form";
import {
  ANSWER_OFFER_WORDS,
  CORRECTION_WORDS,
  RECORD_VALUE_WORDS,
  readCorrection,
  readGiveRecognition,
  readRecordValue,
  readSendOffer,
  readSetGoal,
  REVIEW_ANSWER_WORDS,
  SEND_OFFER_WORDS,
  SET_GOAL_WORDS,
  setGoalValuesOf,
  type GiveRecognitionValues,
  type RecordValueValues,
  type SendOfferValues,
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

  it("asks a goal for its name, baseline and target, and sends the brief's measure it starts from", async () => {
    const goal = (patch: Record<string, string>) =>
      checkForm(
        SetGoalBody,
        { title: "Orders", baseline: "40", target: "200", unit: "orders", measure: "", ...patch },
        { words: SET_GOAL_WORDS, read: readSetGoal },
        "en",
      );
    expect((await goal({ title: " ", baseline: "", target: "" })).problems).toEqual([
      { path: "baseline", message: { key: "form.growth.baselineMissing" } },
      { path: "target", message: { key: "form.growth.targetMissing" } },
      { path: "title", message: { key: "form.growth.goalTitleMissing" } },
    ]);
    expect((await goal({ measure: "0" })).data?.source).toEqual({ kind: "brief", measureIndex: 0 });
    expect((await goal({})).data).toMatchObject({
      baseline: 40,
      target: 200,
      source: { kind: "agreement" },
    });
  });

  it("reads a goal's numbers in the language typed, and names the field whose number reads two ways", async () => {
    const goal = (patch: Record<string, string>, locale: string) =>
      checkForm(
        SetGoalBody,
        { title: "Orders", baseline: "1", target: "2", unit: "orders", measure: "", ...patch },
        { words: SET_GOAL_WORDS, read: readSetGoal },
        locale,
      );
    // "from 1,000 to 2,000": thousands in English (was read 1 and 2), decimals in French.
    expect((await goal({ baseline: "1,000", target: "2,000" }, "en")).data).toMatchObject({
      baseline: 1000,
      target: 2000,
    });
    expect((await goal({ baseline: "1 000,50", target: "-2 000,5" }, "fr")).data).toMatchObject({
      baseline: 1000.5,
      target: -2000.5,
    });
    expect((await goal({ baseline: "1.000,50", target: "2.000" }, "de")).data).toMatchObject({
      baseline: 1000.5,
      target: 2000,
    });
    expect((await goal({ baseline: "1,5" }, "en")).problems).toEqual([
      {
        path: "baseline",
        message: { key: "form.number.ambiguous", values: { example: "1,234.5" } },
      },
    ]);
    expect((await goal({ target: "2.5" }, "fr")).problems).toEqual([
      {
        path: "target",
        message: { key: "form.number.ambiguous", values: { example: "1\u202f234,5" } },
      },
    ]);
  });

  it("gives recognition for a goal with the names typed, and an introduction the organisation", async () => {
    const give = (patch: Partial<GiveRecognitionValues>) =>
      checkForm(
        GiveRecognitionBody,
        {
          kind: "kudos" as const,
          reason: "" as const,
          goal: "g1",
          people: "Ana, Bruno, ",
          text: "Great",
          introducedOrg: "typed, then the kind changed",
          ...patch,
        },
        { read: readGiveRecognition },
        "en",
      );
    expect((await give({})).data).toMatchObject({
      reason: null,
      subject: { kind: "goal", id: "g1" },
      people: ["Ana", "Bruno"],
      introducedOrg: null,
    });
    expect((await give({ kind: "introduction", introducedOrg: "" })).problems).toEqual([
      { path: "introducedOrg", message: { key: "validation.required" } },
    ]);
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

  const GOAL_ID = "0b7f0c4e-0000-4000-8000-000000000001";
  const REVIEW_ID = "0b7f0c4e-0000-4000-8000-000000000002";
  const offer = (patch: Partial<SendOfferValues>, locale = "en") =>
    checkForm(
      SendOfferBody,
      {
        title: "Loyalty programme",
        summary: "Bring customers back",
        justifiedByGoalIds: [GOAL_ID],
        goalTitle: "Returning customers",
        goalBaseline: "12",
        goalTarget: "20",
        goalUnit: "%",
        deliverable: "Loyalty points",
        criterion: "Points are credited on an order",
        verification: "A test order",
        dueDate: "2027-03-01",
        price: "6000",
        ...patch,
      },
      { words: SEND_OFFER_WORDS, read: readSendOffer("EUR", REVIEW_ID) },
      locale,
    );

  it("asks an empty next-phase offer for each field in words, at the contract's paths", async () => {
    const empty = await offer({
      title: " ",
      goalTitle: "",
      goalBaseline: "",
      goalTarget: "",
      deliverable: "",
      criterion: "",
      dueDate: "",
      price: "",
    });
    expect(empty.problems).toEqual([
      { path: "goals.0.baseline", message: { key: "form.growth.baselineMissing" } },
      { path: "goals.0.target", message: { key: "form.growth.targetMissing" } },
      { path: "terms.milestones.0.amountMinor", message: { key: "form.growth.priceMissing" } },
      { path: "title", message: { key: "form.growth.offerTitleMissing" } },
      { path: "goals.0.title", message: { key: "form.growth.offerGoalMissing" } },
      { path: "terms.deliverables.0.title", message: { key: "form.growth.deliverableMissing" } },
      {
        path: "terms.deliverables.0.criteria.0.statement",
        message: { key: "form.growth.criterionMissing" },
      },
      { path: "terms.milestones.0.title", message: { key: "form.growth.deliverableMissing" } },
      { path: "terms.milestones.0.dueDate", message: { key: "form.growth.offerDueDateMissing" } },
    ]);
    expect(empty.data).toBeNull();
  });

  it("names a price or a number it cannot read, and a target that would not move", async () => {
    expect((await offer({ price: "six thousand", goalTarget: "lots" })).problems).toEqual([
      { path: "goals.0.target", message: { key: "form.number.invalid" } },
      { path: "terms.milestones.0.amountMinor", message: { key: "money.invalid" } },
    ]);
    expect((await offer({ goalTarget: "12.0" })).problems).toEqual([
      { path: "goals.0.target", message: { key: "form.growth.targetSameAsBaseline" } },
    ]);
  });

  it("builds the offer: the deliverable is its milestone, at the price typed in the reader's format", async () => {
    const { data } = await offer({ price: "6 000,50", goalBaseline: "12,5" }, "fr");
    expect(data?.goals).toEqual([
      { title: "Returning customers", baseline: 12.5, target: 20, unit: "%", dueDate: null },
    ]);
    expect(data?.reviewId).toBe(REVIEW_ID);
    expect(data?.justifiedByGoalIds).toEqual([GOAL_ID]);
    expect(data?.terms.milestones).toEqual([
      {
        id: "next-phase-milestone",
        title: "Loyalty points",
        dueDate: "2027-03-01",
        amountMinor: 600_050,
      },
    ]);
    expect(data?.terms.deliverables[0]?.milestoneId).toBe("next-phase-milestone");
    expect(data?.terms.remuneration).toMatchObject({
      model: "fixed",
      currency: "EUR",
      amountMinor: 600_050,
    });
  });

  it("asks the review's answer for what was achieved and what to aim for, and sends it trimmed", async () => {
    const answer = (patch: Partial<z.input<typeof AnswerReviewBody>>) =>
      checkForm(
        AnswerReviewBody,
        { achieved: "Orders doubled.", moreOf: "", lessOf: "", aimNext: "Loyalty", ...patch },
        { words: REVIEW_ANSWER_WORDS },
        "en",
      );
    expect((await answer({ achieved: " ", aimNext: "" })).problems).toEqual([
      { path: "achieved", message: { key: "form.growth.reviewAchievedMissing" } },
      { path: "aimNext", message: { key: "form.growth.reviewAimNextMissing" } },
    ]);
    expect((await answer({ moreOf: " Weekly figures " })).data).toEqual({
      achieved: "Orders doubled.",
      moreOf: "Weekly figures",
      lessOf: "",
      aimNext: "Loyalty",
    });
  });
});

describe("the form setting a goal from the brief's success measure", () => {
  const suggestion = { measureIndex: 1, title: "Conversion rate", target: 2.5, unit: "%" };

  it.each(["en", "fr", "de", "es", "id"])(
    "reads back in %s the target it suggests",
    async (locale) => {
      const checked = await checkForm(
        SetGoalBody,
        { ...setGoalValuesOf(suggestion, locale), baseline: "1" },
        { words: SET_GOAL_WORDS, read: readSetGoal },
        locale,
      );
      expect(checked.problems).toEqual([]);
      expect(checked.data?.target).toBe(2.5);
    },
  );

  it("shows the suggested target as the reader writes it", () => {
    expect(setGoalValuesOf(suggestion, "fr").target).toBe("2,5");
    expect(setGoalValuesOf(suggestion, "de").target).toBe("2,5");
    expect(setGoalValuesOf(suggestion, "en").target).toBe("2.5");
    expect(setGoalValuesOf(undefined, "fr").target).toBe("");
  });
});
