import { useIntl } from "react-intl";
import type { ThreadSummary } from "../../shared/api/types";

/** What the threads are about, from the delivery overview and the change requests. */
export interface ThreadSubjects {
  deliverables: ReadonlyMap<string, string>;
  changeRequests: ReadonlyMap<string, { number: number; title: string }>;
}

/** Names a thread after its subject: the engagement, a deliverable or a change request. */
export function useThreadTitle(
  subjects: ThreadSubjects,
): (thread: Pick<ThreadSummary, "kind" | "subjectId">) => string {
  const intl = useIntl();
  return ({ kind, subjectId }) => {
    switch (kind) {
      case "engagement":
        return intl.formatMessage({ id: "messages.thread.engagement" });
      case "deliverable":
        return intl.formatMessage(
          { id: "messages.thread.deliverable" },
          { title: subjects.deliverables.get(subjectId) ?? subjectId },
        );
      case "change_request": {
        const change = subjects.changeRequests.get(subjectId);
        return change
          ? intl.formatMessage({ id: "messages.thread.changeRequest" }, change)
          : intl.formatMessage({ id: "messages.thread.changeRequest.unknown" });
      }
    }
  };
}
