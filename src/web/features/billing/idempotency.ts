/**
 * Every payment write carries an idempotency key. One form submission keeps its key until it
 * succeeds: sending the very same request again (after a lost answer, say) reuses it, so the
 * server answers the payment already recorded instead of recording it twice; a request that
 * differs in any field is a new payment and gets a new key.
 */

/** A random UUID; `crypto.randomUUID` exists only in secure contexts, `getRandomValues` everywhere. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface PendingSubmission {
  key: string;
  /** The request the key was made for, as canonical text. */
  request: string;
}

/**
 * The submission to send: the pending one when the request is the same, else a new key. The
 * form forgets the pending submission once the server has answered it with success.
 */
export function submissionFor(
  pending: PendingSubmission | null,
  request: unknown,
  makeKey: () => string = newIdempotencyKey,
): PendingSubmission {
  const text = JSON.stringify(request);
  return pending && pending.request === text ? pending : { key: makeKey(), request: text };
}
