/** The review shapes the web reads, inferred from the API contracts so that they cannot drift. */
import type { z } from "zod";
import type * as Reviews from "../../../contracts/reviews";
import type { ScreeningNotice as ScreeningNoticeSchema } from "../../../contracts/screening";

export type Review = z.infer<typeof Reviews.Review>;
export type ReviewRound = z.infer<typeof Reviews.ReviewRound>;
export type ReviewRoundList = z.infer<typeof Reviews.ReviewRoundList>;
export type RecordNote = Review["recordNotes"][number];
export type SubmitReviewBody = z.input<typeof Reviews.SubmitReviewBody>;
export type ReplyBody = z.input<typeof Reviews.ReplyBody>;
export type Reputation = z.infer<typeof Reviews.Reputation>;
export type ScreeningNotice = z.infer<typeof ScreeningNoticeSchema>;
