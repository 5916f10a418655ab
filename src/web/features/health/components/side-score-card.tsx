import { FormattedMessage } from "react-intl";
import { Link } from "react-router";
import { HEALTH } from "../../../../domain/health/constants";
import type { HealthSideScore, OrgRef, ScorecardSide } from "../../../shared/api/types";
import { ImprovementLine } from "./improvement-line";
import { InputsTable } from "./inputs-table";
import { RecognitionPoints } from "./recognition-points";

/** A score out of 100, or "not enough evidence yet". */
export function ScoreValue({ score }: { score: number | null }) {
  return (
    <span className="health-score-value">
      {score === null ? (
        <FormattedMessage id="health.score.none" />
      ) : (
        <FormattedMessage id="health.score.value" values={{ score }} />
      )}
    </span>
  );
}

/** An organisation's score across its engagements, or "new" below the minimum sample. */
export function OverallScore({ side }: { side: ScorecardSide | undefined }) {
  if (!side) return null;
  return (
    <p className="health-overall">
      <FormattedMessage id="health.score.overall" />{" "}
      {side.isNew ? (
        <>
          <span className="badge badge-new">
            <FormattedMessage id="health.score.new" />
          </span>{" "}
          <span className="muted">
            <FormattedMessage
              id="health.score.new.explain"
              values={{
                engagements: HEALTH.minEngagements,
                counterparties: HEALTH.minCounterparties,
              }}
            />
          </span>
        </>
      ) : (
        <ScoreValue score={side.score} />
      )}
    </p>
  );
}

/** One side's score on the engagement, explaining itself, with the way to raise it. */
export function SideScoreCard({
  engagementId,
  score,
  org,
  overall,
}: {
  engagementId: string;
  score: HealthSideScore;
  org: OrgRef | null;
  overall: ScorecardSide | undefined;
}) {
  const titleId = `health-${score.side}-title`;
  return (
    <section className="card stack-sm health-side" aria-labelledby={titleId}>
      <h3 id={titleId} className="h-small">
        <FormattedMessage
          id="health.side.title"
          values={{ side: score.side, name: org?.name ?? "" }}
        />
      </h3>
      <p className="health-score">
        <FormattedMessage id="health.score.onEngagement" /> <ScoreValue score={score.score} />
      </p>
      {score.cap ? (
        <p className="alert alert-warning">
          <FormattedMessage
            id={score.cap.reason === "verified_threat" ? "health.cap.threat" : "health.cap.overdue"}
            values={{ limit: score.cap.limit }}
          />
        </p>
      ) : null}
      <OverallScore side={overall} />
      <p className="button-row">
        {org ? (
          <Link to={`/orgs/${encodeURIComponent(org.id)}/scorecard`}>
            <FormattedMessage id="health.scorecard.link" values={{ name: org.name }} />
          </Link>
        ) : null}
        <Link to="/how-scores-work">
          <FormattedMessage id="health.howScoresWork" />
        </Link>
      </p>
      <InputsTable
        caption={<FormattedMessage id="health.inputs.caption" values={{ side: score.side }} />}
        inputs={score.inputs}
        engagementId={engagementId}
      />
      <RecognitionPoints score={score.score} recognition={score.recognition} />
      <ImprovementLine improvement={score.improvement} />
    </section>
  );
}
