import {
  ChangeRequest,
  ChangeRequestList,
  ChangeRequestParams,
  DeclineChangeBody,
  PriceChangeBody,
  ProposeChangeBody,
} from "../../../contracts/change-requests";
import { EngagementParams } from "../../../contracts/delivery";
import { PageQuery } from "../../../contracts/pagination";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { declineChange, priceChange, withdrawChange } from "./answer-change";
import { approveChange } from "./approve-change";
import { proposeChange } from "./propose-change";
import { getChange, listChanges } from "./read-change-requests";

const tags = ["change requests"];
const read = { config: { access: "engagements:read" as const } };
const write = { config: { access: "engagements:write" as const } };

export function changeRequestRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.get(
      "/engagements/:id/change-requests",
      {
        ...read,
        schema: {
          tags,
          summary: "Every change request of the engagement, newest first",
          params: EngagementParams,
          querystring: PageQuery,
          response: { 200: ChangeRequestList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const listed = await listChanges(deps, actorOf(request), request.params.id, request.query);
        return sendResult(reply, request, listed);
      },
    );
    app.get(
      "/engagements/:id/change-requests/:changeRequestId",
      {
        ...read,
        schema: {
          tags,
          summary: "One change request",
          params: ChangeRequestParams,
          response: { 200: ChangeRequest, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await getChange(
            deps,
            actorOf(request),
            request.params.id,
            request.params.changeRequestId,
          ),
        ),
    );
    app.post(
      "/engagements/:id/change-requests",
      {
        ...write,
        schema: {
          tags,
          summary: "Propose a change (either side), or turn a remark into one (`fromRemarkId`)",
          params: EngagementParams,
          body: ProposeChangeBody,
          response: { 201: ChangeRequest, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await proposeChange(deps, actorOf(request), request.params.id, request.body),
          201,
        ),
    );
    app.post(
      "/engagements/:id/change-requests/:changeRequestId/price",
      {
        ...write,
        schema: {
          tags,
          summary: "Price a proposed change (provider): effort, price, schedule impact",
          params: ChangeRequestParams,
          body: PriceChangeBody,
          response: { 200: ChangeRequest, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await priceChange(
            deps,
            actorOf(request),
            request.params.id,
            request.params.changeRequestId,
            request.body,
          ),
        ),
    );
    app.post(
      "/engagements/:id/change-requests/:changeRequestId/decline",
      {
        ...write,
        schema: {
          tags,
          summary:
            "Decline with a reason: the provider an unpriced change, the client a priced one",
          params: ChangeRequestParams,
          body: DeclineChangeBody,
          response: { 200: ChangeRequest, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await declineChange(
            deps,
            actorOf(request),
            request.params.id,
            request.params.changeRequestId,
            request.body,
          ),
        ),
    );
    app.post(
      "/engagements/:id/change-requests/:changeRequestId/withdraw",
      {
        ...write,
        schema: {
          tags,
          summary: "Withdraw a change you proposed, before it is decided",
          params: ChangeRequestParams,
          response: { 200: ChangeRequest, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await withdrawChange(
            deps,
            actorOf(request),
            request.params.id,
            request.params.changeRequestId,
          ),
        ),
    );
    app.post(
      "/engagements/:id/change-requests/:changeRequestId/approve",
      {
        ...write,
        schema: {
          tags,
          summary:
            "Approve a priced change (client): it amends the agreement, by acknowledgement or a new version to sign",
          params: ChangeRequestParams,
          response: { 200: ChangeRequest, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await approveChange(
            deps,
            actorOf(request),
            request.params.id,
            request.params.changeRequestId,
          ),
        ),
    );
  });
}
