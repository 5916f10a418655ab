import type { EngagementEvent, EngagementEventType } from "../ledger/event-catalogue";

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

type Timed<T extends EngagementEventType> = Extract<EngagementEvent, { type: T }> & {
  occurredAt: string;
};

/** One handler per type the rule reads, each with its typed payload and when it happened. */
type TimedReducer = {
  [T in EngagementEventType]?: (facts: StagnationFacts, event: Timed<T>) => StagnationFacts;
};

const initiative = (facts: StagnationFacts, event: { occurredAt: string }): StagnationFacts => ({
  ...facts,
  lastInitiativeAt: event.occurredAt,
});

/**
 * Something new (a goal, an amendment bringing new milestones, an accepted milestone, a change
 * request, a next-phase offer) is an initiative: it is what a stagnating relationship stops
 * doing.
 */
const HANDLERS: TimedReducer = {
  "agreement.in_force": (facts, event) =>
    facts.activeSince ? facts : { ...facts, activeSince: event.occurredAt },
  "agreement.amendment_opened": initiative,
  "milestone.accepted": initiative,
  "change_request.proposed": initiative,
  "next_phase.offered": initiative,
  "goal.set": (facts, event) => {
    const { goalId, baseline, target } = event.payload;
    const goal = { baseline, target, setAt: event.occurredAt, values: [] };
    return initiative({ ...facts, goals: { ...facts.goals, [goalId]: goal } }, event);
  },
  "goal.value_recorded": (facts, event) => {
    const { goalId, measurementId, measuredOn, value } = event.payload;
    const goal = facts.goals[goalId];
    if (!goal) return facts;
    const values = [...goal.values, { measurementId, day: measuredOn, value }];
    return { ...facts, goals: { ...facts.goals, [goalId]: { ...goal, values } } };
  },
  "goal.correction_proposed": (facts, event) => {
    const { correctionId, goalId, measurementId, toValue } = event.payload;
    const pendingCorrections = {
      ...facts.pendingCorrections,
      [correctionId]: { goalId, measurementId, toValue },
    };
    return { ...facts, pendingCorrections };
  },
  "goal.correction_answered": (facts, event) => {
    const { [event.payload.correctionId]: pending, ...rest } = facts.pendingCorrections;
    const next = { ...facts, pendingCorrections: rest };
    const goal = pending && facts.goals[pending.goalId];
    if (!pending || !goal || event.payload.outcome !== "confirmed") return next;
    const values = goal.values.map((v) =>
      v.measurementId === pending.measurementId ? { ...v, value: pending.toValue } : v,
    );
    return { ...next, goals: { ...facts.goals, [pending.goalId]: { ...goal, values } } };
  },
  "invoice.issued": (facts, event) => {
    const { invoiceId, issueDate, sourceKind } = event.payload;
    return { ...facts, invoices: [...facts.invoices, { invoiceId, issueDate, sourceKind }] };
  },
  "relationship_review.opened": (facts, event) => ({
    ...facts,
    lastReviewOpenedAt: event.occurredAt,
    isReviewOpen: true,
  }),
  "relationship_review.revealed": (facts) => ({ ...facts, isReviewOpen: false }),
};

/** One event into the facts; types the rule does not read leave them as they are. */
export function applyStagnationEvent(facts: StagnationFacts, event: TimedEvent): StagnationFacts {
  const handle = HANDLERS[event.type] as
    ((facts: StagnationFacts, event: TimedEvent) => StagnationFacts) | undefined;
  return handle ? handle(facts, event) : facts;
}

export function foldStagnationFacts(events: Iterable<TimedEvent>): StagnationFacts {
  let facts = EMPTY_STAGNATION_FACTS;
  for (const event of events) facts = applyStagnationEvent(facts, event);
  return facts;
}
