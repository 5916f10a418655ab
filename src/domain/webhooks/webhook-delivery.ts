import { createHmac, timingSafeEqual } from "node:crypto";
import type { ChainedEvent } from "../ledger/ledger";
import { addressKind, hostNameKind, isAllowedAddress } from "./webhook-address";

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
 * Whether Accord may post to a URL, as far as its text tells. Only HTTPS leaves the machine;
 * plain HTTP is allowed on the loopback interface when the instance allows it (development and
 * tests). Hosts that are, or are named as, loopback or internal addresses are refused
 * otherwise. A public name can still resolve to an internal address: the server resolves it
 * at registration and checks every address again when it connects.
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
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return "https_required";
  const kind = addressKind(parsed.hostname) ?? hostNameKind(parsed.hostname);
  if (parsed.protocol === "http:") {
    return allowsLoopbackHttp && kind === "loopback" ? null : "https_required";
  }
  return isAllowedAddress(kind, allowsLoopbackHttp) ? null : "private_host";
}

/**
 * The organisation's endpoint already receiving at this URL, if any: one endpoint per URL, or
 * every event would be delivered there twice. URLs are compared as a receiver sees them (host
 * case, a default port and an empty path do not count); `exceptId` is the endpoint being changed.
 */
export function endpointAt<T extends { id: string; url: string }>(
  endpoints: readonly T[],
  url: string,
  exceptId: string | null = null,
): T | undefined {
  const wanted = comparableUrl(url);
  return endpoints.find(
    (endpoint) => endpoint.id !== exceptId && comparableUrl(endpoint.url) === wanted,
  );
}

function comparableUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/** Control, bidirectional-formatting and replacement characters (invalid UTF-8 received). */
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffd]/g;

/** How much of a receiver's answer the delivery log keeps. */
export const REPLY_EXCERPT_LENGTH = 500;

/**
 * What the delivery log keeps of a receiver's answer (a body, a redirect's location): control
 * and bidirectional-formatting characters removed, white space collapsed, at most
 * `REPLY_EXCERPT_LENGTH` characters (never half a character), null when nothing is left. The
 * log is shown to everyone in the organisation, so an answer cannot inject markup-breaking
 * control sequences or an unbounded amount of text into it.
 */
export function replyExcerpt(text: string): string | null {
  const cleaned = text.replace(UNPRINTABLE, "").replace(/\s+/g, " ").trim();
  const characters = Array.from(cleaned);
  const excerpt =
    characters.length > REPLY_EXCERPT_LENGTH
      ? `${characters.slice(0, REPLY_EXCERPT_LENGTH - 1).join("")}…`
      : cleaned;
  return excerpt || null;
}
