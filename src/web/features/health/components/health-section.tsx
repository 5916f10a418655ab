import { FormattedMessage } from "react-intl";
import { Link } from "react-router";
import type { Engagement } from "../../../shared/api/types";
import { DateOnly } from "../../../shared/components/date-only";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useEngagementHealth, useEngagementHealthHistory } from "../api/get-engagement-health";
import { useScorecard } from "../api/get-scorecard";
import { CheckInPanel } from "./check-in-panel";
import { ScoreHistoryChart } from "./score-history-chart";
import { SideScoreCard } from "./side-score-card";
import { WarningsList } from "./warnings-list";

/**
 * An engagement's health, the same for both sides: both scores explaining themselves, the
 * warnings with their next steps, tenure, the scores over time, and my side's private check-in.
 */
export function HealthSection({ engagement }: { engagement: Engagement }) {
  const health = useEngagementHealth(engagement.id);
  const history = useEngagementHealthHistory(engagement.id);
  const clientCard = useScorecard(engagement.client?.id ?? "", {
    enabled: Boolean(engagement.client),
  });
  const providerCard = useScorecard(engagement.provider?.id ?? "", {
    enabled: Boolean(engagement.provider),
  });

  if (health.isPending) return <Loading />;
  if (health.isError)
    return <QueryError error={health.error} onRetry={() => void health.refetch()} />;
  const data = health.data;
  const overallOf = (side: "client" | "provider") =>
    (side === "client" ? clientCard.data : providerCard.data)?.sides.find((s) => s.side === side);

  return (
    <div className="stack-lg health-page">
      <section aria-labelledby="health-title" className="stack-sm">
        <h2 id="health-title">
          <FormattedMessage id="health.title" />
        </h2>
        <p className="muted">
          <FormattedMessage id="health.intro" />
        </p>
        <p>
          <FormattedMessage id="health.tenure" values={{ days: data.tenureDays }} />{" "}
          <span className="muted">
            <FormattedMessage
              id="health.computedAt"
              values={{ date: <DateOnly key="d" value={data.computedAt.slice(0, 10)} /> }}
            />
          </span>{" "}
          <Link to="/how-scores-work">
            <FormattedMessage id="health.howScoresWork" />
          </Link>
        </p>
      </section>
      <section aria-labelledby="health-warnings-title" className="stack-sm">
        <h2 id="health-warnings-title">
          <FormattedMessage id="health.warnings.title" values={{ count: data.warnings.length }} />
        </h2>
        <WarningsList engagementId={engagement.id} warnings={data.warnings} />
      </section>
      <div className="health-sides">
        <SideScoreCard
          engagementId={engagement.id}
          score={data.provider}
          org={engagement.provider}
          overall={overallOf("provider")}
        />
        <SideScoreCard
          engagementId={engagement.id}
          score={data.client}
          org={engagement.client}
          overall={overallOf("client")}
        />
      </div>
      <section aria-labelledby="health-chart-title" className="card stack-sm">
        <h2 id="health-chart-title" className="h-small">
          <FormattedMessage id="health.chart.title" />
        </h2>
        {history.isError ? (
          <QueryError error={history.error} />
        ) : history.data ? (
          <ScoreHistoryChart
            points={history.data.points}
            caption={<FormattedMessage id="health.chart.caption" />}
          />
        ) : null}
      </section>
      <section aria-labelledby="check-in-section-title" className="stack-sm">
        <h2 id="check-in-section-title">
          <FormattedMessage id="checkIn.section" />
        </h2>
        <CheckInPanel
          engagementId={engagement.id}
          mySide={engagement.mySide}
          canAnswer={engagement.abilities.health.answerCheckIn}
        />
      </section>
    </div>
  );
}
