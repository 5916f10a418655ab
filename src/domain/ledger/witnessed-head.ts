import { verifyChain, type ChainedEvent } from "./ledger";

export type HeadVerdict =
  | { isWitnessed: true; seq: number }
  | { isWitnessed: false; reason: "chain_broken" | "head_not_in_chain" };

/**
 * Whether a ledger still contains a head hash a side was shown (every notification e-mail
 * carries the head at the time it was sent). A chain rewritten and re-hashed by whoever holds
 * the database verifies on its own, but no longer contains the old head: each hash covers
 * everything before it, so changing any earlier event changes every later hash.
 */
export function checkWitnessedHead(events: readonly ChainedEvent[], head: string): HeadVerdict {
  const verdict = verifyChain(events);
  if (!verdict.isIntact) return { isWitnessed: false, reason: "chain_broken" };
  const witnessed = events.find((event) => event.hash === head.trim().toLowerCase());
  return witnessed
    ? { isWitnessed: true, seq: witnessed.seq }
    : { isWitnessed: false, reason: "head_not_in_chain" };
}
