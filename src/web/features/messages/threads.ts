import { formatThreadRef, parseThreadRef } from "../../../domain/messages/thread";
import type { ThreadSummary } from "../../shared/api/types";

/** The engagement's own thread, open before anyone writes in it. */
export const ENGAGEMENT_THREAD = "engagement";

/** The thread a `?thread=` value names; anything unreadable opens the engagement's own. */
export function threadFromSearch(value: string | null): string {
  const ref = value === null ? undefined : parseThreadRef(value);
  return ref ? formatThreadRef(ref) : ENGAGEMENT_THREAD;
}

/** The Messages tab opened on a thread: what "Discuss" links and notifications point to. */
export function messagesPath(engagementId: string, thread: string = ENGAGEMENT_THREAD): string {
  const path = `/engagements/${engagementId}/messages`;
  return thread === ENGAGEMENT_THREAD ? path : `${path}?${new URLSearchParams({ thread })}`;
}

export function deliverableThread(deliverableId: string): string {
  return formatThreadRef({ kind: "deliverable", id: deliverableId });
}

export function changeRequestThread(changeRequestId: string): string {
  return formatThreadRef({ kind: "change_request", id: changeRequestId });
}

/** A thread nobody has written in yet. */
function emptySummary(thread: string): ThreadSummary | null {
  const ref = parseThreadRef(thread);
  if (!ref) return null;
  return {
    thread: formatThreadRef(ref),
    kind: ref.kind,
    subjectId: ref.id,
    messageCount: 0,
    lastMessageAt: null,
    unreadCount: 0,
  };
}

const KIND_ORDER: Record<ThreadSummary["kind"], number> = {
  engagement: 0,
  deliverable: 1,
  change_request: 2,
};

/**
 * The threads the tab lists: the engagement's own first, then those of deliverables in the
 * agreement's order, then those of change requests in the order given (by number). Only
 * threads someone wrote in are listed, and the selected one, so that a "Discuss" link opens
 * a thread before its first message.
 */
export function threadEntries(
  summaries: readonly ThreadSummary[],
  selected: string,
  order: { deliverableIds: readonly string[]; changeRequestIds: readonly string[] },
): ThreadSummary[] {
  const byThread = new Map(summaries.map((summary) => [summary.thread, summary]));
  for (const thread of [ENGAGEMENT_THREAD, selected]) {
    const empty = byThread.has(thread) ? null : emptySummary(thread);
    if (empty) byThread.set(thread, empty);
  }
  const position = (summary: ThreadSummary): number => {
    const ids =
      summary.kind === "deliverable"
        ? order.deliverableIds
        : summary.kind === "change_request"
          ? order.changeRequestIds
          : [];
    const index = ids.indexOf(summary.subjectId);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...byThread.values()].sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      position(a) - position(b) ||
      (b.lastMessageAt ?? "").localeCompare(a.lastMessageAt ?? "") ||
      a.thread.localeCompare(b.thread),
  );
}
