import { describe, expect, it } from "vitest";
import type { EngagementEvent } from "./event-catalogue";
import { foldEvents, type EventReducer } from "./fold";

const round = { submissionId: "s1", deliverableId: "d1", deliverableTitle: "Shop" };
const events: EngagementEvent[] = [
  {
    type: "deliverable.submitted",
    payload: { ...round, round: 1, agreementVersion: 1, reviewDueAt: null, fileCount: 2 },
  },
  {
    type: "deliverable.evaluated",
    payload: {
      ...round,
      round: 1,
      outcome: "changes_requested",
      unmetCriterionIds: ["c1"],
      remarkCount: 1,
    },
  },
  { type: "agreement.signed", payload: { version: 1, side: "client", contentHash: "h" } },
  {
    type: "deliverable.submitted",
    payload: { ...round, round: 2, agreementVersion: 1, reviewDueAt: null, fileCount: 1 },
  },
  {
    type: "deliverable.evaluated",
    payload: { ...round, round: 2, outcome: "accepted", unmetCriterionIds: [], remarkCount: 0 },
  },
];

interface Rounds {
  submitted: number;
  sentBack: number;
  accepted: number;
}

const rounds: EventReducer<Rounds> = {
  "deliverable.submitted": (s) => ({ ...s, submitted: s.submitted + 1 }),
  "deliverable.evaluated": (s, e) =>
    e.payload.outcome === "accepted"
      ? { ...s, accepted: s.accepted + 1 }
      : { ...s, sentBack: s.sentBack + 1 },
};

describe("folding an engagement's events", () => {
  it("applies each event's handler in order, its payload typed by its type", () => {
    expect(foldEvents(events, rounds, { submitted: 0, sentBack: 0, accepted: 0 })).toEqual({
      submitted: 2,
      sentBack: 1,
      accepted: 1,
    });
  });

  it("leaves the state alone for types without a handler, and for no events", () => {
    const initial = { submitted: 0, sentBack: 0, accepted: 0 };
    expect(foldEvents([events[2]!], rounds, initial)).toBe(initial);
    expect(foldEvents([], rounds, initial)).toBe(initial);
  });

  it("keeps the order of events: the last signed version wins", () => {
    const lastSigned: EventReducer<number | null> = {
      "agreement.signed": (_, e) => e.payload.version,
    };
    const signed = (version: number): EngagementEvent => ({
      type: "agreement.signed",
      payload: { version, side: "provider", contentHash: "h" },
    });
    expect(foldEvents([signed(1), signed(3), signed(2)], lastSigned, null)).toBe(2);
  });
});

describe("folding events that carry when they happened", () => {
  interface At {
    occurredAt: string;
  }
  const at = (event: EngagementEvent, occurredAt: string): EngagementEvent & At => ({
    ...event,
    occurredAt,
  });

  it("runs the every-event step before each handler, and hands both the carried fields", () => {
    const seen: string[] = [];
    const lastSubmittedAt: EventReducer<{ last: string; submittedAt: string | null }, At> = {
      "deliverable.submitted": (s, e) => ({ ...s, submittedAt: `${e.occurredAt}<=${s.last}` }),
    };
    const state = foldEvents(
      [at(events[2]!, "t1"), at(events[0]!, "t2"), at(events[2]!, "t3")],
      lastSubmittedAt,
      { last: "", submittedAt: null },
      {
        beforeEach: (s, e) => {
          seen.push(e.type);
          return { ...s, last: e.occurredAt };
        },
      },
    );
    expect(seen).toEqual(["agreement.signed", "deliverable.submitted", "agreement.signed"]);
    expect(state).toEqual({ last: "t3", submittedAt: "t2<=t2" });
  });
});
