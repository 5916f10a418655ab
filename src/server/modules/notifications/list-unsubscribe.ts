import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The one-click unsubscribe link of a person's notification e-mail (RFC 8058): a POST to it,
 * with no session or cookie, turns off every notification e-mail of that person. The token is
 * the person's id signed with the instance's key, so it cannot be made for someone else or
 * altered, needs no row of its own, and works as long as the key (like the CSRF tokens').
 */
export function listUnsubscribeUrl(publicUrl: string, signingSecret: string, userId: string) {
  return `${publicUrl}/api/v1/unsubscribe/${listUnsubscribeToken(signingSecret, userId)}`;
}

export function listUnsubscribeToken(signingSecret: string, userId: string): string {
  return `${Buffer.from(userId).toString("base64url")}.${signatureOf(signingSecret, userId)}`;
}

/** The person a token was signed for; null when it was altered, forged or is not a token. */
export function userOfUnsubscribeToken(signingSecret: string, token: string): string | null {
  const [encodedUser, signature, ...rest] = token.split(".");
  if (!encodedUser || !signature || rest.length > 0) return null;
  const userId = Buffer.from(encodedUser, "base64url").toString();
  // base64url decoding skips what it cannot read: only the exact encoding counts.
  if (Buffer.from(userId).toString("base64url") !== encodedUser) return null;
  const expected = Buffer.from(signatureOf(signingSecret, userId));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
}

function signatureOf(signingSecret: string, userId: string): string {
  return createHmac("sha256", signingSecret)
    .update(`list-unsubscribe\u0000${userId}`)
    .digest("base64url");
}
