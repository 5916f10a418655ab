import { createHmac, timingSafeEqual } from "node:crypto";
import type { ChainedEvent } from "../ledger/ledger";

/**
 * How long to wait after each failed attempt before the next one: 30 s, 2 min, 10 min, 1 h,
 * 6 h, 24 h. After the attempt that follows the last wait fails, the delivery has failed
 * (seven attempts over about 31 hours), and only a replay sends it again.
 */
export const WEBHOOK_RETRY_DELAYS_SECONDS = [30, 120, 600, 3_600, 21_600, 86_400] as const;

/** When to try again after `attemptsMade` attempts all failed, or null to give up. */
export function nextWebhookAttemptAt(attemptsMade: number, failedAt: Date): Date | null {
  const delay = WEBHOOK_RETRY_DELAYS_SECONDS[attemptsMade - 1];
  return delay === undefined ? null : new Date(failedAt.getTime() + delay * 1000);
}

/**
 * The body an endpoint receives for a ledger event. Computed once, stored as text and sent
 * byte for byte on every attempt and replay, so the signature always covers the same bytes.
 */
export function webhookBody(
  event: Pick<
    ChainedEvent,
    "id" | "type" | "occurredAt" | "engagementId" | "seq" | "hash" | "payload"
  >,
): string {
  return JSON.stringify({
    id: event.id,
    type: event.type,
    occurredAt: event.occurredAt,
    engagementId: event.engagementId,
    seq: event.seq,
    hash: event.hash,
    data: event.payload,
  });
}

/** An empty subscription is to every type. */
export function isSubscribed(eventTypes: readonly string[], type: string): boolean {
  return eventTypes.length === 0 || eventTypes.includes(type);
}

/**
 * The `Accord-Signature` header: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`.
 * Signing the time with the body lets a receiver refuse old requests replayed by a third party.
 */
export function webhookSignature(secret: string, timestampSeconds: number, body: string): string {
  return `t=${timestampSeconds},v1=${hmacHex(secret, timestampSeconds, body)}`;
}

/**
 * What a receiver checks: a `v1` signature of this body and time made with the secret, and a
 * time within `toleranceSeconds` of its own clock.
 */
export function isValidWebhookSignature(
  header: string,
  secret: string,
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const parts = new Map(
    header.split(",").map((part) => {
      const at = part.indexOf("=");
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()] as const;
    }),
  );
  const timestamp = Number(parts.get("t"));
  const signature = parts.get("v1") ?? "";
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds) {
    return false;
  }
  const expected = Buffer.from(hmacHex(secret, timestamp, body), "hex");
  const given = Buffer.from(signature, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function hmacHex(secret: string, timestampSeconds: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestampSeconds}.${body}`).digest("hex");
}

export type WebhookUrlProblem = "invalid" | "https_required" | "private_host";

/**
 * Whether Accord may post to a URL. Only HTTPS leaves the machine; plain HTTP is allowed on
 * the loopback interface when the instance allows it (development and tests). Hosts written as
 * loopback or private addresses are refused otherwise, so an endpoint cannot aim Accord at its
 * own network. (A public name that resolves to a private address is not caught here.)
 */
export function webhookUrlProblem(
  url: string,
  allowsLoopbackHttp: boolean,
): WebhookUrlProblem | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "invalid";
  }
  if (parsed.username || parsed.password) return "invalid";
  const isLoopback = isLoopbackHost(parsed.hostname);
  if (parsed.protocol === "http:") {
    return allowsLoopbackHttp && isLoopback ? null : "https_required";
  }
  if (parsed.protocol !== "https:") return "https_required";
  if (isLoopback && allowsLoopbackHttp) return null;
  return isLoopback || isPrivateHost(parsed.hostname) ? "private_host" : null;
}

function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    host === "[::1]" ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  );
}

function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  const v4 = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(host);
  if (v4) {
    const a = Number(v4[1]);
    const b = Number(v4[2]);
    return (
      a === 0 ||
      a === 10 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168)
    );
  }
  if (host.startsWith("[")) {
    const v6 = host.slice(1, -1);
    return (
      v6 === "::" ||
      /^f[cd][0-9a-f]{2}:/.test(v6) ||
      /^fe[89ab][0-9a-f]:/.test(v6) ||
      v6.startsWith("::ffff:")
    );
  }
  return false;
}
