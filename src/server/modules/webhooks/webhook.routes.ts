import { OkResponse } from "../../../contracts/common";
import {
  CreateWebhookBody,
  UpdateWebhookBody,
  Webhook,
  WebhookDelivery,
  WebhookDeliveryDetail,
  WebhookDeliveryList,
  WebhookDeliveryListQuery,
  WebhookDeliveryParams,
  WebhookList,
  WebhookListParams,
  WebhookParams,
  WebhookWithSecret,
} from "../../../contracts/webhooks";
import type { AppDeps } from "../../platform/deps";
import { actorOf, sendResult } from "../../platform/http";
import { defineRoutes, ERROR_RESPONSES } from "../../platform/routes";
import { createWebhook } from "./create-webhook";
import { deleteWebhook } from "./delete-webhook";
import { getWebhookDelivery } from "./get-webhook-delivery";
import { listWebhookDeliveries } from "./list-webhook-deliveries";
import { listWebhooks } from "./list-webhooks";
import { replayWebhookDelivery } from "./replay-webhook-delivery";
import { rotateWebhookSecret } from "./rotate-webhook-secret";
import { updateWebhook } from "./update-webhook";

const tags = ["webhooks"];
const base = "/orgs/:orgId/webhooks";

/** Webhooks belong to an organisation: its people read them with `orgs:read`, owners manage. */
export function webhookRoutes(deps: AppDeps) {
  return defineRoutes((app) => {
    app.get(
      base,
      {
        config: { access: "orgs:read" },
        schema: {
          tags,
          summary: "The organisation's webhook endpoints (never their secrets)",
          params: WebhookListParams,
          response: { 200: WebhookList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await listWebhooks(deps, actorOf(request), request.params.orgId),
        ),
    );
    app.post(
      base,
      {
        config: { access: "orgs:write" },
        schema: {
          tags,
          summary: "Add an endpoint (owners); the answer shows its signing secret once",
          description: "See docs/WEBHOOKS.md for the request Accord sends and how to verify it.",
          params: WebhookListParams,
          body: CreateWebhookBody,
          response: { 201: WebhookWithSecret, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await createWebhook(deps, actorOf(request), request.params.orgId, request.body),
          201,
        ),
    );
    app.patch(
      `${base}/:webhookId`,
      {
        config: { access: "orgs:write" },
        schema: {
          tags,
          summary: "Change an endpoint's URL, description or event types, or switch it off/on",
          params: WebhookParams,
          body: UpdateWebhookBody,
          response: { 200: Webhook, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await updateWebhook(deps, actorOf(request), request.params, request.body),
        ),
    );
    app.delete(
      `${base}/:webhookId`,
      {
        config: { access: "orgs:write" },
        schema: {
          tags,
          summary: "Remove an endpoint and its delivery log",
          params: WebhookParams,
          response: { 200: OkResponse, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(reply, request, await deleteWebhook(deps, actorOf(request), request.params)),
    );
    app.post(
      `${base}/:webhookId/rotate-secret`,
      {
        config: { access: "orgs:write" },
        schema: {
          tags,
          summary: "Replace the signing secret; the answer shows the new one once",
          params: WebhookParams,
          response: { 200: WebhookWithSecret, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await rotateWebhookSecret(deps, actorOf(request), request.params),
        ),
    );
    app.get(
      `${base}/:webhookId/deliveries`,
      {
        config: { access: "orgs:read" },
        schema: {
          tags,
          summary: "The endpoint's delivery log, newest first",
          params: WebhookParams,
          querystring: WebhookDeliveryListQuery,
          response: { 200: WebhookDeliveryList, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await listWebhookDeliveries(deps, actorOf(request), request.params, request.query),
        ),
    );
    app.get(
      `${base}/:webhookId/deliveries/:deliveryId`,
      {
        config: { access: "orgs:read" },
        schema: {
          tags,
          summary: "One delivery: the body sent and every attempt",
          params: WebhookDeliveryParams,
          response: { 200: WebhookDeliveryDetail, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await getWebhookDelivery(deps, actorOf(request), request.params),
        ),
    );
    app.post(
      `${base}/:webhookId/deliveries/:deliveryId/replay`,
      {
        config: { access: "orgs:write" },
        schema: {
          tags,
          summary: "Send a delivery again, as a new delivery with the same body (owners)",
          params: WebhookDeliveryParams,
          response: { 201: WebhookDelivery, ...ERROR_RESPONSES },
        },
      },
      async (request, reply) =>
        sendResult(
          reply,
          request,
          await replayWebhookDelivery(deps, actorOf(request), request.params),
          201,
        ),
    );
  });
}
