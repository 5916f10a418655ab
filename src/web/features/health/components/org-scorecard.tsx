import { FormattedMessage } from "react-intl";
import { Link } from "react-router";
import { HEALTH } from "../../../../domain/health/constants";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useDocumentTitle } from "../../../shared/hooks/use-document-title";
import { useScorecard } from "../api/get-scorecard";
import { InputsTable } from "./inputs-table";
import { RecognitionPoints } from "./recognition-points";
import { ScoreHistoryChart } from "./score-history-chart";
import { ScoreValue } from "./side-score-card";

/**
 * An organisation's scorecard, for its own people and its counterparties: its score as a client
 * and as a provider across engagements, each explained, and their history. A side still "new"
 * shows nothing of its score to anyone outside.
 */
export function OrgScorecard({ orgId }: { orgId: string }) {
  const card = useScorecard(orgId);
  useDocumentTitle(card.data?.name);
  if (card.isPending) return <Loading />;
  if (card.isError) return <QueryError error={card.error} onRetry={() => void card.refetch()} />;
  const data = card.data;
  return (
    <div className="stack-lg scorecard">
      <h1>
        <FormattedMessage id="scorecard.title" values={{ name: data.name }} />
      </h1>
      <p className="muted">
        <FormattedMessage id="scorecard.intro" values={{ isOwn: data.isOwn ? "yes" : "no" }} />{" "}
        <Link to="/how-scores-work">
          <FormattedMessage id="health.howScoresWork" />
        </Link>
      </p>
      {data.sides.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="scorecard.empty" />
        </p>
      ) : null}
      {data.sides.map((side) => (
        <section
          key={side.side}
          className="card stack-sm"
          aria-labelledby={`scorecard-${side.side}`}
        >
          <h2 id={`scorecard-${side.side}`} className="h-small">
            <FormattedMessage id="scorecard.side" values={{ side: side.side }} />
          </h2>
          <p className="health-score">
            {side.isNew ? (
              <span className="badge badge-new">
                <FormattedMessage id="health.score.new" />
              </span>
            ) : null}{" "}
            {side.score !== null || !side.isNew ? <ScoreValue score={side.score} /> : null}
          </p>
          <p className="muted">
            <FormattedMessage
              id="scorecard.sample"
              values={{
                engagements: side.engagementCount,
                counterparties: side.counterpartyCount,
              }}
            />
            {side.isNew ? (
              <>
                {" "}
                <FormattedMessage
                  id="health.score.new.explain"
                  values={{
                    engagements: HEALTH.minEngagements,
                    counterparties: HEALTH.minCounterparties,
                  }}
                />
              </>
            ) : null}
          </p>
          {side.inputs.length > 0 ? (
            <InputsTable
              caption={<FormattedMessage id="health.inputs.caption" values={{ side: side.side }} />}
              inputs={side.inputs}
              engagementId={null}
            />
          ) : null}
          <RecognitionPoints score={side.score} recognition={side.recognition} />
        </section>
      ))}
      <section aria-labelledby="scorecard-chart" className="card stack-sm">
        <h2 id="scorecard-chart" className="h-small">
          <FormattedMessage id="health.chart.title" />
        </h2>
        <ScoreHistoryChart
          points={data.history}
          caption={<FormattedMessage id="scorecard.chart.caption" values={{ name: data.name }} />}
        />
      </section>
    </div>
  );
}
