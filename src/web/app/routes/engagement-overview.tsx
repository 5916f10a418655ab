import { lazy, Suspense, useDeferredValue } from "react";
import { FormattedMessage } from "react-intl";
import { EngagementOverview } from "../../features/engagements/components/engagement-overview";
import { EngagementTimeline } from "../../features/engagements/components/engagement-timeline";
import { ReputationSummary } from "../../features/reviews/components/reputation-summary";
import { VerifyHistory } from "../../features/engagements/components/verify-history";
import { WhenVisible } from "../../shared/components/when-visible";
import type { Engagement } from "../../shared/api/types";
import { useEngagementContext } from "./engagement";

// The chart and its data come after the page shows, once scrolled near: they stay out of the
// overview's first load and its first seconds of work.
const MoneyOverTimeChart = lazy(
  () => import("../../features/billing/components/money-over-time-chart"),
);

export function EngagementOverviewRoute() {
  const { engagement } = useEngagementContext();
  const otherSide = engagement.mySide === "client" ? engagement.provider : engagement.client;
  // What lies below a phone's first screen (the timeline, the ledger's checks) is drawn in a
  // second pass right after the first: the first paint waits only for what it shows.
  const isBelowFoldDrawn = useDeferredValue(true, false);
  return (
    <>
      <EngagementOverview engagement={engagement} />
      {engagement.abilities.billing.view ? (
        <WhenVisible>
          <Suspense fallback={null}>
            <MoneyOverTimeChart engagementId={engagement.id} />
          </Suspense>
        </WhenVisible>
      ) : null}
      {otherSide ? <ReputationSummary orgId={otherSide.id} orgName={otherSide.name} /> : null}
      {isBelowFoldDrawn ? <BelowFold engagement={engagement} /> : null}
    </>
  );
}

function BelowFold({ engagement }: { engagement: Engagement }) {
  return (
    <>
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
