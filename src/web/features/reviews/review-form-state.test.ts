import { describe, expect, it } from "vitest";
import { ReplyBody, SubmitReviewBody } from "../../../contracts/reviews";
import { checkForm } from "../../shared/forms/use-contract-form";
import {
  REPLY_WORDS,
  REVIEW_WORDS,
  emptyReview,
  readReview,
  type ReviewValues,
} from "./review-form-state";

const occasion = { kind: "milestone" as const, ref: "m1" };
const check = (values: ReviewValues) =>
  checkForm(SubmitReviewBody, values, { words: REVIEW_WORDS, read: readReview(occasion) }, "en");

describe("the review forms, checked with the server's contract before anything is sent", () => {
  it("asks for the text, each aspect's stars and the private rating", async () => {
    const checked = await check({
      ...emptyReview(["quality", "communication"]),
      stars: { quality: "4", communication: "" },
      privateRating: "11",
    });
    expect(checked.data).toBeNull();
    expect(checked.problems).toEqual([
      { path: "stars.communication", message: { key: "form.review.starsMissing" } },
      { path: "body", message: { key: "form.review.bodyMissing" } },
      { path: "privateRating", message: { key: "validation.too_big", values: { maximum: 10 } } },
    ]);
  });

  it("sends the stars and the rating as numbers for the round's occasion", async () => {
    const checked = await check({
      body: "Clear and on time.",
      stars: { quality: "5", communication: "4" },
      privateRating: "9",
    });
    expect(checked.data).toEqual({
      occasion,
      body: "Clear and on time.",
      stars: { quality: 5, communication: 4 },
      privateRating: 9,
      sendAnyway: false,
    });
  });

  it("asks a reply for its text", async () => {
    const checked = await checkForm(
      ReplyBody,
      { body: "  ", sendAnyway: false },
      { words: REPLY_WORDS },
      "en",
    );
    expect(checked.problems).toEqual([
      { path: "body", message: { key: "form.review.replyMissing" } },
    ]);
  });
});
