import type { DisputeStep } from "../agreement/terms";
import type { Side } from "../engagement/engagement";

/**
 * The rungs Accord runs itself. Arbitration and litigation may appear in an agreement's dispute
 * clause, but they happen outside Accord; here the worst that happens is to part ways.
 */
export const DISPUTE_RUNGS = ["negotiation", "amends", "mediation", "separation"] as const;
export type DisputeRung = (typeof DISPUTE_RUNGS)[number];

export const DISPUTE_STATUSES = [
  /** Opened; the other side has not answered yet. */
  "awaiting_response",
  /** Both sides have spoken; they talk and may make offers. */
  "negotiating",
  /** An offer (amends, combined) waits for the other side's answer. */
  "offer_pending",
  /** A moderator has it and owes a recommendation within the time limit. */
  "in_mediation",
  /** The moderator recommended; each side accepts it or moves on. */
  "recommended",
  "settled",
  /** The ladder ended in amicable separation: the exit takes over. */
  "separated",
  "withdrawn",
] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

export const DISPUTE_ACTIONS = [
  "respond",
  "offer",
  "accept_offer",
  "decline_offer",
  "escalate",
  "recommend",
  "accept_recommendation",
  "withdraw",
] as const;
export type DisputeAction = (typeof DISPUTE_ACTIONS)[number];
export type DisputeActor = Side | "moderator" | "system";

export interface DisputeState {
  status: DisputeStatus;
  rung: DisputeRung;
  openedBy: Side;
  /** The side whose offer is pending; null when none is. */
  offerBy: Side | null;
  /** Sides that accepted the moderator's recommendation. */
  recommendationAcceptedBy: readonly Side[];
  /** The agreement's ladder as Accord runs it (see `disputeLadderOf`). */
  ladder: readonly DisputeRung[];
}

export type DisputeRefusal =
  | "dispute_wrong_state"
  | "dispute_wrong_side"
  | "dispute_awaiting_answer"
  | "dispute_awaiting_mediator"
  | "dispute_ladder_ends";

export type DisputeTransition =
  { ok: true; state: DisputeState } | { ok: false; reason: DisputeRefusal };

/**
 * The ladder an agreement's dispute clause gives, as Accord runs it: the clause's own rungs in
 * its order, always starting with direct negotiation (nobody escalates before talking) and
 * always ending with amicable separation. An empty clause gets the whole ladder.
 */
export function disputeLadderOf(clause: readonly DisputeStep[]): DisputeRung[] {
  const own = clause.filter((step): step is DisputeRung =>
    (DISPUTE_RUNGS as readonly string[]).includes(step),
  );
  const middle = (own.length === 0 ? DISPUTE_RUNGS : own).filter(
    (rung) => rung !== "negotiation" && rung !== "separation",
  );
  return ["negotiation", ...new Set(middle), "separation"];
}

/**
 * Where escalating from `rung` leads: the next rung on the ladder that a third party or the
 * exit runs (mediation, then separation). The amends rung is not climbed to: it is reached by
 * making an offer. Null from separation, the end of the ladder.
 */
export function escalationRung(
  ladder: readonly DisputeRung[],
  rung: DisputeRung,
): DisputeRung | null {
  const after = ladder.slice(ladder.indexOf(rung) + 1);
  return after.find((next) => next === "mediation" || next === "separation") ?? null;
}

const OPEN: readonly DisputeStatus[] = [
  "awaiting_response",
  "negotiating",
  "offer_pending",
  "in_mediation",
  "recommended",
];

/** Whether the dispute still waits for someone; a closed one takes no more steps. */
export function isDisputeOpen(status: DisputeStatus): boolean {
  return OPEN.includes(status);
}

/**
 * The state after `actor` takes `action`, or why it is refused. The rules that keep it fair:
 * only the other side answers an opening, an offer or a counter-offer; nobody escalates over a
 * question put to the other side (only the sweeper does, once the window has passed unanswered);
 * a moderator's recommendation binds nobody, so settling on it takes both sides; the opener may
 * withdraw at any time while the dispute is open.
 */
export function transitionDispute(
  dispute: DisputeState,
  action: DisputeAction,
  actor: DisputeActor,
): DisputeTransition {
  const { status } = dispute;
  const isSide = actor === "client" || actor === "provider";
  const refuse = (reason: DisputeRefusal): DisputeTransition => ({ ok: false, reason });
  const to = (changes: Partial<DisputeState>): DisputeTransition => ({
    ok: true,
    state: { ...dispute, ...changes },
  });
  switch (action) {
    case "respond":
      if (status !== "awaiting_response") return refuse("dispute_wrong_state");
      if (!isSide || actor === dispute.openedBy) return refuse("dispute_wrong_side");
      return to({ status: "negotiating" });
    case "offer":
      if (status === "awaiting_response" && isSide && actor === dispute.openedBy)
        return refuse("dispute_awaiting_answer");
      if (status !== "negotiating" && status !== "offer_pending")
        return refuse("dispute_wrong_state");
      if (!isSide) return refuse("dispute_wrong_side");
      // A counter-offer comes from the side the pending offer was made to.
      if (status === "offer_pending" && actor === dispute.offerBy)
        return refuse("dispute_awaiting_answer");
      return to({
        status: "offer_pending",
        offerBy: actor,
        rung: dispute.ladder.includes("amends") ? "amends" : dispute.rung,
      });
    case "accept_offer":
    case "decline_offer":
      if (status !== "offer_pending") return refuse("dispute_wrong_state");
      if (!isSide || actor === dispute.offerBy) return refuse("dispute_wrong_side");
      return to({ status: action === "accept_offer" ? "settled" : "negotiating", offerBy: null });
    case "escalate":
      return escalate(dispute, actor);
    case "recommend":
      if (status !== "in_mediation") return refuse("dispute_wrong_state");
      if (actor !== "moderator") return refuse("dispute_wrong_side");
      return to({ status: "recommended", recommendationAcceptedBy: [] });
    case "accept_recommendation": {
      if (status !== "recommended") return refuse("dispute_wrong_state");
      if (!isSide) return refuse("dispute_wrong_side");
      if (dispute.recommendationAcceptedBy.includes(actor)) return refuse("dispute_wrong_state");
      const accepted = [...dispute.recommendationAcceptedBy, actor];
      return to({
        status: accepted.length === 2 ? "settled" : "recommended",
        recommendationAcceptedBy: accepted,
      });
    }
    case "withdraw":
      if (!isDisputeOpen(status)) return refuse("dispute_wrong_state");
      if (actor !== dispute.openedBy) return refuse("dispute_wrong_side");
      return to({ status: "withdrawn", offerBy: null });
  }
}

/**
 * One rung up. A side may climb once both have spoken and nothing waits for its own answer;
 * the system climbs when a window passed unanswered (an opening, an offer, a moderator's time
 * limit). A recommendation either side does not take moves the dispute on as well.
 */
function escalate(dispute: DisputeState, actor: DisputeActor): DisputeTransition {
  const { status } = dispute;
  const isSide = actor === "client" || actor === "provider";
  if (!isDisputeOpen(status)) return { ok: false, reason: "dispute_wrong_state" };
  if (actor === "moderator") return { ok: false, reason: "dispute_wrong_side" };
  if (isSide) {
    if (status === "awaiting_response") return { ok: false, reason: "dispute_awaiting_answer" };
    // In mediation the moderator owes the next word, not the other side: the sweeper moves the
    // dispute on if the recommendation does not come in time.
    if (status === "in_mediation") return { ok: false, reason: "dispute_awaiting_mediator" };
    if (status === "offer_pending") return { ok: false, reason: "dispute_awaiting_answer" };
  } else if (status === "negotiating" || status === "recommended") {
    // Nothing is overdue there: the sides are talking, or deciding on a recommendation.
    return { ok: false, reason: "dispute_wrong_state" };
  }
  const climbed = escalationRung(dispute.ladder, dispute.rung);
  if (climbed === null) return { ok: false, reason: "dispute_ladder_ends" };
  return {
    ok: true,
    state: {
      ...dispute,
      rung: climbed,
      offerBy: null,
      recommendationAcceptedBy: [],
      status: climbed === "mediation" ? "in_mediation" : "separated",
    },
  };
}
