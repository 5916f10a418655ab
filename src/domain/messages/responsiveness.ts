import { otherSide, type Side } from "../engagement/engagement";

export interface TimedMessage {
  side: Side;
  /** Messages answer each other only within one thread. */
  thread: string;
  at: Date;
}

/** The hours within which each side agreed to answer the other. */
export interface AgreedResponseTimes {
  clientHours: number;
  providerHours: number;
}

export interface SideResponsiveness {
  /** The hours this side agreed to answer within; null without an agreement in force. */
  agreedHours: number | null;
  /** Requests from the other side that this side answered. */
  answered: number;
  medianHours: number | null;
  worstHours: number | null;
  /** Share (0 to 1) of answered requests answered within the agreed hours. */
  withinAgreedShare: number | null;
  /** Requests from the other side still waiting for this side. */
  awaiting: number;
  /** Of those, the ones waiting longer than the agreed hours already. */
  overdue: number;
}

/**
 * How quickly each side answers the other, the same rule for both. In each thread, a request
 * starts with the first message of one side after the other side spoke (or the thread began);
 * it is answered by the other side's next message, which is itself a request in turn. Further
 * messages of the same side before the answer do not restart the wait. Hours are wall-clock.
 *
 * Unanswered requests are counted apart (`awaiting`, `overdue`) rather than as misses, because
 * the last word of a conversation ("thanks, done") needs no answer.
 */
export function measureResponsiveness(
  messages: readonly TimedMessage[],
  agreed: AgreedResponseTimes | null,
  now: Date,
): Record<Side, SideResponsiveness> {
  const waits: Record<Side, number[]> = { client: [], provider: [] };
  const open: Record<Side, number[]> = { client: [], provider: [] };
  const byThread = new Map<string, TimedMessage[]>();
  for (const message of messages) {
    const thread = byThread.get(message.thread) ?? [];
    thread.push(message);
    byThread.set(message.thread, thread);
  }
  for (const thread of byThread.values()) {
    const sorted = [...thread].sort((a, b) => a.at.getTime() - b.at.getTime());
    let request: TimedMessage | undefined;
    for (const message of sorted) {
      if (request && request.side !== message.side) {
        waits[message.side].push(hoursBetween(request.at, message.at));
        request = message;
      } else if (!request) {
        request = message;
      }
    }
    if (request) open[otherSide(request.side)].push(hoursBetween(request.at, now));
  }
  const measure = (side: Side): SideResponsiveness => {
    const agreedHours = agreed
      ? side === "client"
        ? agreed.clientHours
        : agreed.providerHours
      : null;
    const answered = waits[side];
    return {
      agreedHours,
      answered: answered.length,
      medianHours: median(answered),
      worstHours: answered.length > 0 ? Math.max(...answered) : null,
      withinAgreedShare:
        agreedHours === null || answered.length === 0
          ? null
          : answered.filter((hours) => hours <= agreedHours).length / answered.length,
      awaiting: open[side].length,
      overdue: agreedHours === null ? 0 : open[side].filter((hours) => hours > agreedHours).length,
    };
  };
  return { client: measure("client"), provider: measure("provider") };
}

function hoursBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / 3_600_000;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? null)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
