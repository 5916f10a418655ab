import { describe, expect, it } from "vitest";
import {
  chainEvent,
  GENESIS_HASH,
  hashEvent,
  verifyChain,
  verifyExport,
  type ChainedEvent,
} from "./ledger";

function buildChain(length: number): ChainedEvent[] {
  const events: ChainedEvent[] = [];
  for (let i = 0; i < length; i++) {
    events.push(
      chainEvent(
        events.at(-1),
        {
          engagementId: "eng_1",
          type: i === 0 ? "engagement.proposed" : "engagement.note",
          actorUserId: "usr_1",
          actorOrgId: "org_1",
          occurredAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
          payload: { index: i, text: "Réunion « kick-off » — Übergabe" },
        },
        `evt_${i + 1}`,
      ),
    );
  }
  return events;
}

describe("engagement ledger", () => {
  it("starts the chain from the genesis hash and links each event to the one before", () => {
    const events = buildChain(3);
    expect(events[0]?.prevHash).toBe(GENESIS_HASH);
    expect(events[1]?.prevHash).toBe(events[0]?.hash);
    expect(events[2]?.seq).toBe(3);
  });

  it("hashes the same content to the same value whatever the key order of the payload", () => {
    const base = {
      engagementId: "e",
      seq: 1,
      type: "t",
      actorUserId: null,
      actorOrgId: null,
      occurredAt: "2026-01-01T00:00:00.000Z",
    };
    expect(hashEvent(GENESIS_HASH, { ...base, payload: { a: 1, b: 2 } })).toBe(
      hashEvent(GENESIS_HASH, { ...base, payload: { b: 2, a: 1 } }),
    );
  });

  it("reports an untouched chain as intact with its head hash", () => {
    const events = buildChain(5);
    expect(verifyChain(events)).toEqual({
      isIntact: true,
      eventCount: 5,
      headHash: events[4]?.hash,
    });
  });

  it("reports an empty chain as intact", () => {
    expect(verifyChain([])).toEqual({ isIntact: true, eventCount: 0, headHash: GENESIS_HASH });
  });

  it("names the first event whose payload was tampered with", () => {
    const events = buildChain(5);
    const tampered = events.map((e) =>
      e.seq === 3 ? { ...e, payload: { ...e.payload, index: 99 } } : e,
    );
    expect(verifyChain(tampered)).toMatchObject({
      isIntact: false,
      firstBroken: { id: "evt_3", seq: 3, reason: "hash_mismatch" },
    });
  });

  it("detects an event rewritten with a recomputed hash, at the next link", () => {
    const events = buildChain(4);
    const victim = events[1]!;
    const rewritten = { ...victim, actorUserId: "usr_intruder" };
    rewritten.hash = hashEvent(rewritten.prevHash, rewritten);
    const chain = [events[0]!, rewritten, events[2]!, events[3]!];
    expect(verifyChain(chain)).toMatchObject({
      isIntact: false,
      firstBroken: { seq: 3, reason: "previous_hash_mismatch" },
    });
  });

  it("detects a removed event as a gap in the sequence", () => {
    const events = buildChain(4);
    const chain = [events[0]!, events[2]!, events[3]!];
    expect(verifyChain(chain)).toMatchObject({
      isIntact: false,
      firstBroken: { id: "evt_3", reason: "sequence_gap" },
    });
  });
});

describe("an exported ledger", () => {
  it("is intact when it holds the chain of the engagement its header names", () => {
    expect(verifyExport("eng_1", buildChain(3))).toMatchObject({ isIntact: true, eventCount: 3 });
  });

  it("is not intact when its header names another engagement than its events", () => {
    const events = buildChain(3);
    expect(verifyExport("eng_2", events)).toEqual({
      isIntact: false,
      foreign: { id: "evt_1", seq: 1, engagementId: "eng_1" },
    });
  });

  it("is not intact when it holds no events", () => {
    expect(verifyExport("eng_1", [])).toEqual({ isIntact: false, isEmpty: true });
  });

  it("names a tampered event as the chain does", () => {
    const events = buildChain(3);
    events[1] = { ...events[1]!, payload: { index: 99 } };
    expect(verifyExport("eng_1", events)).toMatchObject({
      isIntact: false,
      firstBroken: { seq: 2, reason: "hash_mismatch" },
    });
  });
});
