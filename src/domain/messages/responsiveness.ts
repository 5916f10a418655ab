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

/** A message as the measure reads it: its instant as epoch milliseconds. */
export interface MessageInstant {
  side: Side;
  thread: string;
  atMs: number;
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
  return measureResponsivenessAt(
    messages.map((message) => ({
      side: message.side,
      thread: message.thread,
      atMs: message.at.getTime(),
    })),
    agreed,
    now.getTime(),
  );
}

/**
 * `measureResponsiveness` over instants as numbers: health measures replies on every event,
 * from the stored facts' ISO times, which it reads with `Date.parse` instead of making a `Date`
 * of each (the same milliseconds, so the same hours).
 */
export function measureResponsivenessAt(
  messages: readonly MessageInstant[],
  agreed: AgreedResponseTimes | null,
  nowMs: number,
): Record<Side, SideResponsiveness> {
  const waits: Record<Side, number[]> = { client: [], provider: [] };
  const open: Record<Side, number[]> = { client: [], provider: [] };
  const byThread = new Map<string, MessageInstant[]>();
  for (const message of messages) {
    const thread = byThread.get(message.thread);
    if (thread) thread.push(message);
    else byThread.set(message.thread, [message]);
  }
  for (const thread of byThread.values()) {
    // The lists are this call's own: sorted in place (a stable sort, as before).
    thread.sort((a, b) => a.atMs - b.atMs);
    let request: MessageInstant | undefined;
    for (const message of thread) {
      if (request && request.side !== message.side) {
        waits[message.side].push(hoursBetween(request.atMs, message.atMs));
        request = message;
      } else if (!request) {
        request = message;
      }
    }
    if (request) open[otherSide(request.side)].push(hoursBetween(request.atMs, nowMs));
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

function hoursBetween(fromMs: number, toMs: number): number {
  return (toMs - fromMs) / 3_600_000;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? null)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
