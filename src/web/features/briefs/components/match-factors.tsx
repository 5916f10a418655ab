import { FormattedMessage, FormattedNumber, useIntl } from "react-intl";
import type { Match } from "../../../shared/api/types";
import { MATCH_FACTOR_LABELS } from "../brief-labels";
import { CardTable } from "../../../shared/components/card-table";

/** One provider's score broken down: each factor's score, weight, share of the total and why. */
export function MatchFactors({ match }: { match: Match }) {
  const intl = useIntl();
  return (
    <CardTable>
      <table className="factor-table">
        <caption className="visually-hidden">
          <FormattedMessage id="match.factors.caption" values={{ provider: match.provider.name }} />
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="match.column.factor" />
            </th>
            <th scope="col">
              <FormattedMessage id="match.column.score" />
            </th>
            <th scope="col">
              <FormattedMessage id="match.column.weight" />
            </th>
            <th scope="col">
              <FormattedMessage id="match.column.contribution" />
            </th>
            <th scope="col">
              <FormattedMessage id="match.column.why" />
            </th>
          </tr>
        </thead>
        <tbody>
          {match.factors.map((factor) => (
            <tr key={factor.factor}>
              <th scope="row">{intl.formatMessage({ id: MATCH_FACTOR_LABELS[factor.factor] })}</th>
              <td>
                <ScoreBar score={factor.score} />
              </td>
              <td>
                <FormattedNumber value={factor.weight} style="percent" />
              </td>
              <td>
                <FormattedNumber
                  value={factor.contribution}
                  style="percent"
                  maximumFractionDigits={1}
                />
              </td>
              <td>{factor.explanation}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </CardTable>
  );
}

/** A score from 0 to 1 as a bar, with the number for those who cannot see the bar. */
export function ScoreBar({ score }: { score: number }) {
  const clamped = Math.min(1, Math.max(0, score));
  return (
    <span className="score">
      <span className="score-bar" aria-hidden="true">
        <span className="score-fill" style={{ width: `${clamped * 100}%` }} />
      </span>
      <FormattedNumber value={clamped} style="percent" />
    </span>
  );
}
