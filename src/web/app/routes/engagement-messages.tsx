import { useSearchParams } from "react-router";
import { useChangeRequests } from "../../features/change-requests/api/get-change-requests";
import { useDelivery } from "../../features/delivery/api/get-delivery";
import { MessagesSection } from "../../features/messages/components/messages-section";
import { threadFromSearch } from "../../features/messages/threads";
import { Loading } from "../../shared/components/query-state";
import { useEngagementContext } from "./engagement";

/**
 * `?thread=deliverable:<id>` or `?thread=change_request:<id>` opens that thread. Threads are
 * named after the deliverables of the agreement in force and the change requests; until those
 * are read, or if they cannot be, a thread still opens under a plainer name.
 */
export function EngagementMessagesRoute() {
  const { engagement } = useEngagementContext();
  const delivery = useDelivery(engagement.id);
  const changes = useChangeRequests(engagement.id);
  const [search] = useSearchParams();
  if (delivery.isPending || changes.isPending) return <Loading />;
  const deliverables = delivery.data?.deliverables ?? [];
  const changeRequests = [...(changes.data?.changeRequests ?? [])].sort(
    (a, b) => a.number - b.number,
  );
  return (
    <MessagesSection
      engagement={engagement}
      thread={threadFromSearch(search.get("thread"))}
      subjects={{
        deliverables: new Map(deliverables.map((d) => [d.id, d.title])),
        changeRequests: new Map(
          changeRequests.map((c) => [c.id, { number: c.number, title: c.title }]),
        ),
      }}
      order={{
        deliverableIds: deliverables.map((d) => d.id),
        changeRequestIds: changeRequests.map((c) => c.id),
      }}
    />
  );
}
