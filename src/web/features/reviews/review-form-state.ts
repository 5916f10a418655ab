import type { FormWords } from "../../shared/forms/issue-message";
import type { TypedText } from "../../shared/forms/typed-text";
import { ASPECT_LABELS } from "./review-labels";
import type { ReviewRound, SubmitReviewBody } from "./review-types";

/** The review as its form holds it: stars and the private rating as picked or typed. */
export interface ReviewValues {
  body: string;
  stars: Record<string, string>;
  privateRating: string;
}

export const REVIEW_WORDS: FormWords = {
  body: { required: "form.review.bodyMissing" },
  privateRating: { required: "form.checkIn.ratingMissing" },
  ...Object.fromEntries(
    Object.keys(ASPECT_LABELS).map((aspect) => [
      `stars.${aspect}`,
      { required: "form.review.starsMissing" },
    ]),
  ),
};

export const REPLY_WORDS: FormWords = { body: { required: "form.review.replyMissing" } };

export function emptyReview(aspects: readonly string[]): ReviewValues {
  return {
    body: "",
    stars: Object.fromEntries(aspects.map((aspect) => [aspect, ""])),
    privateRating: "",
  };
}

/** The request body for the round's occasion: stars and rating read as numbers. */
export function readReview(occasion: ReviewRound["occasion"]) {
  return (values: ReviewValues, text: TypedText): SubmitReviewBody => ({
    occasion,
    body: values.body,
    stars: Object.fromEntries(
      Object.entries(values.stars).map(([aspect, stars]) => [
        aspect,
        text.number(`stars.${aspect}`, stars),
      ]),
    ),
    privateRating: text.number("privateRating", values.privateRating),
    sendAnyway: false,
  });
}
