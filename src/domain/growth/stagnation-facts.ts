import type { EngagementEvent } from "../ledger/event-catalogue";

/**
 * What the stagnation rule reads of an engagement, folded from its ledger alone: when it came
 * into force, the last time anyone started something new, its goals and their values (with
 * confirmed corrections), the invoices issued, and the reviews already opened.
 */
export interface StagnationFacts {
  activeSince: string | null;
  lastInitiativeAt: string | null;
  goals: Record<string, FactsGoal>;
  pendingCorrections: Record<string, { goalId: string; measurementId: string; toValue: number }>;
  invoices: { invoiceId: string; issueDate: string; sourceKind: string }[];
  lastReviewOpenedAt: string | null;
  isReviewOpen: boolean;
}

export interface FactsGoal {
  baseline: number;
  target: number;
  setAt: string;
  values: { measurementId: string; day: string; value: number }[];
}

export const EMPTY_STAGNATION_FACTS: StagnationFacts = {
  activeSince: null,
  lastInitiativeAt: null,
  goals: {},
  pendingCorrections: {},
  invoices: [],
  lastReviewOpenedAt: null,
  isReviewOpen: false,
};

export type TimedEvent = EngagementEvent & { occurredAt: string };

const initiative = (facts: StagnationFacts, at: string): StagnationFacts => ({
  ...facts,
  lastInitiativeAt: at,
});

/**
 * One event into the facts. Something new (a goal, an amendment bringing new milestones, an
 * accepted milestone, a change request, a next-phase offer) is an initiative: it is what a
 * stagnating relationship stops doing.
 */
export function applyStagnationEvent(facts: StagnationFacts, event: TimedEvent): StagnationFacts {
  const at = event.occurredAt;
  switch (event.type) {
    case "agreement.in_force":
      return facts.activeSince ? facts : { ...facts, activeSince: at };
    case "agreement.amendment_opened":
    case "milestone.accepted":
    case "change_request.proposed":
    case "next_phase.offered":
      return initiative(facts, at);
    case "goal.set": {
      const { goalId, baseline, target } = event.payload;
      return initiative(
        {
          ...facts,
          goals: { ...facts.goals, [goalId]: { baseline, target, setAt: at, values: [] } },
        },
        at,
      );
    }
    case "goal.value_recorded": {
      const { goalId, measurementId, measuredOn, value } = event.payload;
      const goal = facts.goals[goalId];
      if (!goal) return facts;
      const values = [...goal.values, { measurementId, day: measuredOn, value }];
      return { ...facts, goals: { ...facts.goals, [goalId]: { ...goal, values } } };
    }
    case "goal.correction_proposed": {
      const { correctionId, goalId, measurementId, toValue } = event.payload;
      return {
        ...facts,
        pendingCorrections: {
          ...facts.pendingCorrections,
          [correctionId]: { goalId, measurementId, toValue },
        },
      };
    }
    case "goal.correction_answered": {
      const { [event.payload.correctionId]: pending, ...rest } = facts.pendingCorrections;
      const next = { ...facts, pendingCorrections: rest };
      const goal = pending && facts.goals[pending.goalId];
      if (!pending || !goal || event.payload.outcome !== "confirmed") return next;
      const values = goal.values.map((v) =>
        v.measurementId === pending.measurementId ? { ...v, value: pending.toValue } : v,
      );
      return { ...next, goals: { ...facts.goals, [pending.goalId]: { ...goal, values } } };
    }
    case "invoice.issued": {
      const { invoiceId, issueDate, sourceKind } = event.payload;
      return { ...facts, invoices: [...facts.invoices, { invoiceId, issueDate, sourceKind }] };
    }
    case "relationship_review.opened":
      return { ...facts, lastReviewOpenedAt: at, isReviewOpen: true };
    case "relationship_review.revealed":
      return { ...facts, isReviewOpen: false };
    default:
      return facts;
  }
}

export function foldStagnationFacts(events: Iterable<TimedEvent>): StagnationFacts {
  let facts = EMPTY_STAGNATION_FACTS;
  for (const event of events) facts = applyStagnationEvent(facts, event);
  return facts;
}
