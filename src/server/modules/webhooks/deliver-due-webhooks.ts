import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { performance } from "node:perf_hooks";
import {
  nextWebhookAttemptAt,
  replyExcerpt,
  REPLY_EXCERPT_LENGTH,
  webhookSignature,
} from "../../../domain/webhooks/webhook-delivery";
import type { AppDeps, WebhookPolicy } from "../../platform/deps";
import {
  ADDRESS_REFUSED_CODE,
  classifyRequestFailure,
  type WebhookFailure,
} from "./webhook-failure";
import { guardedLookup, isAllowedPeer } from "./webhook-host";
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
/** How much of a failing receiver's answer is read: enough for the excerpt the log keeps. */
const REPLY_BYTES_READ = 4 * REPLY_EXCERPT_LENGTH;

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
  deps: Pick<AppDeps, "db" | "clock" | "testClock" | "logger" | "webhooks">,
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
  deps: Pick<AppDeps, "db" | "clock" | "testClock" | "webhooks">,
  delivery: DueDelivery,
): Promise<boolean | null> {
  const claimedAt = deps.clock.now();
  const leaseUntil = new Date(claimedAt.getTime() + WEBHOOK_LEASE_MS).toISOString();
  const seen = { id: delivery.id, attempts: Number(delivery.attempts) };
  if (!(await claimDelivery(deps.db, seen, claimedAt.toISOString(), leaseUntil))) return null;
  const attemptedAt = deps.clock.now();
  const started = performance.now();
  // The signature's time is what a receiver checks against its own clock to refuse a replay:
  // real time, even where a test clock runs the instance's days ahead.
  const signedAt = deps.testClock?.realNow() ?? attemptedAt;
  const answer = await post(deps.webhooks, delivery, Math.floor(signedAt.getTime() / 1000));
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
    problem: answer.failure?.problem ?? null,
    error: answer.failure?.detail ?? null,
    durationMs,
    status: isDelivered ? "succeeded" : retryAt ? "pending" : "failed",
    nextAttemptAt: retryAt ? retryAt.toISOString() : delivery.next_attempt_at,
    deliveredAt: isDelivered ? finishedAt.toISOString() : null,
  });
  return isDelivered;
}

interface Answer {
  statusCode: number | null;
  /** Null when the receiver answered 2xx. */
  failure: WebhookFailure | null;
}

/**
 * One POST of the stored body, signed now. The connection goes only to an address the policy
 * allows, checked when the name is resolved for this very connection and again on the socket
 * connected; redirects are answers, not instructions; what the log keeps of an answer is a
 * bounded, sanitised excerpt.
 */
function post(
  policy: WebhookPolicy,
  delivery: DueDelivery,
  timestampSeconds: number,
): Promise<Answer> {
  return new Promise<Answer>((resolve) => {
    let settled = false;
    const finish = (answer: Answer) => {
      if (settled) return;
      settled = true;
      resolve(answer);
    };
    let url: URL;
    try {
      url = new URL(delivery.url);
    } catch {
      return finish({ statusCode: null, failure: { problem: "invalid_url", detail: null } });
    }
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    const body = Buffer.from(delivery.payload, "utf8");
    const request = send(url, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "Content-Length": body.length,
        "User-Agent": "Accord-Webhooks/1",
        "Accord-Webhook-Id": delivery.id,
        "Accord-Event-Type": delivery.event_type,
        "Accord-Signature": webhookSignature(delivery.secret, timestampSeconds, delivery.payload),
      },
      // No keep-alive: every attempt resolves and checks its address afresh.
      agent: false,
      lookup: guardedLookup(policy),
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    request.on("socket", (socket) => {
      socket.once("connect", () => {
        if (!isAllowedPeer(policy, socket.remoteAddress)) {
          request.destroy(
            Object.assign(new Error(socket.remoteAddress ?? ""), { code: ADDRESS_REFUSED_CODE }),
          );
        }
      });
    });
    request.on("response", (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 200 && status < 300) {
        response.destroy();
        return finish({ statusCode: status, failure: null });
      }
      if (status >= 300 && status < 400) {
        response.destroy();
        const location = replyExcerpt(String(response.headers.location ?? ""));
        return finish({
          statusCode: status,
          failure: { problem: "redirect_not_followed", detail: location },
        });
      }
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        response.destroy();
        const text = Buffer.concat(chunks).subarray(0, REPLY_BYTES_READ).toString("utf8");
        finish({
          statusCode: status,
          failure: { problem: "receiver_refused", detail: replyExcerpt(text) },
        });
      };
      response.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= REPLY_BYTES_READ) done();
      });
      response.on("end", done);
      response.on("error", done);
      response.on("close", done);
    });
    request.on("error", (error) =>
      finish({ statusCode: null, failure: classifyRequestFailure(error) }),
    );
    request.end(body);
  });
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
