import { useDelivery } from "../../features/delivery/api/get-delivery";
import { ReviewsSection } from "../../features/reviews/components/reviews-section";
import { Loading } from "../../shared/components/query-state";
import { useEngagementContext } from "./engagement";

/** Reviews are named after the milestones of the agreement in force, read from delivery. */
export function EngagementReviewsRoute() {
  const { engagement } = useEngagementContext();
  const delivery = useDelivery(engagement.id);
  if (delivery.isPending) return <Loading />;
  const milestones = delivery.data?.milestones ?? [];
  return (
    <ReviewsSection
      engagement={engagement}
      milestoneTitles={new Map(milestones.map((m) => [m.id, m.title]))}
    />
  );
}
