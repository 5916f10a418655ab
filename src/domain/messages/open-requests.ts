import { otherSide, type Side } from "../engagement/engagement";
import type { TimedMessage } from "./responsiveness";

/** A message one side sent that the other side has not answered yet. */
export interface OpenRequest {
  thread: string;
  /** The side whose answer is awaited. */
  awaitingSide: Side;
  /** When the request began: the first message of its side since the other side last spoke. */
  since: Date;
}

/**
 * The requests still waiting for an answer, one per thread at most, by the rule
 * `measureResponsiveness` uses: in each thread, a request starts with the first message of one
 * side after the other side spoke, further messages of the same side do not restart the wait,
 * and the other side's next message answers it.
 */
export function openRequests(messages: readonly TimedMessage[]): OpenRequest[] {
  const byThread = new Map<string, TimedMessage[]>();
  for (const message of messages) {
    byThread.set(message.thread, [...(byThread.get(message.thread) ?? []), message]);
  }
  const open: OpenRequest[] = [];
  for (const [thread, list] of byThread) {
    const sorted = [...list].sort((a, b) => a.at.getTime() - b.at.getTime());
    let request: TimedMessage | undefined;
    for (const message of sorted) {
      if (!request || request.side !== message.side) request = message;
    }
    if (request) open.push({ thread, awaitingSide: otherSide(request.side), since: request.at });
  }
  return open;
}

/** Whether an open request has waited longer than the awaited side agreed to answer within. */
export function isPastResponseTime(request: OpenRequest, agreedHours: number, now: Date): boolean {
  return now.getTime() - request.since.getTime() > agreedHours * 60 * 60 * 1000;
}
