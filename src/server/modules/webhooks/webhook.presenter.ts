import type { z } from "zod";
import type { Webhook, WebhookAttempt, WebhookDelivery } from "../../../contracts/webhooks";
import type { WebhookAttemptsTable } from "../../db/schema";
import type { DeliverySummaryRow, EndpointRow } from "./webhooks.repository";

export function parseEventTypes(text: string): string[] {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** An endpoint without its secret: the secret leaves the server only when it is made. */
export function presentWebhook(row: EndpointRow): z.infer<typeof Webhook> {
  return {
    id: row.id,
    orgId: row.org_id,
    url: row.url,
    description: row.description,
    eventTypes: parseEventTypes(row.event_types),
    isActive: Number(row.is_active) === 1,
    createdAt: row.created_at,
  };
}

export function presentDelivery(row: DeliverySummaryRow): z.infer<typeof WebhookDelivery> {
  return {
    id: row.id,
    webhookId: row.endpoint_id,
    eventId: row.event_id,
    eventType: row.event_type,
    status: row.status,
    attempts: Number(row.attempts),
    nextAttemptAt: row.status === "pending" ? row.next_attempt_at : null,
    lastStatusCode: row.last_status_code === null ? null : Number(row.last_status_code),
    lastProblem: row.last_problem,
    lastError: row.last_error,
    replayOf: row.replay_of,
    createdAt: row.created_at,
    deliveredAt: row.delivered_at,
  };
}

export function presentAttempt(row: WebhookAttemptsTable): z.infer<typeof WebhookAttempt> {
  return {
    attempt: Number(row.attempt),
    attemptedAt: row.attempted_at,
    statusCode: row.status_code === null ? null : Number(row.status_code),
    problem: row.problem,
    error: row.error,
    durationMs: Number(row.duration_ms),
  };
}
