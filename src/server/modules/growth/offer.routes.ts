import {
  AnswerOfferBody,
  GrowthParams,
  NextPhaseOffer,
  NextPhaseOfferList,
  OfferParams,
  SendOfferBody,
} from "../../../contracts/growth";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { answerNextPhaseOffer } from "./answer-next-phase-offer";
import { listNextPhaseOffers } from "./list-next-phase-offers";
import { sendNextPhaseOffer } from "./send-next-phase-offer";

const tags = ["growth"];

export function nextPhaseOfferRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.get(
      "/engagements/:id/next-phase-offers",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary: "The next-phase offers of an engagement, newest first",
          params: GrowthParams,
          response: { 200: NextPhaseOfferList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await listNextPhaseOffers(deps, actorOf(request), request.params.id),
        ),
    );
    app.post(
      "/engagements/:id/next-phase-offers",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary:
            "Offer the next phase (provider): goals, deliverables, plan and price, checked like a proposal and an amendment",
          params: GrowthParams,
          body: SendOfferBody,
          response: { 201: NextPhaseOffer, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await sendNextPhaseOffer(deps, actorOf(request), request.params.id, request.body),
          201,
        ),
    );
    app.post(
      "/engagements/:id/next-phase-offers/:offerId/answer",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary:
            "Answer a next-phase offer (client): accept it into an amendment, decline it or ask for a change",
          params: OfferParams,
          body: AnswerOfferBody,
          response: { 200: NextPhaseOffer, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await answerNextPhaseOffer(
            deps,
            actorOf(request),
            request.params.id,
            request.params.offerId,
            request.body,
          ),
        ),
    );
  });
}
