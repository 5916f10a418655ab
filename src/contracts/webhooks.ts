import { z } from "zod";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "../domain/ledger/event-catalogue";
import { cursorOrBefore, DeprecatedBefore, NextCursor, PageQuery } from "./pagination";
import { Id, Timestamp } from "./common";
import { WEBHOOK_PROBLEMS } from "../domain/webhooks/webhook-problem";
import { EVENT_PAYLOADS } from "./events";
import { requireSomeField } from "./input-rules";

export const WebhookListParams = z.object({ orgId: Id });
export const WebhookParams = z.object({ orgId: Id, webhookId: Id });
export const WebhookDeliveryParams = z.object({ orgId: Id, webhookId: Id, deliveryId: Id });

const WebhookUrl = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .meta({ description: "An https:// URL that accepts POST requests" });
const EventTypes = z
  .array(z.enum(WEBHOOK_EVENT_TYPES))
  .max(50)
  .meta({ description: "The event types to receive; empty for every type" });

export const CreateWebhookBody = z.object({
  url: WebhookUrl,
  description: z.string().trim().max(200).default(""),
  eventTypes: EventTypes.default([]),
});

export const UpdateWebhookBody = requireSomeField(
  z.object({
    url: WebhookUrl.optional(),
    description: z.string().trim().max(200).optional(),
    eventTypes: EventTypes.optional(),
    isActive: z.boolean().optional(),
  }),
);

export const Webhook = z.object({
  id: z.string(),
  orgId: z.string(),
  url: z.string(),
  description: z.string(),
  eventTypes: z.array(z.string()),
  isActive: z.boolean(),
  createdAt: Timestamp,
});
export const WebhookList = z.object({ webhooks: z.array(Webhook) });

/** The endpoint with its signing secret, answered only when the secret is made. */
export const WebhookWithSecret = Webhook.extend({
  secret: z.string().meta({
    description: "The HMAC-SHA256 key of the `Accord-Signature` header. Shown once; store it now",
  }),
});

export const WebhookProblem = z.enum(WEBHOOK_PROBLEMS).meta({
  description:
    "Why the attempt failed: `invalid_url`, `redirect_not_followed` (the detail is the location), `timeout` (no answer within 10 s), `address_refused` (the host is or resolves to a non-public address; the detail names it), `unresolvable`, `request_failed` (the detail is Node's error code), `receiver_refused` (a non-2xx answer; the detail is an excerpt of its body)",
});

export const WebhookDeliveryStatus = z.enum(["pending", "sending", "succeeded", "failed"]);

export const WebhookDelivery = z.object({
  id: z.string(),
  webhookId: z.string(),
  eventId: z.string(),
  eventType: z.string(),
  status: WebhookDeliveryStatus,
  attempts: z.number().int(),
  /** When the next attempt is due (pending deliveries). */
  nextAttemptAt: Timestamp.nullable(),
  lastStatusCode: z.number().int().nullable(),
  /** Why the last attempt failed; null when it succeeded, none was made, or it predates codes. */
  lastProblem: WebhookProblem.nullable(),
  /** The last failure's technical detail, not translated: a location, an address, an excerpt. */
  lastError: z.string().nullable(),
  /** The delivery this one replays, if it is a replay. */
  replayOf: z.string().nullable(),
  createdAt: Timestamp,
  deliveredAt: Timestamp.nullable(),
});

export const WebhookDeliveryList = z.object({
  deliveries: z.array(WebhookDelivery),
  nextCursor: NextCursor,
});

export const WebhookDeliveryListQuery = z
  .object({
    status: WebhookDeliveryStatus.optional(),
    ...PageQuery.shape,
    before: DeprecatedBefore,
  })
  .transform(cursorOrBefore);

export const WebhookAttempt = z.object({
  attempt: z.number().int(),
  attemptedAt: Timestamp,
  /** The receiver's HTTP status; null when no answer came (refused, timed out). */
  statusCode: z.number().int().nullable(),
  problem: WebhookProblem.nullable(),
  error: z.string().nullable(),
  durationMs: z.number().int(),
});

export const WebhookDeliveryDetail = WebhookDelivery.extend({
  /** The exact body sent on every attempt. */
  payload: z.string(),
  attemptLog: z.array(WebhookAttempt),
});

/** The body an endpoint receives for one event: the ledger event, its payload as `data`. */
export function webhookEventBody<T extends WebhookEventType>(type: T) {
  return z.object({
    id: Id.meta({ description: "The event's id: the same in every attempt and replay" }),
    type: z.literal(type),
    occurredAt: Timestamp,
    engagementId: Id,
    seq: z.number().int(),
    hash: z.string(),
    data: EVENT_PAYLOADS[type],
  });
}
