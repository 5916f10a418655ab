import { OkResponse } from "../../../contracts/common";
import {
  BriefBody,
  BriefList,
  BriefListQuery,
  BriefParams,
  BriefResponse,
  MatchList,
  MatchListQuery,
  ShortlistBody,
  UpdateBriefBody,
} from "../../../contracts/briefs";
import { BriefClientRecord } from "../../../contracts/health";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { mapResult } from "../../platform/result";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { getBriefClientRecord } from "./get-brief-client-record";
import { matchProviders, shortlistProvider } from "./match-providers";
import { publishBrief } from "./publish-brief";
import { getBrief, listBriefs } from "./read-briefs";
import { createBrief, updateBrief } from "./write-brief";

const tags = ["briefs"];

export function briefRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.post(
      "/briefs",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary: "Start a brief (client organisations); the clarity check comes back with it",
          body: BriefBody,
          response: { 201: BriefResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(reply, request, await createBrief(deps, actorOf(request), request.body), 201),
    );
    app.get(
      "/briefs",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary: "A client's briefs, or the published briefs a provider can answer",
          querystring: BriefListQuery,
          response: { 200: BriefList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        return sendResult(reply, request, await listBriefs(deps, actorOf(request), request.query));
      },
    );
    app.get(
      "/briefs/:id",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary: "One brief, with its clarity findings",
          params: BriefParams,
          response: { 200: BriefResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(reply, request, await getBrief(deps, actorOf(request), request.params.id)),
    );
    app.put(
      "/briefs/:id",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary: "Rewrite a draft brief",
          params: BriefParams,
          body: UpdateBriefBody,
          response: { 200: BriefResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await updateBrief(deps, actorOf(request), request.params.id, request.body),
        ),
    );
    app.post(
      "/briefs/:id/publish",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary: "Publish to providers; refused while a clarity finding blocks",
          params: BriefParams,
          response: { 200: BriefResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(reply, request, await publishBrief(deps, actorOf(request), request.params.id)),
    );
    app.get(
      "/briefs/:id/matches",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary: "Providers ranked by aptitude, each factor explained and weighted",
          params: BriefParams,
          querystring: MatchListQuery,
          response: { 200: MatchList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await matchProviders(deps, actorOf(request), request.params.id, request.query),
        ),
    );
    app.post(
      "/briefs/:id/shortlist",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary: "Shortlist a provider, or invite it to propose",
          params: BriefParams,
          body: ShortlistBody,
          response: { 200: OkResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const result = await shortlistProvider(
          deps,
          actorOf(request),
          request.params.id,
          request.body,
        );
        return sendResult(
          reply,
          request,
          mapResult(result, () => ({ ok: true as const })),
        );
      },
    );
    app.get(
      "/briefs/:id/client-record",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary:
            "The brief's client: its payment record and client score (after the minimum sample), for providers deciding whether to propose",
          params: BriefParams,
          response: { 200: BriefClientRecord, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await getBriefClientRecord(deps, actorOf(request), request.params.id),
        ),
    );
  });
}
