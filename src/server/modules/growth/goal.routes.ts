import {
  AnswerCorrectionBody,
  CorrectionParams,
  Goal,
  GoalList,
  GoalParams,
  GrowthParams,
  MeasurementParams,
  ProposeCorrectionBody,
  RecordValueBody,
  SetGoalBody,
} from "../../../contracts/growth";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { answerCorrection } from "./answer-correction";
import { listEngagementGoals } from "./list-goals";
import { proposeCorrection } from "./propose-correction";
import { recordGoalValue } from "./record-goal-value";
import { setGoal } from "./set-goal";

const tags = ["growth"];

export function goalRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.get(
      "/engagements/:id/goals",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary: "The engagement's goals with their trajectories, and the brief's measures left",
          params: GrowthParams,
          response: { 200: GoalList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await listEngagementGoals(deps, actorOf(request), request.params.id),
        ),
    );
    app.post(
      "/engagements/:id/goals",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary: "Set a goal: a success measure of the brief, or one the agreement adds",
          params: GrowthParams,
          body: SetGoalBody,
          response: { 201: Goal, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await setGoal(deps, actorOf(request), request.params.id, request.body),
          201,
        ),
    );
    app.post(
      "/engagements/:id/goals/:goalId/values",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary: "Record a measured value of a goal, with its source",
          params: GoalParams,
          body: RecordValueBody,
          response: { 201: Goal, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await recordGoalValue(
            deps,
            actorOf(request),
            request.params.id,
            request.params.goalId,
            request.body,
          ),
          201,
        ),
    );
    app.post(
      "/engagements/:id/goals/:goalId/values/:measurementId/corrections",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary: "Propose a correction to a recorded value; the other side answers it",
          params: MeasurementParams,
          body: ProposeCorrectionBody,
          response: { 201: Goal, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await proposeCorrection(
            deps,
            actorOf(request),
            {
              engagementId: request.params.id,
              goalId: request.params.goalId,
              measurementId: request.params.measurementId,
            },
            request.body,
          ),
          201,
        ),
    );
    app.post(
      "/engagements/:id/goal-corrections/:correctionId/answer",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary: "Confirm or dispute a correction the other side proposed",
          params: CorrectionParams,
          body: AnswerCorrectionBody,
          response: { 200: Goal, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await answerCorrection(
            deps,
            actorOf(request),
            request.params.id,
            request.params.correctionId,
            request.body,
          ),
        ),
    );
  });
}
