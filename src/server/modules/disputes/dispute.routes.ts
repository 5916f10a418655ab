import { EngagementParams } from "../../../contracts/delivery";
import {
  AnswerOfferBody,
  Dispute,
  DisputeList,
  DisputeParams,
  DisputeSettlement,
  MediationList,
  MediationListQuery,
  MediationParams,
  OfferAmendsBody,
  RecommendBody,
  OpenDisputeBody,
  RespondToDisputeBody,
  ScreenedDispute,
} from "../../../contracts/disputes";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { acceptRecommendation } from "./accept-recommendation";
import { answerAmendsOffer } from "./answer-amends-offer";
import { giveRecommendation } from "./give-recommendation";
import { listMediations } from "./list-mediations";
import { escalateDispute } from "./escalate-dispute";
import { offerAmends } from "./offer-amends";
import { openDispute } from "./open-dispute";
import { getDispute, listEngagementDisputes } from "./read-disputes";
import { respondToDispute } from "./respond-to-dispute";
import { getDisputeSettlement } from "./partial-settlement-of";

const tags = ["disputes"];
const read = { config: { access: "engagements:read" as const } };
const write = { config: { access: "engagements:write" as const } };
const one = { 200: Dispute, ...ERROR_RESPONSES };
const screenedOne = { 200: ScreenedDispute, ...ERROR_RESPONSES };

export function disputeRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.get(
      "/engagements/:id/disputes",
      {
        ...read,
        schema: {
          tags,
          summary: "Every dispute of the engagement, newest first",
          params: EngagementParams,
          response: { 200: DisputeList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await listEngagementDisputes(deps, actorOf(request), request.params.id),
        ),
    );
    app.get(
      "/engagements/:id/disputes/:disputeId",
      { ...read, schema: { tags, summary: "One dispute", params: DisputeParams, response: one } },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await getDispute(deps, actorOf(request), request.params.id, request.params.disputeId),
        ),
    );
    app.get(
      "/engagements/:id/disputes/:disputeId/settlement",
      {
        ...read,
        schema: {
          tags,
          summary: "The fair partial settlement from the record, line by line (null if unpriced)",
          params: DisputeParams,
          response: { 200: DisputeSettlement, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await getDisputeSettlement(
            deps,
            actorOf(request),
            request.params.id,
            request.params.disputeId,
          ),
        ),
    );
    app.post(
      "/engagements/:id/disputes",
      {
        ...write,
        schema: {
          tags,
          summary: "Dispute an item (either side), saying what you want",
          params: EngagementParams,
          body: OpenDisputeBody,
          response: { 201: ScreenedDispute, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await openDispute(deps, actorOf(request), request.params.id, request.body),
          201,
        ),
    );
    app.post(
      "/engagements/:id/disputes/:disputeId/response",
      {
        ...write,
        schema: {
          tags,
          summary: "Answer a dispute (the other side)",
          params: DisputeParams,
          body: RespondToDisputeBody,
          response: screenedOne,
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await respondToDispute(
            deps,
            actorOf(request),
            request.params.id,
            request.params.disputeId,
            request.body,
          ),
        ),
    );
    app.post(
      "/engagements/:id/disputes/:disputeId/offers",
      {
        ...write,
        schema: {
          tags,
          summary: "Offer amends, combined as one offer; counters a pending offer",
          params: DisputeParams,
          body: OfferAmendsBody,
          response: screenedOne,
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await offerAmends(
            deps,
            actorOf(request),
            request.params.id,
            request.params.disputeId,
            request.body,
          ),
        ),
    );
    app.post(
      "/engagements/:id/disputes/:disputeId/offers/answer",
      {
        ...write,
        schema: {
          tags,
          summary: "Accept (amends are carried out at once) or decline the pending offer",
          params: DisputeParams,
          body: AnswerOfferBody,
          response: one,
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await answerAmendsOffer(
            deps,
            actorOf(request),
            request.params.id,
            request.params.disputeId,
            request.body.answer,
          ),
        ),
    );
    app.post(
      "/engagements/:id/disputes/:disputeId/escalate",
      {
        ...write,
        schema: {
          tags,
          summary: "Climb one rung of the ladder",
          params: DisputeParams,
          response: one,
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await escalateDispute(
            deps,
            actorOf(request),
            request.params.id,
            request.params.disputeId,
          ),
        ),
    );
    app.post(
      "/engagements/:id/disputes/:disputeId/recommendation/accept",
      {
        ...write,
        schema: {
          tags,
          summary: "Accept the moderator's recommendation (settled once both sides have)",
          params: DisputeParams,
          response: one,
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await acceptRecommendation(
            deps,
            actorOf(request),
            request.params.id,
            request.params.disputeId,
          ),
        ),
    );
    app.get(
      "/moderation/mediations",
      {
        config: { access: "session" },
        schema: {
          tags,
          summary: "Disputes in mediation, oldest waiting first, one page (platform moderators)",
          querystring: MediationListQuery,
          response: { 200: MediationList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(reply, request, await listMediations(deps, actorOf(request), request.query)),
    );
    app.post(
      "/moderation/mediations/:disputeId/recommendation",
      {
        config: { access: "session" },
        schema: {
          tags,
          summary:
            "Give a dispute in mediation its non-binding recommendation (a moderator of neither side)",
          params: MediationParams,
          body: RecommendBody,
          response: one,
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await giveRecommendation(
            deps,
            actorOf(request),
            request.params.disputeId,
            request.body.recommendation,
          ),
        ),
    );
  });
}
