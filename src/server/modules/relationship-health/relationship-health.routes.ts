import {
  AnswerCheckInBody,
  CheckIn,
  CheckInList,
  EngagementHealth,
  HealthHistory,
  HealthParams,
  Scorecard,
  ScorecardParams,
} from "../../../contracts/health";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { answerCheckIn } from "./answer-check-in";
import { ENGAGEMENT_HEALTH_READ } from "./health.repository";
import { getEngagementHealth, getEngagementHealthHistory } from "./get-engagement-health";
import { getScorecard } from "./get-scorecard";
import { listCheckIns } from "./list-check-ins";

const tags = ["health"];

export function relationshipHealthRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.get(
      "/engagements/:id/health",
      {
        config: { access: "engagements:read", firstRead: ENGAGEMENT_HEALTH_READ },
        schema: {
          tags,
          summary: "Both sides' scores on the engagement, explained, and its warnings",
          params: HealthParams,
          response: { 200: EngagementHealth, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await getEngagementHealth(deps, actorOf(request), request.params.id, request.readFirst),
        ),
    );
    app.get(
      "/engagements/:id/health/history",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary: "Both sides' daily scores on the engagement",
          params: HealthParams,
          response: { 200: HealthHistory, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await getEngagementHealthHistory(deps, actorOf(request), request.params.id),
        ),
    );
    app.get(
      "/engagements/:id/check-ins",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary: "The engagement's check-ins with my side's own answers (never the other side's)",
          params: HealthParams,
          response: { 200: CheckInList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(reply, request, await listCheckIns(deps, actorOf(request), request.params.id)),
    );
    app.post(
      "/engagements/:id/check-in",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary: "Answer the open check-in for my side, privately",
          params: HealthParams,
          body: AnswerCheckInBody,
          response: { 201: CheckIn, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await answerCheckIn(deps, actorOf(request), request.params.id, request.body),
          201,
        ),
    );
    app.get(
      "/orgs/:orgId/scorecard",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary:
            "An organisation's scores, explanation and history (its own people and its counterparties)",
          params: ScorecardParams,
          response: { 200: Scorecard, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await getScorecard(deps, actorOf(request), request.params.orgId),
        ),
    );
  });
}
