import type { EngagementEvent, EngagementEventType } from "./event-catalogue";

/**
 * What a part does with each type of event it cares about: given the state so far and one
 * event (its payload typed by its type), the next state. Types without a handler leave the
 * state as it is.
 */
export type EventReducer<S> = {
  [T in EngagementEventType]?: (state: S, event: Extract<EngagementEvent, { type: T }>) => S;
};

/**
 * Folds an engagement's events, oldest first, into a state: how health, disputes and exits
 * compute what they know from the ledger alone. Pure: the same events give the same state.
 */
export function foldEvents<S, E extends EngagementEvent>(
  events: Iterable<E>,
  reducer: EventReducer<S>,
  initial: S,
): S {
  let state = initial;
  for (const event of events) {
    const handle = reducer[event.type] as ((state: S, event: E) => S) | undefined;
    if (handle) state = handle(state, event);
  }
  return state;
}
