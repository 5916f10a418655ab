import {
  AppealBody,
  CaseParams,
  CaseResponseBody,
  DecideAppealBody,
  DecideCaseBody,
  ModerationCase,
  ModerationCaseList,
  MyCaseList,
  MyCaseListQuery,
  ReportBody,
} from "../../../contracts/moderation";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { mapResult } from "../../platform/result";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { appealCase } from "./appeal-case";
import { decideAppeal } from "./decide-appeal";
import { decideCase } from "./decide-case";
import { getCase, listModerationQueue, listMyCases } from "./list-cases";
import { localiseCase, localiseCases } from "./moderation.presenter";
import { reportContent } from "./report-content";
import { respondToCase } from "./respond-to-case";

const tags = ["moderation"];

export function moderationRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.post(
      "/moderation/reports",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary: "Report a message or review of the other side, with a reason",
          body: ReportBody,
          response: { 201: ModerationCase, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(reply, request, await reportContent(deps, actorOf(request), request.body), 201),
    );
    app.get(
      "/moderation/queue",
      {
        config: { access: "session" },
        schema: {
          tags,
          summary: "Open and appealed cases, oldest first (platform moderators)",
          response: { 200: ModerationCaseList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          mapResult(await listModerationQueue(deps, actorOf(request)), (list) =>
            localiseCases(list, request.locale),
          ),
        ),
    );
    app.get(
      "/moderation/cases",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary: "Cases concerning my organisations, as accused or complainant, newest first",
          querystring: MyCaseListQuery,
          response: { 200: MyCaseList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          mapResult(await listMyCases(deps, actorOf(request), request.query), (list) =>
            localiseCases(list, request.locale),
          ),
        ),
    );
    app.get(
      "/moderation/cases/:caseId",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary: "One case, as far as it concerns the caller",
          params: CaseParams,
          response: { 200: ModerationCase, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          mapResult(await getCase(deps, actorOf(request), request.params.caseId), (item) =>
            localiseCase(item, request.locale),
          ),
        ),
    );
    app.post(
      "/moderation/cases/:caseId/response",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary: "The accused organisation answers the notice",
          params: CaseParams,
          body: CaseResponseBody,
          response: { 200: ModerationCase, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          mapResult(
            await respondToCase(deps, actorOf(request), request.params.caseId, request.body),
            (item) => localiseCase(item, request.locale),
          ),
        ),
    );
    app.post(
      "/moderation/cases/:caseId/decision",
      {
        config: { access: "session" },
        schema: {
          tags,
          summary: "Decide a case with a reason (platform moderators)",
          params: CaseParams,
          body: DecideCaseBody,
          response: { 200: ModerationCase, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          mapResult(
            await decideCase(deps, actorOf(request), request.params.caseId, request.body),
            (item) => localiseCase(item, request.locale),
          ),
        ),
    );
    app.post(
      "/moderation/cases/:caseId/appeal",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary: "Appeal a decision, once (either party)",
          params: CaseParams,
          body: AppealBody,
          response: { 200: ModerationCase, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          mapResult(
            await appealCase(deps, actorOf(request), request.params.caseId, request.body),
            (item) => localiseCase(item, request.locale),
          ),
        ),
    );
    app.post(
      "/moderation/cases/:caseId/appeal/decision",
      {
        config: { access: "session" },
        schema: {
          tags,
          summary: "Decide an appeal (a moderator other than the one who decided the case)",
          params: CaseParams,
          body: DecideAppealBody,
          response: { 200: ModerationCase, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          mapResult(
            await decideAppeal(deps, actorOf(request), request.params.caseId, request.body),
            (item) => localiseCase(item, request.locale),
          ),
        ),
    );
  });
}
