import { z } from "zod";
import {
  CloserLookList,
  CloserLookQuery,
  HideReviewBody,
  NudgeStats,
  OrgReputationParams,
  ReplyBody,
  Reputation,
  ReviewIdParams,
  ReviewParams,
  ReviewRound,
  ReviewRoundList,
  SubmitReviewBody,
} from "../../../contracts/reviews";
import { ScreeningNotice } from "../../../contracts/screening";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { getNudgeStats } from "../screening/get-nudge-stats";
import { getReputation } from "./get-reputation";
import { hideReview } from "./hide-review";
import { listCloserLook } from "./list-closer-look";
import { listReviews } from "./list-reviews";
import { replyToReview } from "./reply-to-review";
import { submitReview } from "./submit-review";

const tags = ["reviews"];

export function reviewRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.get(
      "/engagements/:id/reviews",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary:
            "The engagement's review rounds; the other side's review stays blind until published",
          params: ReviewParams,
          response: { 200: ReviewRoundList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(reply, request, await listReviews(deps, actorOf(request), request.params.id)),
    );
    app.post(
      "/engagements/:id/reviews",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary:
            "Review the other side after an occasion: a milestone, the engagement or its exit completed",
          description:
            "A text that reads as a threat is answered `screening_nudge` (422) with the policy and the phrases; send again with `sendAnyway: true` to send it as written.",
          params: ReviewParams,
          body: SubmitReviewBody,
          response: {
            201: z.object({ round: ReviewRound, screening: ScreeningNotice.nullable() }),
            ...ERROR_RESPONSES,
          },
        },
      },
      async (request, reply) => {
        const result = await submitReview(deps, actorOf(request), request.params.id, request.body);
        if (result.ok) deps.mailer.deliverSoon();
        return sendResult(reply, request, result, 201);
      },
    );
    app.post(
      "/engagements/:id/reviews/:reviewId/reply",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary: "The reviewed party's one public reply to a published review",
          params: ReviewIdParams,
          body: ReplyBody,
          response: {
            201: ReviewRoundList.extend({ screening: ScreeningNotice.nullable() }),
            ...ERROR_RESPONSES,
          },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await replyToReview(
            deps,
            actorOf(request),
            request.params.id,
            request.params.reviewId,
            request.body,
          ),
          201,
        ),
    );
    app.get(
      "/orgs/:orgId/reputation",
      {
        config: { access: "session" },
        schema: {
          tags,
          summary: "An organisation's public reputation: counts, smoothed averages, silence",
          params: OrgReputationParams,
          response: { 200: Reputation, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(reply, request, await getReputation(deps, request.params.orgId)),
    );
    app.post(
      "/moderation/reviews/:reviewId/hide",
      {
        config: { access: "session" },
        schema: {
          tags: ["moderation"],
          summary: "Hide a review for a stated policy reason (platform moderators)",
          params: z.object({ reviewId: z.string().min(1).max(64) }),
          body: HideReviewBody,
          response: {
            200: z.object({ reviewId: z.string(), reason: z.string(), hiddenAt: z.string() }),
            ...ERROR_RESPONSES,
          },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await hideReview(deps, actorOf(request), request.params.reviewId, request.body),
        ),
    );
    app.get(
      "/moderation/closer-look",
      {
        config: { access: "session" },
        schema: {
          tags: ["moderation"],
          summary:
            "Reviews marked for a closer look: written soon after a payment reminder, a late-interest claim or a dispute, or followed soon by one (platform moderators)",
          querystring: CloserLookQuery,
          response: { 200: CloserLookList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(reply, request, await listCloserLook(deps, actorOf(request), request.query)),
    );
    app.get(
      "/moderation/nudge-stats",
      {
        config: { access: "session" },
        schema: {
          tags: ["moderation"],
          summary: "How often the nudge before sending led to a revision (platform moderators)",
          response: { 200: NudgeStats, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(reply, request, await getNudgeStats(deps, actorOf(request))),
    );
  });
}
