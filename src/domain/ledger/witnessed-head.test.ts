import { describe, expect, it } from "vitest";
import { chainEvent, type ChainedEvent, type EventContent } from "./ledger";
import { checkWitnessedHead } from "./witnessed-head";

function chainOf(contents: readonly Omit<EventContent, "seq">[]): ChainedEvent[] {
  const events: ChainedEvent[] = [];
  for (const [index, content] of contents.entries())
    events.push(chainEvent(events.at(-1), content, `evt_${index + 1}`));
  return events;
}

const CONTENTS: Omit<EventContent, "seq">[] = [1, 2, 3].map((n) => ({
  engagementId: "eng_1",
  type: n === 2 ? "dispute.settled" : "message.posted",
  actorUserId: "usr_1",
  actorOrgId: "org_1",
  occurredAt: `2026-12-0${n}T10:00:00.000Z`,
  payload: { n, creditNotes: n === 2 ? ["CN-1"] : [] },
}));

describe("a head hash a side was shown", () => {
  it("is found in the intact chain, later events or not", () => {
    const events = chainOf(CONTENTS);
    expect(checkWitnessedHead(events, events[1]!.hash)).toEqual({ isWitnessed: true, seq: 2 });
    expect(checkWitnessedHead(events, events[2]!.hash.toUpperCase())).toEqual({
      isWitnessed: true,
      seq: 3,
    });
  });

  it("detects an event rewritten and the whole chain re-hashed by the operator", () => {
    const original = chainOf(CONTENTS);
    const shownInMail = original[2]!.hash;
    const rewritten = chainOf(
      CONTENTS.map((c, i) => (i === 1 ? { ...c, payload: { n: 2, creditNotes: [] } } : c)),
    );
    // The rewritten chain verifies on its own…
    expect(checkWitnessedHead(rewritten, rewritten[2]!.hash).isWitnessed).toBe(true);
    // …but no longer contains the head the e-mail carried.
    expect(checkWitnessedHead(rewritten, shownInMail)).toEqual({
      isWitnessed: false,
      reason: "head_not_in_chain",
    });
  });

  it("reports a chain edited without re-hashing as broken", () => {
    const events = chainOf(CONTENTS);
    const edited = events.map((e, i) => (i === 0 ? { ...e, payload: { n: 9 } } : e));
    expect(checkWitnessedHead(edited, events[2]!.hash)).toEqual({
      isWitnessed: false,
      reason: "chain_broken",
    });
  });
});
