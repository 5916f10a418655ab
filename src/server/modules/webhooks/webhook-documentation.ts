import type { FastifyDynamicSwaggerOptions } from "@fastify/swagger";
import { z } from "zod";
import { webhookEventBody } from "../../../contracts/webhooks";
import { WEBHOOK_EVENT_TYPES } from "../../../domain/ledger/event-catalogue";

type Webhooks = NonNullable<
  Extract<NonNullable<FastifyDynamicSwaggerOptions["openapi"]>, { webhooks?: unknown }>["webhooks"]
>;

let documented: Webhooks | undefined;

/**
 * The OpenAPI document's `webhooks` section, from the event catalogue: one entry per event type
 * an endpoint can subscribe to, with the exact body it receives. Built once: the catalogue is
 * fixed, and converting its schemas took longer than the rest of building the app.
 */
export function webhookDocumentation(): Webhooks {
  documented ??= Object.fromEntries(
    WEBHOOK_EVENT_TYPES.map((type) => [
      type,
      {
        post: {
          summary: type,
          description:
            "Signed with `Accord-Signature` (see docs/WEBHOOKS.md). Answer 2xx within 10 s.",
          requestBody: {
            content: { "application/json": { schema: z.toJSONSchema(webhookEventBody(type)) } },
          },
          responses: { "200": { description: "Received" } },
        },
      },
    ]),
  ) as Webhooks;
  return documented;
}
