import type { EngagementEvent, EngagementEventType } from "./event-catalogue";

/** The event of one type, with what the reader's events carry beside it (`M`: when, by whom). */
export type EventOf<T extends EngagementEventType, M extends object = object> = Extract<
  EngagementEvent,
  { type: T }
> &
  M;

/**
 * What a part does with each type of event it cares about: given the state so far and one
 * event (its payload typed by its type), the next state. Types without a handler leave the
 * state as it is. `M` is what the part's events carry beside type and payload (the time, the
 * acting organisation), typed for every handler alike.
 */
export type EventReducer<S, M extends object = object> = {
  [T in EngagementEventType]?: (state: S, event: EventOf<T, M>) => S;
};

export interface FoldOptions<S, M extends object> {
  /** Runs for every event before its type's handler: what a part tracks of all events alike. */
  beforeEach?: (state: S, event: EngagementEvent & M) => S;
}

/**
 * Folds an engagement's events, oldest first, into a state: how health, disputes and exits
 * compute what they know from the ledger alone. Pure for pure handlers: the same events give
 * the same state. A part that folds long ledgers may let its handlers update a state it owns in
 * place (health copies its state once on entry), so n events cost n steps, not n copies.
 */
export function foldEvents<S, M extends object = object>(
  events: Iterable<EngagementEvent & M>,
  reducer: EventReducer<S, M>,
  initial: S,
  options: FoldOptions<S, M> = {},
): S {
  const { beforeEach } = options;
  let state = initial;
  for (const event of events) {
    if (beforeEach) state = beforeEach(state, event);
    // The mapped type pairs each key with its type's handler; indexing by a union loses that.
    const handle = reducer[event.type] as ((state: S, event: EngagementEvent & M) => S) | undefined;
    if (handle) state = handle(state, event);
  }
  return state;
}
