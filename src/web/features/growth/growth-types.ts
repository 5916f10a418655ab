import type { z } from "zod";
import type * as Growth from "../../../contracts/growth";

/** The growth API's shapes, read off the contracts the server validates with. */
export type Goal = z.infer<typeof Growth.Goal>;
export type GoalList = z.infer<typeof Growth.GoalList>;
export type SetGoalBody = z.input<typeof Growth.SetGoalBody>;
export type RecordValueBody = z.input<typeof Growth.RecordValueBody>;
export type RelationshipReviews = z.infer<typeof Growth.RelationshipReviews>;
export type RelationshipReview = z.infer<typeof Growth.RelationshipReview>;
export type AnswerReviewBody = z.input<typeof Growth.AnswerReviewBody>;
export type NextPhaseOffer = z.infer<typeof Growth.NextPhaseOffer>;
export type NextPhaseOfferList = z.infer<typeof Growth.NextPhaseOfferList>;
export type SendOfferBody = z.input<typeof Growth.SendOfferBody>;
export type AnswerOfferBody = z.input<typeof Growth.AnswerOfferBody>;
export type Recognition = z.infer<typeof Growth.Recognition>;
export type RecognitionList = z.infer<typeof Growth.RecognitionList>;
export type GiveRecognitionBody = z.input<typeof Growth.GiveRecognitionBody>;
export type RequestRecognitionBody = z.input<typeof Growth.RequestRecognitionBody>;
export type AnswerRecognitionBody = z.input<typeof Growth.AnswerRecognitionBody>;
export type PublicRecognitions = z.infer<typeof Growth.PublicRecognitions>;
