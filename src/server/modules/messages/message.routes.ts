import {
  MarkReadBody,
  MarkReadResponse,
  MessageList,
  MessageListQuery,
  MessageParams,
  PostedMessage,
  PostMessageBody,
  Responsiveness,
  ThreadList,
} from "../../../contracts/messages";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { getResponsiveness } from "./get-responsiveness";
import { listMessages } from "./list-messages";
import { listThreads } from "./list-threads";
import { markThreadRead } from "./mark-thread-read";
import { postMessage } from "./post-message";

const tags = ["messages"];

export function messageRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.get(
      "/engagements/:id/threads",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary: "The engagement's message threads, with my unread counts",
          params: MessageParams,
          response: { 200: ThreadList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(reply, request, await listThreads(deps, actorOf(request), request.params.id)),
    );
    app.get(
      "/engagements/:id/messages",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary: "A thread's messages, oldest first, with read receipts",
          description:
            "`thread` is `engagement` (the default), `deliverable:<id>` or `change_request:<id>`.",
          params: MessageParams,
          querystring: MessageListQuery,
          response: { 200: MessageList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await listMessages(deps, actorOf(request), request.params.id, request.query),
        ),
    );
    app.post(
      "/engagements/:id/messages",
      {
        config: { access: "engagements:write" },
        schema: {
          tags,
          summary: "Write in a thread (owners and members of either side)",
          params: MessageParams,
          body: PostMessageBody,
          response: { 201: PostedMessage, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const result = await postMessage(deps, actorOf(request), request.params.id, request.body);
        if (result.ok) deps.mailer.deliverSoon();
        return sendResult(reply, request, result, 201);
      },
    );
    app.post(
      "/engagements/:id/messages/read",
      {
        // Marking read writes only the caller's own receipts: reading access is enough.
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary: "Mark a thread read up to a message",
          params: MessageParams,
          body: MarkReadBody,
          response: { 200: MarkReadResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await markThreadRead(deps, actorOf(request), request.params.id, request.body),
        ),
    );
    app.get(
      "/engagements/:id/responsiveness",
      {
        config: { access: "engagements:read" },
        schema: {
          tags,
          summary: "How quickly each side answers the other, against the agreed response times",
          params: MessageParams,
          response: { 200: Responsiveness, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await getResponsiveness(deps, actorOf(request), request.params.id),
        ),
    );
  });
}
