import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

/** The hash that precedes the first event of every engagement's chain. */
export const GENESIS_HASH = "0".repeat(64);

/**
 * A payload as it was written and hashed. The chain is verified (and exported) over exactly
 * these bytes, including any field a later or earlier catalogue does not know and payloads the
 * catalogue would refuse, which a tampered ledger may hold; so verification reads stored JSON as
 * plain JSON rather than through the catalogue, whose parsing drops unknown fields. Readers that
 * act on a payload parse it through the catalogue instead (`EngagementEvent`).
 */
export type StoredPayload = Record<string, unknown>;

/** A payload read back from its stored JSON text, byte for byte what the hash covers. */
export function readStoredPayload(json: string): StoredPayload {
  return JSON.parse(json) as StoredPayload;
}

/** An event's kind and what it carries; the catalogue (`event-catalogue.ts`) types each one. */
export interface EventBody {
  type: string;
  payload: StoredPayload;
}

/** Where, by whom and when an event happened. */
export interface EventMeta {
  engagementId: string;
  actorUserId: string | null;
  actorOrgId: string | null;
  occurredAt: string;
}

/** What an event says, before it is chained. */
export type EventContent<E extends EventBody = EventBody> = E & EventMeta & { seq: number };

export type ChainedEvent<E extends EventBody = EventBody> = EventContent<E> & {
  id: string;
  prevHash: string;
  hash: string;
};

/**
 * The canonical text of an event (RFC 8785 JSON canonicalisation), so that anyone holding an
 * export can recompute the same bytes whatever language or JSON library they use.
 */
export function canonicalEvent(event: EventContent): string {
  const text = canonicalize({
    engagementId: event.engagementId,
    seq: event.seq,
    type: event.type,
    actorUserId: event.actorUserId,
    actorOrgId: event.actorOrgId,
    occurredAt: event.occurredAt,
    payload: event.payload,
  });
  if (text === undefined) throw new Error("event cannot be canonicalised");
  return text;
}

/** hash = sha256(previous hash + canonical event), hex-encoded. */
export function hashEvent(prevHash: string, event: EventContent): string {
  return createHash("sha256")
    .update(prevHash + canonicalEvent(event))
    .digest("hex");
}

/** Chains a new event after `previous` (or after the genesis hash for the first event). */
export function chainEvent<E extends EventBody>(
  previous: Pick<ChainedEvent, "seq" | "hash"> | undefined,
  content: E & EventMeta,
  id: string,
): ChainedEvent<E> {
  const seq = previous ? previous.seq + 1 : 1;
  const prevHash = previous ? previous.hash : GENESIS_HASH;
  const full: EventContent<E> = { ...content, seq };
  return { ...full, id, prevHash, hash: hashEvent(prevHash, full) };
}

export type ChainBreak = "sequence_gap" | "previous_hash_mismatch" | "hash_mismatch";

export type ChainVerdict =
  | { isIntact: true; eventCount: number; headHash: string }
  | {
      isIntact: false;
      eventCount: number;
      firstBroken: { id: string; seq: number; reason: ChainBreak };
    };

/**
 * Checks a whole chain, in order. Invariant: a chain is intact only if its sequence runs 1..n
 * without gaps, each event points at the hash of the one before, and each hash matches the
 * event's content. The first event that breaks any of these is named.
 */
export function verifyChain(events: readonly ChainedEvent[]): ChainVerdict {
  let previousHash = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const reason = findBreak(event, index + 1, previousHash);
    if (reason) {
      return {
        isIntact: false,
        eventCount: events.length,
        firstBroken: { id: event.id, seq: event.seq, reason },
      };
    }
    previousHash = event.hash;
  }
  return { isIntact: true, eventCount: events.length, headHash: previousHash };
}

function findBreak(
  event: ChainedEvent,
  expectedSeq: number,
  expectedPrevHash: string,
): ChainBreak | undefined {
  if (event.seq !== expectedSeq) return "sequence_gap";
  if (event.prevHash !== expectedPrevHash) return "previous_hash_mismatch";
  if (hashEvent(event.prevHash, event) !== event.hash) return "hash_mismatch";
  return undefined;
}

export type ExportVerdict =
  | ChainVerdict
  | { isIntact: false; isEmpty: true }
  | { isIntact: false; foreign: Pick<ChainedEvent, "id" | "seq" | "engagementId"> };

/**
 * Checks an export of the ledger of `engagementId`, as its header names it. Invariant: it is
 * intact only if it holds events (every engagement's ledger starts with its creation), each of
 * them of that engagement (the header is not hashed, so a relabelled or spliced file is caught
 * here, at its first foreign event), and their chain is intact.
 */
export function verifyExport(engagementId: string, events: readonly ChainedEvent[]): ExportVerdict {
  if (events.length === 0) return { isIntact: false, isEmpty: true };
  const foreign = events.find((event) => event.engagementId !== engagementId);
  if (foreign)
    return {
      isIntact: false,
      foreign: { id: foreign.id, seq: foreign.seq, engagementId: foreign.engagementId },
    };
  return verifyChain(events);
}
