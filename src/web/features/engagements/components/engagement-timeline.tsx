import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import type { Engagement, LedgerEvent } from "../../../shared/api/types";
import { MoreButton } from "../../../shared/components/more-button";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useEngagementEvents } from "../api/get-engagement-events";
import { eventLabel } from "../engagement-labels";

/**
 * The ledger as a story: who did what, when, with each entry's fingerprint; the newest events
 * first loaded, shown oldest first, earlier ones on request.
 */
export function EngagementTimeline({ engagement }: { engagement: Engagement }) {
  const events = useEngagementEvents(engagement.id);

  if (events.isPending) return <Loading />;
  if (events.isError)
    return <QueryError error={events.error} onRetry={() => void events.refetch()} />;
  if (events.data.events.length === 0) {
    return (
      <p className="muted">
        <FormattedMessage id="engagement.timeline.empty" />
      </p>
    );
  }

  return (
    <>
      <MoreButton list={events} label="engagement.timeline.earlier" />
      <ol className="timeline">
        {events.data.events.map((event) => (
          <TimelineEntry key={event.id} event={event} engagement={engagement} />
        ))}
      </ol>
    </>
  );
}

function TimelineEntry({ event, engagement }: { event: LedgerEvent; engagement: Engagement }) {
  const intl = useIntl();
  const actor = event.actorName ?? intl.formatMessage({ id: "engagement.event.someone" });
  const org = [engagement.client, engagement.provider].find(
    (side) => side?.id === event.actorOrgId,
  );

  return (
    <li className="timeline-entry">
      <p className="timeline-label">
        <FormattedMessage id={eventLabel(event)} values={{ actor }} />
      </p>
      <p className="timeline-meta muted">
        <time dateTime={event.occurredAt}>
          <FormattedDate value={event.occurredAt} dateStyle="long" timeStyle="short" />
        </time>
        {org ? <> · {org.name}</> : null}
        {" · "}
        <FormattedMessage id="engagement.event.number" values={{ seq: event.seq }} />
        {" · "}
        <FormattedMessage
          id="engagement.event.fingerprint"
          values={{
            hash: (
              <code key="hash" title={event.hash}>
                {event.hash.slice(0, 12)}
              </code>
            ),
          }}
        />
      </p>
    </li>
  );
}
