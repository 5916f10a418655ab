import { describe, expect, it } from "vitest";
import { engagementWarnings } from "./warnings";
import { applyLedgerEvent, factsFromLedger, type LedgerFactEvent } from "./facts-from-ledger";
import { NO_REFERENCES, testLedgerHeader } from "./test-ledger";

const HEADER = testLedgerHeader("2026-11-02T00:00:00.000Z");
const REFS = NO_REFERENCES;

/** Monday 2 November 2026, 09:00: the client disputes an evaluation. */
const OPENED: LedgerFactEvent = {
  type: "dispute.opened",
  occurredAt: "2026-11-02T09:00:00.000Z",
  actorOrgId: "client",
  payload: {
    disputeId: "d1",
    number: 1,
    side: "client",
    subject: { kind: "evaluation", ref: "s1" },
    statement: "The evaluation ignored the agreed criteria.",
    wants: "A fair second look.",
    ladder: ["negotiation", "mediation"],
  },
};

function warningsAt(events: LedgerFactEvent[], now: string) {
  const state = factsFromLedger(HEADER, events, REFS);
  return engagementWarnings(state.facts, now).filter((w) => w.code === "dispute_unanswered");
}

describe("disputes in the health model", () => {
  it("raises the unanswered-dispute warning on the provider once the window passes in silence", () => {
    // Two business days later (Wednesday): nothing yet; three (Thursday): amber; five: red.
    expect(warningsAt([OPENED], "2026-11-04T10:00:00.000Z")).toEqual([]);
    expect(warningsAt([OPENED], "2026-11-05T10:00:00.000Z")).toMatchObject([
      { level: "amber", responsibleSide: "provider" },
    ]);
    expect(warningsAt([OPENED], "2026-11-09T10:00:00.000Z")).toMatchObject([
      { level: "red", responsibleSide: "provider" },
    ]);
  });

  it("raises nothing for a dispute that was answered, or answered and settled", () => {
    const responded: LedgerFactEvent = {
      type: "dispute.responded",
      occurredAt: "2026-11-03T09:00:00.000Z",
      actorOrgId: "provider",
      payload: { disputeId: "d1", number: 1, side: "provider", response: "We will look again." },
    };
    const settled: LedgerFactEvent = {
      type: "dispute.settled",
      occurredAt: "2026-11-06T09:00:00.000Z",
      actorOrgId: "client",
      payload: { disputeId: "d1", number: 1, side: "client", by: "amends" },
    };
    expect(warningsAt([OPENED, responded], "2026-11-20T10:00:00.000Z")).toEqual([]);
    expect(warningsAt([OPENED, responded, settled], "2026-11-20T10:00:00.000Z")).toEqual([]);
    const state = factsFromLedger(HEADER, [OPENED, responded, settled], REFS);
    expect(state.facts.disputes).toEqual([
      {
        id: "d1",
        openedBySide: "client",
        openedAt: OPENED.occurredAt,
        answeredAt: "2026-11-03T09:00:00.000Z",
      },
    ]);
  });
});

describe("a dispute the ladder moved on unanswered", () => {
  const escalated = (to: "mediation" | "separation", occurredAt: string): LedgerFactEvent => ({
    type: "dispute.escalated",
    occurredAt,
    actorOrgId: null,
    payload: { disputeId: "d1", number: 1, from: "negotiation", to, reason: "window_passed" },
  });
  const toMediation = escalated("mediation", "2026-11-09T09:00:01.000Z");
  const toSeparation = escalated("separation", "2026-11-23T09:00:01.000Z");

  it("asks the silent side to take part in the mediation, as it can no longer answer", () => {
    expect(warningsAt([OPENED, toMediation], "2026-11-10T10:00:00.000Z")).toMatchObject([
      { level: "red", responsibleSide: "provider", nextStep: "take_part_in_mediation" },
    ]);
    expect(factsFromLedger(HEADER, [OPENED, toMediation], REFS).facts.disputes).toEqual([
      {
        id: "d1",
        openedBySide: "client",
        openedAt: OPENED.occurredAt,
        answeredAt: null,
        movedOnAt: toMediation.occurredAt,
      },
    ]);
  });

  it("clears the warning once the ladder ended in separation: nothing is left to answer", () => {
    expect(warningsAt([OPENED, toMediation, toSeparation], "2026-11-24T10:00:00.000Z")).toEqual([]);
  });
});

describe("folding health's facts", () => {
  it("leaves the state it is given as it was, so a stored state can be folded twice alike", () => {
    const before = factsFromLedger(HEADER, [OPENED], REFS);
    const copy = structuredClone(before);
    const responded: LedgerFactEvent = {
      type: "dispute.responded",
      occurredAt: "2026-11-03T09:00:00.000Z",
      actorOrgId: "provider",
      payload: { disputeId: "d1", number: 1, side: "provider", response: "Looking again." },
    };
    const after = applyLedgerEvent(before, responded, REFS);
    expect(before).toEqual(copy);
    expect(after.facts.disputes[0]?.answeredAt).toBe(responded.occurredAt);
    expect(applyLedgerEvent(before, responded, REFS)).toEqual(after);
  });
});
