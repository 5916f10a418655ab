import { replyExcerpt } from "../../../domain/webhooks/webhook-delivery";
import type { WebhookProblem } from "../../../domain/webhooks/webhook-problem";

/** Why an attempt failed, and the technical detail the log shows after the reader's words. */
export interface WebhookFailure {
  problem: WebhookProblem;
  detail: string | null;
}

/** Marks an error raised by Accord's own address checks, whose message is the address refused. */
export const ADDRESS_REFUSED_CODE = "EADDRNOTALLOWED";
/** Marks a host name the address check could not resolve; the message is the name. */
export const UNRESOLVABLE_CODE = "ENOTFOUND";

/**
 * Classifies a request that got no answer. Node's messages are English sentences, so only its
 * error code is kept as the detail; Accord's own address checks carry the address as message.
 */
export function classifyRequestFailure(error: unknown): WebhookFailure {
  if (!(error instanceof Error)) return { problem: "request_failed", detail: null };
  if (error.name === "TimeoutError" || error.name === "AbortError") {
    return { problem: "timeout", detail: null };
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === ADDRESS_REFUSED_CODE) {
    return { problem: "address_refused", detail: replyExcerpt(error.message) };
  }
  if (code === UNRESOLVABLE_CODE) {
    return { problem: "unresolvable", detail: replyExcerpt(error.message) };
  }
  return { problem: "request_failed", detail: code ? replyExcerpt(code) : null };
}
