import { describe, expect, it } from "vitest";
import {
  DISPUTE_ACTIONS,
  DISPUTE_STATUSES,
  disputeLadderOf,
  escalationRung,
  isDisputeOpen,
  transitionDispute,
  type DisputeActor,
  type DisputeRung,
  type DisputeState,
  type DisputeStatus,
} from "./dispute-ladder";

const FULL: DisputeRung[] = ["negotiation", "amends", "mediation", "separation"];
const ACTORS: DisputeActor[] = ["client", "provider", "moderator", "system"];

/** A dispute the client opened, at the rung its status implies, with the provider's offer pending. */
function stateOf(status: DisputeStatus, changes: Partial<DisputeState> = {}): DisputeState {
  const rung: DisputeRung =
    status === "offer_pending"
      ? "amends"
      : status === "in_mediation" || status === "recommended"
        ? "mediation"
        : status === "separated"
          ? "separation"
          : "negotiation";
  return {
    status,
    rung,
    openedBy: "client",
    offerBy: status === "offer_pending" ? "provider" : null,
    recommendationAcceptedBy: [],
    ladder: FULL,
    ...changes,
  };
}

/** Every legal move, written out by hand: `status action actor → next status`. */
const LEGAL = new Map([
  ["awaiting_response respond provider", "negotiating"],
  ["awaiting_response escalate system", "in_mediation"],
  ["awaiting_response withdraw client", "withdrawn"],
  ["negotiating offer client", "offer_pending"],
  ["negotiating offer provider", "offer_pending"],
  ["negotiating escalate client", "in_mediation"],
  ["negotiating escalate provider", "in_mediation"],
  ["negotiating withdraw client", "withdrawn"],
  ["offer_pending offer client", "offer_pending"],
  ["offer_pending accept_offer client", "settled"],
  ["offer_pending decline_offer client", "negotiating"],
  ["offer_pending escalate system", "in_mediation"],
  ["offer_pending withdraw client", "withdrawn"],
  ["in_mediation recommend moderator", "recommended"],
  ["in_mediation escalate system", "separated"],
  ["in_mediation withdraw client", "withdrawn"],
  ["recommended accept_recommendation client", "recommended"],
  ["recommended accept_recommendation provider", "recommended"],
  ["recommended escalate client", "separated"],
  ["recommended escalate provider", "separated"],
  ["recommended withdraw client", "withdrawn"],
]);

describe("dispute ladder transitions", () => {
  const cases = DISPUTE_STATUSES.flatMap((status) =>
    DISPUTE_ACTIONS.flatMap((action) => ACTORS.map((actor) => ({ status, action, actor }))),
  );

  it.each(cases)("$status + $action by $actor follows the table", ({ status, action, actor }) => {
    const result = transitionDispute(stateOf(status), action, actor);
    const expected = LEGAL.get(`${status} ${action} ${actor}`);
    if (expected) {
      expect(result).toMatchObject({ ok: true, state: { status: expected } });
    } else {
      expect(result.ok).toBe(false);
    }
  });

  it("refuses the opener's offer before the other side has answered", () => {
    expect(transitionDispute(stateOf("awaiting_response"), "offer", "client")).toEqual({
      ok: false,
      reason: "dispute_awaiting_answer",
    });
  });

  it("refuses a side escalating over an offer put to it or by it", () => {
    expect(transitionDispute(stateOf("offer_pending"), "escalate", "client")).toEqual({
      ok: false,
      reason: "dispute_awaiting_answer",
    });
    expect(transitionDispute(stateOf("offer_pending"), "escalate", "provider")).toEqual({
      ok: false,
      reason: "dispute_awaiting_answer",
    });
  });

  it("refuses a side escalating while the moderator's recommendation is awaited, saying so", () => {
    for (const side of ["client", "provider"] as const) {
      expect(transitionDispute(stateOf("in_mediation"), "escalate", side)).toEqual({
        ok: false,
        reason: "dispute_awaiting_mediator",
      });
    }
  });

  it("lets the side an offer was made to counter it, and only that side", () => {
    const countered = transitionDispute(stateOf("offer_pending"), "offer", "client");
    expect(countered).toMatchObject({ ok: true, state: { offerBy: "client", rung: "amends" } });
    expect(transitionDispute(stateOf("offer_pending"), "offer", "provider")).toEqual({
      ok: false,
      reason: "dispute_awaiting_answer",
    });
  });

  it("settles on a recommendation only once both sides accepted it", () => {
    const first = transitionDispute(stateOf("recommended"), "accept_recommendation", "provider");
    if (!first.ok) throw new Error(first.reason);
    expect(first.state.status).toBe("recommended");
    expect(transitionDispute(first.state, "accept_recommendation", "provider").ok).toBe(false);
    const second = transitionDispute(first.state, "accept_recommendation", "client");
    expect(second).toMatchObject({ ok: true, state: { status: "settled" } });
  });

  it("skips mediation when the clause has none: escalation leads to separation", () => {
    const ladder = disputeLadderOf(["negotiation", "amends", "arbitration"]);
    expect(ladder).toEqual(["negotiation", "amends", "separation"]);
    const result = transitionDispute(stateOf("negotiating", { ladder }), "escalate", "client");
    expect(result).toMatchObject({ ok: true, state: { status: "separated", rung: "separation" } });
  });

  it("keeps an offer at the negotiation rung when the clause has no amends rung", () => {
    const ladder = disputeLadderOf(["negotiation", "mediation"]);
    const result = transitionDispute(stateOf("negotiating", { ladder }), "offer", "provider");
    expect(result).toMatchObject({ ok: true, state: { rung: "negotiation" } });
  });
});

describe("the ladder from the agreement's clause", () => {
  it("always starts with negotiation and ends with separation, keeping the clause's order", () => {
    expect(disputeLadderOf([])).toEqual(FULL);
    expect(disputeLadderOf(["mediation", "litigation"])).toEqual([
      "negotiation",
      "mediation",
      "separation",
    ]);
    expect(disputeLadderOf(["negotiation", "mediation", "amends", "separation"])).toEqual([
      "negotiation",
      "mediation",
      "amends",
      "separation",
    ]);
  });

  it("escalates past the amends rung, which an offer reaches", () => {
    expect(escalationRung(FULL, "negotiation")).toBe("mediation");
    expect(escalationRung(FULL, "amends")).toBe("mediation");
    expect(escalationRung(FULL, "mediation")).toBe("separation");
    expect(escalationRung(FULL, "separation")).toBeNull();
  });

  it("counts only waiting statuses as open", () => {
    expect(DISPUTE_STATUSES.filter(isDisputeOpen)).toEqual([
      "awaiting_response",
      "negotiating",
      "offer_pending",
      "in_mediation",
      "recommended",
    ]);
  });
});
