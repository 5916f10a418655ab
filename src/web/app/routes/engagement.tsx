import { FormattedMessage } from "react-intl";
import { Link, useParams } from "react-router";
import { useEngagement } from "../../features/engagements/api/get-engagement";
import { EngagementOverview } from "../../features/engagements/components/engagement-overview";
import { EngagementTimeline } from "../../features/engagements/components/engagement-timeline";
import { VerifyHistory } from "../../features/engagements/components/verify-history";
import { Loading, QueryError } from "../../shared/components/query-state";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";

export function EngagementRoute() {
  const { engagementId = "" } = useParams();
  const engagement = useEngagement(engagementId);
  useDocumentTitle(engagement.data?.title);

  return (
    <div className="stack-lg">
      <Link to="/engagements" className="back-link">
        <FormattedMessage id="engagement.back" />
      </Link>
      {engagement.isPending ? (
        <Loading />
      ) : engagement.isError ? (
        <QueryError error={engagement.error} onRetry={() => void engagement.refetch()} />
      ) : (
        <>
          <h1>{engagement.data.title}</h1>
          <EngagementOverview engagement={engagement.data} />
          <section aria-labelledby="timeline-title" className="stack">
            <h2 id="timeline-title">
              <FormattedMessage id="engagement.timeline.title" />
            </h2>
            <EngagementTimeline engagement={engagement.data} />
          </section>
          <section aria-labelledby="history-title" className="card stack">
            <h2 id="history-title">
              <FormattedMessage id="engagement.verify.title" />
            </h2>
            <p className="muted">
              <FormattedMessage id="engagement.verify.intro" />
            </p>
            <VerifyHistory engagementId={engagement.data.id} />
          </section>
        </>
      )}
    </div>
  );
}
