import { FormattedMessage } from "react-intl";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useMediations } from "../api/mediations";
import { MediationCard } from "./mediation-card";
import { MoreButton } from "../../../shared/components/more-button";

/**
 * The moderators' part of the dispute ladder: disputes waiting for a recommendation, 20 at a
 * time, more on request.
 */
export function MediationQueue() {
  const mediations = useMediations();
  return (
    <section className="stack" aria-labelledby="mediations-title">
      <h2 id="mediations-title">
        <FormattedMessage id="moderation.mediations.title" />
      </h2>
      <p className="muted">
        <FormattedMessage id="moderation.mediations.intro" />
      </p>
      {mediations.isPending ? (
        <Loading />
      ) : mediations.isError ? (
        <QueryError error={mediations.error} onRetry={() => void mediations.refetch()} />
      ) : mediations.data.pages[0]?.items.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="moderation.mediations.empty" />
        </p>
      ) : (
        <>
          {mediations.data.pages
            .flatMap((page) => page.items)
            .map((item) => (
              <MediationCard key={item.dispute.id} item={item} />
            ))}
          <MoreButton list={mediations} label="moderation.mediations.loadMore" />
        </>
      )}
    </section>
  );
}
