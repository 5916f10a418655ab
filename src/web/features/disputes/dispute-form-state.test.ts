import { describe, expect, it } from "vitest";
import { RecommendBody, RespondToDisputeBody } from "../../../contracts/disputes";
import { checkForm } from "../../shared/forms/use-contract-form";
import {
  OPEN_DISPUTE_WORDS,
  OpenDisputeForm,
  RECOMMEND_WORDS,
  RESPOND_WORDS,
} from "./dispute-form-state";

describe("the dispute forms, checked with the server's contract before anything is sent", () => {
  it("asks an opening for what happened and what is wanted", async () => {
    const checked = await checkForm(
      OpenDisputeForm,
      { statement: " ", wants: "" },
      { words: OPEN_DISPUTE_WORDS },
      "en",
    );
    expect(checked).toEqual({
      data: null,
      problems: [
        { path: "statement", message: { key: "form.dispute.statementMissing" } },
        { path: "wants", message: { key: "form.dispute.wantsMissing" } },
      ],
    });
  });

  it("asks the other side for its answer, and passes one written", async () => {
    const words = { words: RESPOND_WORDS };
    expect((await checkForm(RespondToDisputeBody, { response: "" }, words, "en")).problems).toEqual(
      [{ path: "response", message: { key: "form.dispute.responseMissing" } }],
    );
    expect(
      (await checkForm(RespondToDisputeBody, { response: " Paid " }, words, "en")).data,
    ).toEqual({ response: "Paid", sendAnyway: false });
  });
});

describe("the mediator's recommendation, checked with the server's contract", () => {
  it("asks for the recommendation both sides read", async () => {
    const checked = await checkForm(
      RecommendBody,
      { recommendation: "  " },
      { words: RECOMMEND_WORDS },
      "en",
    );
    expect(checked.problems).toEqual([
      { path: "recommendation", message: { key: "form.dispute.recommendationMissing" } },
    ]);
  });
});
