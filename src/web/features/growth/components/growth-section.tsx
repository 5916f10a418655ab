import { FormattedMessage } from "react-intl";
import type { Engagement } from "../../../shared/api/types";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useAgreement } from "../../agreements/api/get-agreement";
import {
  useGoals,
  useNextPhaseOffers,
  useRecognitions,
  useRelationshipReviews,
} from "../api/growth-queries";
import { GoalCard } from "./goal-card";
import { NextPhaseOfferPanel } from "./next-phase-offer-panel";
import { RecognitionPanel } from "./recognition-panel";
import { RelationshipReviewPanel } from "./relationship-review-panel";
import { SetGoalForm } from "./set-goal-form";

/**
 * The engagement's growth: each goal's trajectory, the review of the relationship, the next
 * phase and recognition beyond money. What the reader may do follows the server's abilities.
 */
export function GrowthSection({ engagement }: { engagement: Engagement }) {
  const goals = useGoals(engagement.id);
  const reviews = useRelationshipReviews(engagement.id);
  const offers = useNextPhaseOffers(engagement.id);
  const recognitions = useRecognitions(engagement.id);
  const agreement = useAgreement(engagement.id);
  const queries = [goals, reviews, offers, recognitions];
  const failed = queries.find((q) => q.isError);
  if (failed) return <QueryError error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!goals.data || !reviews.data || !offers.data || !recognitions.data) return <Loading />;
  const mySide = engagement.mySide ?? "client";
  const latestReview = reviews.data.reviews[0]?.id ?? null;
  return (
    <div className="stack-lg">
      <section className="stack" aria-labelledby="goals-title">
        <h2 id="goals-title">
          <FormattedMessage id="growth.goals.heading" />
        </h2>
        {goals.data.goals.length === 0 ? (
          <p className="muted">
            <FormattedMessage id="growth.goals.none" />
          </p>
        ) : null}
        {goals.data.goals.map((goal) => (
          <GoalCard
            key={goal.id}
            engagementId={engagement.id}
            goal={goal}
            mySide={mySide}
            mayMeasure={goals.data.abilities.measure}
          />
        ))}
        {goals.data.abilities.setGoal ? (
          <SetGoalForm
            key={goals.data.suggestions[0]?.measureIndex ?? "none"}
            engagementId={engagement.id}
            suggestions={goals.data.suggestions}
          />
        ) : null}
      </section>
      <RelationshipReviewPanel engagementId={engagement.id} data={reviews.data} />
      <NextPhaseOfferPanel
        engagementId={engagement.id}
        data={offers.data}
        goals={goals.data.goals}
        currency={agreement.data?.inForce?.terms.remuneration.currency ?? null}
        reviewId={latestReview}
      />
      <RecognitionPanel
        engagementId={engagement.id}
        data={recognitions.data}
        goals={goals.data.goals}
        mySide={mySide}
      />
    </div>
  );
}
