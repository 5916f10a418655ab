// Its own module, free of Node's modules: the contracts and the web read it too.
/**
 * Why an attempt failed, as a code the reader's language words: the delivery log keeps the
 * code beside the detail (a location, an address, the receiver's excerpt, Node's error code),
 * which is technical text and shown as it is.
 */
export const WEBHOOK_PROBLEMS = [
  "invalid_url",
  "redirect_not_followed",
  "timeout",
  "address_refused",
  "unresolvable",
  "request_failed",
  "receiver_refused",
] as const;
export type WebhookProblem = (typeof WEBHOOK_PROBLEMS)[number];
