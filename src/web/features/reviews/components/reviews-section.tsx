import { useEffect } from "react";
import { FormattedMessage } from "react-intl";
import { useLocation } from "react-router";
import type { Engagement } from "../../../shared/api/types";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useReviews } from "../api/get-reviews";
import { ReviewRoundCard } from "./review-round";

/**
 * The engagement's reviews: one round per occasion (each accepted milestone, the completed
 * engagement, its exit), newest first.
 * Owners and members write for their side; viewers read.
 */
export function ReviewsSection({
  engagement,
  milestoneTitles,
}: {
  engagement: Engagement;
  milestoneTitles: ReadonlyMap<string, string>;
}) {
  const reviews = useReviews(engagement.id);
  const canWrite = engagement.abilities.reviews.write;
  const { hash } = useLocation();
  const isLoaded = reviews.isSuccess;

  // A link to one review (#review-<id>, as the closer-look list gives) lands on it once loaded.
  useEffect(() => {
    if (!isLoaded || !hash.startsWith("#review-")) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView({ block: "start" });
    target?.focus({ preventScroll: true });
  }, [isLoaded, hash]);
  if (reviews.isPending) return <Loading />;
  if (reviews.isError)
    return <QueryError error={reviews.error} onRetry={() => void reviews.refetch()} />;
  const rounds = [...reviews.data.rounds].reverse();
  return (
    <div className="stack-lg">
      <p className="lead">
        <FormattedMessage id="reviews.intro" />
      </p>
      {rounds.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="reviews.none" />
        </p>
      ) : (
        rounds.map((round) => (
          <ReviewRoundCard
            key={`${round.occasion.kind}:${round.occasion.ref}`}
            round={round}
            engagementId={engagement.id}
            mySide={engagement.mySide}
            occasionTitle={milestoneTitles.get(round.occasion.ref) ?? round.occasion.ref}
            canWrite={canWrite}
          />
        ))
      )}
    </div>
  );
}
