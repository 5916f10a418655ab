import {
  AnswerRecognitionBody,
  GiveRecognitionBody,
  GrowthParams,
  OrgRecognitionParams,
  PublicRecognitions,
  Recognition,
  RecognitionList,
  RecognitionParams,
  RequestRecognitionBody,
} from "../../../contracts/growth";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { giveRecognition } from "./give-recognition";
import { listEngagementRecognitions, listOrganisationRecognitions } from "./list-recognitions";
import { respondToRecognition } from "./respond-to-recognition";
import { withdrawRecognitionConsent } from "./withdraw-recognition-consent";

const tags = ["growth"];

export function recognitionRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.get(
      "/engagements/:id/recognitions",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary: "Recognition given on this engagement, both ways",
          params: GrowthParams,
          response: { 200: RecognitionList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await listEngagementRecognitions(deps, actorOf(request), request.params.id),
        ),
    );
    app.post(
      "/engagements/:id/recognitions",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary:
            "Recognise the other side: kudos, an introduction, a testimonial or case study (shown only once they consent)",
          params: GrowthParams,
          body: GiveRecognitionBody,
          response: { 201: Recognition, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await giveRecognition(deps, actorOf(request), request.params.id, {
            isRequest: false,
            body: request.body,
          }),
          201,
        ),
    );
    app.post(
      "/engagements/:id/recognition-requests",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary:
            "Ask the other side to approve a testimonial or case study drafted about our work; nothing is published before",
          params: GrowthParams,
          body: RequestRecognitionBody,
          response: { 201: Recognition, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await giveRecognition(deps, actorOf(request), request.params.id, {
            isRequest: true,
            body: request.body,
          }),
          201,
        ),
    );
    app.post(
      "/engagements/:id/recognitions/:recognitionId/answer",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary:
            "Approve or decline: the text of a testimonial (the giving side), or showing a recognition (the recognised side)",
          params: RecognitionParams,
          body: AnswerRecognitionBody,
          response: { 200: Recognition, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await respondToRecognition(
            deps,
            actorOf(request),
            request.params.id,
            request.params.recognitionId,
            request.body,
          ),
        ),
    );
    app.post(
      "/engagements/:id/recognitions/:recognitionId/withdraw-consent",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary:
            "Withdraw the consent that published a recognition: the recognised side, or the side whose words a testimonial carries; it leaves every profile",
          params: RecognitionParams,
          response: { 200: Recognition, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await withdrawRecognitionConsent(
            deps,
            actorOf(request),
            request.params.id,
            request.params.recognitionId,
          ),
        ),
    );
    app.get(
      "/orgs/:orgId/recognitions",
      {
        config: { access: "orgs:read" },
        schema: {
          tags,
          summary:
            "The recognition an organisation received and consented to show, with the health model's signal from it",
          params: OrgRecognitionParams,
          response: { 200: PublicRecognitions, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(reply, request, await listOrganisationRecognitions(deps, request.params.orgId)),
    );
  });
}
