import { FormattedMessage, useIntl } from "react-intl";
import { useMe } from "../../features/auth/api/get-me";
import { MediationQueue } from "../../features/disputes/components/mediation-queue";
import { useModerationQueue } from "../../features/moderation/api/get-cases";
import { CaseCard } from "../../features/moderation/components/case-card";
import { ModerationTabs } from "../../features/moderation/components/moderation-tabs";
import { Loading, QueryError } from "../../shared/components/query-state";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";
import { NotFoundRoute } from "./not-found";

/**
 * The moderators' queue: the open and appealed cases this moderator may decide, oldest first,
 * 20 at a time, more on request. Nobody else sees it.
 */
export function ModerationQueueRoute() {
  const intl = useIntl();
  const me = useMe();
  useDocumentTitle(intl.formatMessage({ id: "moderation.queue.title" }));
  if (me.isPending) return <Loading />;
  if (me.data?.user.platformRole !== "moderator") return <NotFoundRoute />;
  return <ModerationQueue />;
}

function ModerationQueue() {
  const queue = useModerationQueue();
  return (
    <div className="stack-lg">
      <h1>
        <FormattedMessage id="moderation.queue.title" />
      </h1>
      <ModerationTabs />
      <p className="lead">
        <FormattedMessage id="moderation.queue.intro" />
      </p>
      {queue.isPending ? (
        <Loading />
      ) : queue.isError ? (
        <QueryError error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data.pages[0]?.cases.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="moderation.queue.empty" />
        </p>
      ) : (
        <>
          {queue.data.pages
            .flatMap((page) => page.cases)
            .map((item) => (
              <CaseCard key={item.id} item={item} />
            ))}
          {queue.hasNextPage ? (
            <button
              type="button"
              className="button-secondary align-start"
              disabled={queue.isFetchingNextPage}
              onClick={() => void queue.fetchNextPage()}
            >
              <FormattedMessage id="moderation.queue.loadMore" />
            </button>
          ) : null}
        </>
      )}
      <MediationQueue />
    </div>
  );
}
