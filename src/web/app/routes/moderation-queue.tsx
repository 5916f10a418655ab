import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { useMe } from "../../features/auth/api/get-me";
import { MediationQueue } from "../../features/disputes/components/mediation-queue";
import { useModerationQueue, type QueueStatus } from "../../features/moderation/api/get-cases";
import { CaseCard } from "../../features/moderation/components/case-card";
import { ModerationTabs } from "../../features/moderation/components/moderation-tabs";
import { SelectField } from "../../shared/components/fields";
import { Loading, QueryError } from "../../shared/components/query-state";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";
import { NotFoundRoute } from "./not-found";
import { MoreButton } from "../../shared/components/more-button";

/**
 * The moderators' queue: the open and appealed cases this moderator may decide, oldest first,
 * 20 at a time, more on request; or the cases of one status, decided ones included. Nobody else
 * sees it.
 */
export function ModerationQueueRoute() {
  const intl = useIntl();
  const me = useMe();
  useDocumentTitle(intl.formatMessage({ id: "moderation.queue.title" }));
  if (me.isPending) return <Loading />;
  if (me.data?.user.platformRole !== "moderator") return <NotFoundRoute />;
  return <ModerationQueue />;
}

const STATUSES: readonly QueueStatus[] = ["waiting", "open", "appealed", "decided", "all"];

function ModerationQueue() {
  const intl = useIntl();
  const [status, setStatus] = useState<QueueStatus>("waiting");
  const queue = useModerationQueue(status);
  return (
    <div className="stack-lg">
      <h1>
        <FormattedMessage id="moderation.queue.title" />
      </h1>
      <ModerationTabs />
      <p className="lead">
        <FormattedMessage id="moderation.queue.intro" />
      </p>
      <SelectField
        label={<FormattedMessage id="moderation.queue.status" />}
        value={status}
        onChange={(event) => setStatus(event.target.value as QueueStatus)}
      >
        {STATUSES.map((option) => (
          <option key={option} value={option}>
            {intl.formatMessage({ id: "moderation.queue.statusOption" }, { status: option })}
          </option>
        ))}
      </SelectField>
      {queue.isPending ? (
        <Loading />
      ) : queue.isError ? (
        <QueryError error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data.pages[0]?.cases.length === 0 ? (
        <p className="muted">
          <FormattedMessage
            id={status === "waiting" ? "moderation.queue.empty" : "moderation.queue.emptyStatus"}
          />
        </p>
      ) : (
        <>
          {queue.data.pages
            .flatMap((page) => page.cases)
            .map((item) => (
              <CaseCard key={item.id} item={item} />
            ))}
          <MoreButton list={queue} label="moderation.queue.loadMore" />
        </>
      )}
      <MediationQueue />
    </div>
  );
}
