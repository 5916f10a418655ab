import { describe, expect, it } from "vitest";
import { factsFromLedger, type LedgerFactEvent } from "./facts-from-ledger";
import { NO_REFERENCES, testLedgerHeader } from "./test-ledger";

const HEADER = testLedgerHeader("2026-11-02T00:00:00.000Z");
const REFS = NO_REFERENCES;

function decided(decision: "no_action" | "warning", isVerifiedRetaliation?: boolean) {
  return {
    type: "moderation.case_decided",
    occurredAt: "2026-11-10T09:00:00.000Z",
    actorOrgId: null,
    payload: {
      caseId: "c1",
      accusedOrgId: "provider",
      decision,
      reason: "A threat to remove an honest review",
      suspensionDays: null,
      ...(isVerifiedRetaliation === undefined ? {} : { isVerifiedRetaliation }),
    },
  } satisfies LedgerFactEvent;
}

const overturned: LedgerFactEvent = {
  type: "moderation.appeal_decided",
  occurredAt: "2026-11-20T09:00:00.000Z",
  actorOrgId: null,
  payload: { caseId: "c1", outcome: "overturned", reason: "Withdrawn at once" },
};

const threatsOf = (events: LedgerFactEvent[]) =>
  factsFromLedger(HEADER, events, REFS).facts.threats;

describe("verified retaliation in the health model", () => {
  it("records a sanctioned retaliation finding against the accused side", () => {
    expect(threatsOf([decided("warning", true)])).toEqual([
      { id: "c1", side: "provider", at: "2026-11-10T09:00:00.000Z" },
    ]);
  });

  it("records nothing for a decision without a sanction, a reported case, or an older event", () => {
    expect(threatsOf([decided("no_action", false)])).toEqual([]);
    expect(threatsOf([decided("warning", false)])).toEqual([]);
    expect(threatsOf([decided("warning")])).toEqual([]);
  });

  it("drops the threat when an appeal overturns the decision", () => {
    expect(threatsOf([decided("warning", true), overturned])).toEqual([]);
  });
});

describe("a threat a moderator verified on a reported review", () => {
  const verified = (isVerifiedThreat: boolean) => {
    const event = decided("warning", false);
    return { ...event, payload: { ...event.payload, isVerifiedThreat } } satisfies LedgerFactEvent;
  };
  const upheld: LedgerFactEvent = {
    ...overturned,
    payload: { caseId: "c1", outcome: "upheld", reason: "The reply named the review" },
  };

  it("counts against the accused side like a verified retaliation, while the decision stands", () => {
    const threat = { id: "c1", side: "provider", at: "2026-11-10T09:00:00.000Z" };
    expect(threatsOf([verified(true)])).toEqual([threat]);
    expect(threatsOf([verified(true), upheld])).toEqual([threat]);
    expect(threatsOf([verified(false)])).toEqual([]);
  });

  it("drops the threat when an appeal overturns the decision", () => {
    expect(threatsOf([verified(true), overturned])).toEqual([]);
  });
});
