import { FormattedMessage, FormattedNumber } from "react-intl";
import { DateOnly } from "../../../shared/components/date-only";
import { QueryError } from "../../../shared/components/query-state";
import { useRemunerationTrend } from "../api/get-remuneration-trend";
import { Money } from "./money";
import { CardTable } from "../../../shared/components/card-table";

/**
 * The effective rate of each version of the agreement: what it pays per hour of agreed scope,
 * changes included. A cut in pay that the scope does not follow is flagged in plain words, as
 * is the other quiet cut: being asked to accept less for being paid sooner.
 */
export function RemunerationTrendCard({ engagementId }: { engagementId: string }) {
  const trend = useRemunerationTrend(engagementId);
  if (trend.isPending) return null;
  if (trend.isError) return <QueryError error={trend.error} onRetry={() => void trend.refetch()} />;
  const { periods, findings, currency } = trend.data;
  return (
    <section className="card stack-sm" aria-labelledby="remuneration-trend-title">
      <h2 id="remuneration-trend-title" className="h-small">
        <FormattedMessage id="remunerationTrend.title" />
      </h2>
      <p className="field-hint">
        <FormattedMessage id="remunerationTrend.explain" />
      </p>
      {periods.length === 0 || !currency ? (
        <p className="muted">
          <FormattedMessage id="remunerationTrend.empty" />
        </p>
      ) : (
        <CardTable>
          <table className="compact-table">
            <caption className="visually-hidden">
              <FormattedMessage id="remunerationTrend.title" />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="remunerationTrend.column.version" />
                </th>
                <th scope="col">
                  <FormattedMessage id="remunerationTrend.column.from" />
                </th>
                <th scope="col" className="numeric">
                  <FormattedMessage id="remunerationTrend.column.remuneration" />
                </th>
                <th scope="col" className="numeric">
                  <FormattedMessage id="remunerationTrend.column.scope" />
                </th>
                <th scope="col" className="numeric">
                  <FormattedMessage id="remunerationTrend.column.rate" />
                </th>
              </tr>
            </thead>
            <tbody>
              {periods.map((period) => (
                <tr key={period.agreementVersion}>
                  <th scope="row">
                    <FormattedMessage
                      id="agreement.version"
                      values={{ version: period.agreementVersion }}
                    />
                  </th>
                  <td>{period.from ? <DateOnly value={period.from} /> : "—"}</td>
                  <td className="numeric">
                    <Money minor={period.remunerationMinor} currency={currency} />
                  </td>
                  <td className="numeric">
                    <FormattedMessage
                      id="remunerationTrend.hours"
                      values={{
                        hours: (
                          <FormattedNumber
                            key="hours"
                            value={period.scopeHoursMilli / 1000}
                            maximumFractionDigits={1}
                          />
                        ),
                      }}
                    />
                  </td>
                  <td className="numeric">
                    {period.rateMinorPerHour === null ? (
                      "—"
                    ) : (
                      <FormattedMessage
                        id="remunerationTrend.perHour"
                        values={{
                          rate: (
                            <Money key="rate" minor={period.rateMinorPerHour} currency={currency} />
                          ),
                        }}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </CardTable>
      )}
      {findings.length === 0 ? (
        periods.length > 1 ? (
          <p className="alert alert-success">
            <FormattedMessage id="remunerationTrend.noCut" />
          </p>
        ) : null
      ) : (
        <ul className="findings-list">
          {findings.map((finding, index) => (
            <li key={index} className={`finding finding-${finding.severity}`}>
              <span className={`badge badge-${finding.severity}`}>
                <FormattedMessage id="remunerationTrend.flag.cut" />
              </span>{" "}
              {finding.message}
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>
          <FormattedMessage id="remunerationTrend.flags.title" />
        </summary>
        <div className="stack-sm">
          <p>
            <FormattedMessage id="remunerationTrend.flags.cut" />
          </p>
          <p>
            <FormattedMessage id="remunerationTrend.flags.discount" />
          </p>
        </div>
      </details>
    </section>
  );
}
