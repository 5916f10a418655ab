import { performance } from "node:perf_hooks";
import { nextWebhookAttemptAt, webhookSignature } from "../../../domain/webhooks/webhook-delivery";
import type { AppDeps } from "../../platform/deps";
import {
  claimDelivery,
  findDueDeliveries,
  recordAttempt,
  type DueDelivery,
} from "./webhook-deliveries.repository";

/** A receiver has this long to answer; the lease outlasts it, so no live attempt is taken over. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
export const WEBHOOK_LEASE_MS = 60_000;
const PARALLEL_SENDS = 4;
/** How much of a failing receiver's answer the log keeps. */
const ERROR_TEXT_LENGTH = 500;

export interface WebhookSweep {
  /** Deliveries this call claimed and tried. */
  attempted: number;
  succeeded: number;
}

/**
 * Sends the webhook deliveries that are due, for the sweeper to call periodically. Each is
 * claimed with a conditional update before it is sent, so several Accord processes sweeping at
 * once send each delivery once. A 2xx answer delivers it; anything else (an error status, a
 * redirect, which is not followed, no answer within 10 s) is logged as an attempt and retried
 * with back-off, until the schedule runs out and the delivery has failed.
 */
export async function deliverDueWebhooks(
  deps: Pick<AppDeps, "db" | "clock" | "logger">,
  options: { limit?: number } = {},
): Promise<WebhookSweep> {
  const now = deps.clock.now();
  const due = await findDueDeliveries(deps.db, now.toISOString(), options.limit ?? 50);
  const sweep: WebhookSweep = { attempted: 0, succeeded: 0 };
  await forEachLimited(due, PARALLEL_SENDS, async (delivery) => {
    try {
      const isDelivered = await attemptDelivery(deps, delivery);
      if (isDelivered === null) return;
      sweep.attempted++;
      if (isDelivered) sweep.succeeded++;
    } catch (error) {
      // The lease runs out and a later sweep tries again.
      deps.logger.error({ err: error, deliveryId: delivery.id }, "webhook delivery failed");
    }
  });
  return sweep;
}

/** Claims, sends and records one delivery: whether it was delivered, null if not claimed. */
async function attemptDelivery(
  deps: Pick<AppDeps, "db" | "clock">,
  delivery: DueDelivery,
): Promise<boolean | null> {
  const claimedAt = deps.clock.now();
  const leaseUntil = new Date(claimedAt.getTime() + WEBHOOK_LEASE_MS).toISOString();
  const seen = { id: delivery.id, attempts: Number(delivery.attempts) };
  if (!(await claimDelivery(deps.db, seen, claimedAt.toISOString(), leaseUntil))) return null;
  const attemptedAt = deps.clock.now();
  const started = performance.now();
  const answer = await post(delivery, Math.floor(attemptedAt.getTime() / 1000));
  const durationMs = Math.round(performance.now() - started);
  const finishedAt = deps.clock.now();
  const attempt = seen.attempts + 1;
  const isDelivered =
    answer.statusCode !== null && answer.statusCode >= 200 && answer.statusCode < 300;
  const retryAt = isDelivered ? null : nextWebhookAttemptAt(attempt, finishedAt);
  await recordAttempt(deps.db, delivery.id, leaseUntil, {
    attempt,
    attemptedAt: attemptedAt.toISOString(),
    statusCode: answer.statusCode,
    error: answer.error,
    durationMs,
    status: isDelivered ? "succeeded" : retryAt ? "pending" : "failed",
    nextAttemptAt: retryAt ? retryAt.toISOString() : delivery.next_attempt_at,
    deliveredAt: isDelivered ? finishedAt.toISOString() : null,
  });
  return isDelivered;
}

/** One HTTPS POST of the stored body, signed now. */
async function post(
  delivery: DueDelivery,
  timestampSeconds: number,
): Promise<{ statusCode: number | null; error: string | null }> {
  try {
    const response = await fetch(delivery.url, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "Accord-Webhooks/1",
        "Accord-Webhook-Id": delivery.id,
        "Accord-Event-Type": delivery.event_type,
        "Accord-Signature": webhookSignature(delivery.secret, timestampSeconds, delivery.payload),
      },
      body: delivery.payload,
      redirect: "manual",
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    if (response.status >= 200 && response.status < 300) {
      await response.body?.cancel();
      return { statusCode: response.status, error: null };
    }
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel();
      const location = response.headers.get("location") ?? "";
      return { statusCode: response.status, error: `Redirect not followed: ${location}`.trim() };
    }
    return { statusCode: response.status, error: await startOfBody(response) };
  } catch (error) {
    return { statusCode: null, error: describeFailure(error) };
  }
}

async function startOfBody(response: Response): Promise<string | null> {
  if (!response.body) return null;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < ERROR_TEXT_LENGTH) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
    }
  } catch {
    // what was read so far is enough
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const text = Buffer.concat(chunks).toString("utf8").slice(0, ERROR_TEXT_LENGTH).trim();
  return text || null;
}

function describeFailure(error: unknown): string {
  if (error instanceof Error && error.name === "TimeoutError") {
    return `No answer within ${WEBHOOK_TIMEOUT_MS / 1000} s`;
  }
  if (error instanceof Error) {
    const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
    const detail = typeof cause?.code === "string" ? cause.code : cause?.message;
    return typeof detail === "string" && detail ? `${error.message}: ${detail}` : error.message;
  }
  return String(error);
}

async function forEachLimited<T>(
  items: readonly T[],
  parallel: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let item = items[next++]; item !== undefined; item = items[next++]) await work(item);
  };
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
}
