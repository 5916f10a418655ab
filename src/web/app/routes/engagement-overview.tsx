import { lazy, Suspense } from "react";
import { FormattedMessage } from "react-intl";
import { EngagementOverview } from "../../features/engagements/components/engagement-overview";
import { EngagementTimeline } from "../../features/engagements/components/engagement-timeline";
import { ReputationSummary } from "../../features/reviews/components/reputation-summary";
import { VerifyHistory } from "../../features/engagements/components/verify-history";
import { WithdrawProposal } from "../../features/engagements/components/withdraw-proposal";
import { WhenVisible } from "../../shared/components/when-visible";
import { useEngagementContext } from "./engagement";

// The chart and its data come after the page shows, once scrolled near: they stay out of the
// overview's first load and its first seconds of work.
const MoneyOverTimeChart = lazy(
  () => import("../../features/billing/components/money-over-time-chart"),
);

export function EngagementOverviewRoute() {
  const { engagement } = useEngagementContext();
  const otherSide = engagement.mySide === "client" ? engagement.provider : engagement.client;
  return (
    <>
      <EngagementOverview engagement={engagement} />
      <WithdrawProposal engagement={engagement} />
      {engagement.abilities.billing.view ? (
        <WhenVisible>
          <Suspense fallback={null}>
            <MoneyOverTimeChart engagementId={engagement.id} />
          </Suspense>
        </WhenVisible>
      ) : null}
      {otherSide ? <ReputationSummary orgId={otherSide.id} orgName={otherSide.name} /> : null}
      <section aria-labelledby="timeline-title" className="stack">
        <h2 id="timeline-title">
          <FormattedMessage id="engagement.timeline.title" />
        </h2>
        <EngagementTimeline engagement={engagement} />
      </section>
      <section aria-labelledby="history-title" className="card stack offscreen-part">
        <h2 id="history-title">
          <FormattedMessage id="engagement.verify.title" />
        </h2>
        <p className="muted">
          <FormattedMessage id="engagement.verify.intro" />
        </p>
        <VerifyHistory engagementId={engagement.id} />
      </section>
    </>
  );
}
