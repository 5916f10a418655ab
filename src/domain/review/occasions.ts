import type { EngagementEvent } from "../ledger/event-catalogue";

/** The ledger's events that say when each review occasion happened. */
export const OCCASION_EVENT_TYPES = [
  "agreement.in_force",
  "milestone.accepted",
  "exit.notice_given",
  "exit.protected_started",
  "exit.ended_amicably",
] as const;

/** One of those events, with the moment it was recorded. */
export type OccasionEvent = Extract<
  EngagementEvent,
  { type: (typeof OCCASION_EVENT_TYPES)[number] }
> & { occurredAt: string };

/** Each milestone's first acceptance, in ledger order. */
export function acceptedMilestonesOf(
  events: readonly OccasionEvent[],
): { milestoneId: string; at: string }[] {
  const seen = new Set<string>();
  return events.flatMap((event) => {
    if (event.type !== "milestone.accepted" || seen.has(event.payload.milestoneId)) return [];
    seen.add(event.payload.milestoneId);
    return [{ milestoneId: event.payload.milestoneId, at: event.occurredAt }];
  });
}

/**
 * When the engagement's exit completed: its amicable end, or else the start (UTC) of its exit
 * date once that has come; null while no exit has completed.
 */
export function exitCompletionOf(events: readonly OccasionEvent[], now: Date): string | null {
  const ended = events.find((event) => event.type === "exit.ended_amicably");
  if (ended) return ended.occurredAt;
  const exitAt = exitDateOf(events);
  return exitAt !== null && Date.parse(exitAt) <= now.getTime() ? exitAt : null;
}

/** The start (UTC) of the running exit's exit date: the latest notice or protected exit's. */
export function exitDateOf(events: readonly OccasionEvent[]): string | null {
  const started = events.findLast(
    (event): event is Extract<OccasionEvent, { type: ExitStartType }> =>
      event.type === "exit.notice_given" || event.type === "exit.protected_started",
  );
  return started ? `${started.payload.exitDate}T00:00:00.000Z` : null;
}

/** The events that start an exit and carry its date. */
export const EXIT_START_TYPES = ["exit.notice_given", "exit.protected_started"] as const;
type ExitStartType = (typeof EXIT_START_TYPES)[number];
