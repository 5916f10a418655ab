import type { Engagement } from "../../../shared/api/types";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useThreads } from "../api/get-threads";
import { type ThreadSubjects, useThreadTitle } from "../thread-titles";
import { threadEntries } from "../threads";
import { ResponsivenessSummary } from "./responsiveness-summary";
import { ThreadList } from "./thread-list";
import { ThreadView } from "./thread-view";

/**
 * The engagement's conversation: how quickly each side answers, the threads (the engagement's
 * own, then one per deliverable and change request someone wrote about), and the one selected.
 */
export function MessagesSection({
  engagement,
  thread,
  subjects,
  order,
}: {
  engagement: Engagement;
  thread: string;
  subjects: ThreadSubjects;
  /** Deliverables in the agreement's order, change requests by number. */
  order: { deliverableIds: readonly string[]; changeRequestIds: readonly string[] };
}) {
  const threads = useThreads(engagement.id);
  const titleOf = useThreadTitle(subjects);
  const entries = threadEntries(threads.data?.threads ?? [], thread, order);
  const selected = entries.find((entry) => entry.thread === thread);

  return (
    <div className="stack-lg">
      <ResponsivenessSummary engagementId={engagement.id} />
      <div className="messages-layout">
        {threads.isPending ? (
          <Loading />
        ) : threads.isError ? (
          <QueryError error={threads.error} onRetry={() => void threads.refetch()} />
        ) : (
          <ThreadList
            engagementId={engagement.id}
            entries={entries}
            selected={thread}
            titleOf={titleOf}
          />
        )}
        <ThreadView
          engagement={engagement}
          thread={thread}
          title={selected ? titleOf(selected) : ""}
        />
      </div>
    </div>
  );
}
