import {
  AnswerReviewBody,
  GrowthParams,
  RelationshipReview,
  RelationshipReviews,
  ReviewParams,
} from "../../../contracts/growth";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { answerRelationshipReview } from "./answer-relationship-review";
import { getRelationshipReviews } from "./get-relationship-reviews";

const tags = ["growth"];

export function relationshipReviewRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.get(
      "/engagements/:id/relationship-reviews",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary:
            "Stagnation signals explained, what was achieved against the goals, and the reviews of the relationship",
          params: GrowthParams,
          response: { 200: RelationshipReviews, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await getRelationshipReviews(deps, actorOf(request), request.params.id),
        ),
    );
    app.post(
      "/engagements/:id/relationship-reviews/:reviewId/answer",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary: "Answer the review for my side; both answers are revealed once both are in",
          params: ReviewParams,
          body: AnswerReviewBody,
          response: { 201: RelationshipReview, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await answerRelationshipReview(
            deps,
            actorOf(request),
            request.params.id,
            request.params.reviewId,
            request.body,
          ),
          201,
        ),
    );
  });
}
