import { EngagementParams } from "../../../contracts/delivery";
import {
  Exit,
  ExitFeedbackBody,
  GiveNoticeBody,
  HandOverItemParams,
} from "../../../contracts/exits";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { giveExitFeedback } from "./give-exit-feedback";
import { giveNotice } from "./give-notice";
import { getExit } from "./read-exit";
import { tickHandOverItem } from "./tick-hand-over-item";

const tags = ["exit"];
const read = { config: { access: "engagements:read" as const } };
const write = { config: { access: "engagements:write" as const } };

export function exitRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.get(
      "/engagements/:id/exit",
      {
        ...read,
        schema: {
          tags,
          summary: "The exit: dates and hand-over; null while nobody has given notice",
          params: EngagementParams,
          response: { 200: Exit.nullable(), ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(reply, request, await getExit(deps, actorOf(request), request.params.id)),
    );
    app.post(
      "/engagements/:id/exit",
      {
        ...write,
        schema: {
          tags,
          summary: "Give notice (either side); the exit date follows the agreement",
          params: EngagementParams,
          body: GiveNoticeBody,
          response: { 201: Exit, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await giveNotice(deps, actorOf(request), request.params.id, request.body),
          201,
        ),
    );
    app.post(
      "/engagements/:id/exit/feedback",
      {
        ...write,
        schema: {
          tags,
          summary: "Give your side's exit feedback (private rating, would you work together again)",
          params: EngagementParams,
          body: ExitFeedbackBody,
          response: { 200: Exit, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await giveExitFeedback(deps, actorOf(request), request.params.id, request.body),
        ),
    );
    app.post(
      "/engagements/:id/exit/hand-over/:itemId/done",
      {
        ...write,
        schema: {
          tags,
          summary: "Tick a hand-over item (the responsible side)",
          params: HandOverItemParams,
          response: { 200: Exit, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await tickHandOverItem(deps, actorOf(request), request.params.id, request.params.itemId),
        ),
    );
  });
}
