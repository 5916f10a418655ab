import {
  Engagement,
  EngagementList,
  EngagementListQuery,
  EngagementParams,
  EventList,
  EventListQuery,
  LedgerExport,
  LedgerVerification,
  StartEngagementBody,
} from "../../../contracts/engagements";
import { EngagementArchive } from "../../../contracts/archive";
import { ENGAGEMENT_ROW_READ } from "../../kernel/engagement-rows.repository";
import type { AppDeps } from "../../platform/deps";
import { todayOf } from "../../platform/clock";
import { actorOf, sendResult, sendSerialised, serialisedValue } from "../../platform/http";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import {
  exportEngagementLedger,
  listEngagementEvents,
  verifyEngagementLedger,
} from "./engagement-ledger";
import { ENGAGEMENT_EVENTS_READ } from "../ledger/ledger.repository";
import { archiveFileName, downloadArchive } from "./download-archive";
import { getEngagement } from "./get-engagement";
import { listEngagements } from "./list-engagements";
import { listReplyKey } from "./list-reply-key";
import { startEngagement } from "./start-engagement";
import { withdrawEngagement } from "./withdraw-engagement";

const tags = ["engagements"];

export function engagementRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.post(
      "/engagements",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary: "Propose an engagement and invite the other side by e-mail",
          body: StartEngagementBody,
          response: { 201: Engagement, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const result = await startEngagement(deps, actorOf(request), request.body, request.locale);
        if (result.ok) deps.mailer.deliverSoon();
        return sendResult(reply, request, result, 201);
      },
    );

    app.post(
      "/engagements/:id/withdraw",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary: "Withdraw a pending engagement (the proposing side): its invitation is revoked",
          params: EngagementParams,
          response: { 200: Engagement, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await withdrawEngagement(deps, actorOf(request), request.params.id),
        ),
    );

    app.get(
      "/engagements",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary: "Engagements of my organisations, newest first",
          querystring: EngagementListQuery,
          response: { 200: EngagementList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const today = todayOf(deps.clock);
        const kept = deps.listReplies;
        const key = kept && listReplyKey(actor, request.query, today);
        const body = key && kept.get(key);
        if (body) return sendSerialised(reply, body);
        const result = await listEngagements(deps, actor, request.query);
        if (!key || !result.ok) return sendResult(reply, request, result);
        // The bytes Fastify would send for the value, kept as they are. A reply worked out as
        // the day turned is not kept under the day before's key.
        const fresh = serialisedValue(reply, request, result.value);
        if (todayOf(deps.clock) === today) kept.set(key, fresh);
        return sendSerialised(reply, fresh);
      },
    );

    app.get(
      "/engagements/:id",
      {
        config: { access: "engagements:read", firstRead: ENGAGEMENT_ROW_READ },
        schema: {
          tags,
          summary: "One engagement",
          params: EngagementParams,
          response: { 200: Engagement, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await getEngagement(deps, actorOf(request), request.params.id, request.readFirst),
        ),
    );

    app.get(
      "/engagements/:id/events",
      {
        config: { access: "engagements:read", firstRead: ENGAGEMENT_EVENTS_READ },
        schema: {
          tags,
          summary:
            "The engagement's timeline (its ledger): the newest events first, or forward from `after`; each page in seq order",
          params: EngagementParams,
          querystring: EventListQuery,
          response: { 200: EventList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await listEngagementEvents(
            deps,
            actorOf(request),
            request.params.id,
            request.query,
            request.readFirst,
          ),
        ),
    );

    app.get(
      "/engagements/:id/ledger/verify",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary: "Check the hash chain and name the first broken event",
          params: EngagementParams,
          response: { 200: LedgerVerification, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await verifyEngagementLedger(deps, actorOf(request), request.params.id),
        ),
    );

    app.get(
      "/engagements/:id/ledger/export",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary: "Download the ledger; verify it offline with `accord verify --file`",
          params: EngagementParams,
          response: { 200: LedgerExport, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const result = await exportEngagementLedger(deps, actorOf(request), request.params.id);
        if (result.ok) {
          reply.header(
            "content-disposition",
            `attachment; filename="engagement-${request.params.id}-ledger.json"`,
          );
        }
        return sendResult(reply, request, result);
      },
    );

    app.get(
      "/engagements/:id/archive",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary:
            "Download the whole engagement as one JSON archive; `accord verify --file` checks its ledger offline",
          params: EngagementParams,
          response: { 200: EngagementArchive, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const result = await downloadArchive(deps, actorOf(request), request.params.id);
        if (result.ok) {
          const name = archiveFileName(result.value.engagement.title, deps.clock.now());
          reply.header("content-disposition", `attachment; filename="${name}"`);
        }
        return sendResult(reply, request, result);
      },
    );
  });
}
