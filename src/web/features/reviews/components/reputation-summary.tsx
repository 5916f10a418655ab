import { FormattedMessage, FormattedNumber, useIntl } from "react-intl";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useReputation } from "../api/get-reputation";
import { reputationCounts } from "../reputation-view";

/**
 * An organisation's public reputation: the smoothed average of its published reviews ("new"
 * below the minimum sample), how many reviews, and the engagements that ended in silence,
 * which count in the denominator.
 */
export function ReputationSummary({ orgId, orgName }: { orgId: string; orgName: string }) {
  const intl = useIntl();
  const reputation = useReputation(orgId);
  const label = intl.formatMessage({ id: "reputation.title" }, { org: orgName });
  return (
    <section className="card stack-sm" aria-label={label}>
      <h2>{label}</h2>
      {reputation.isPending ? (
        <Loading />
      ) : reputation.isError ? (
        <QueryError error={reputation.error} onRetry={() => void reputation.refetch()} />
      ) : (
        <>
          {reputation.data.isNew || reputation.data.smoothedAverage === null ? (
            <p>
              <span className="badge">
                <FormattedMessage id="reputation.new" />
              </span>{" "}
              <FormattedMessage id="reputation.new.explain" />
            </p>
          ) : (
            <p className="score">
              <FormattedMessage
                id="reputation.average"
                values={{
                  average: (
                    <strong key="average">
                      <FormattedNumber
                        value={reputation.data.smoothedAverage}
                        maximumFractionDigits={1}
                        minimumFractionDigits={1}
                      />
                    </strong>
                  ),
                }}
              />
            </p>
          )}
          <p>
            <FormattedMessage {...reputationCounts(reputation.data)} />
          </p>
          <p className="muted">
            <FormattedMessage id="reputation.smoothing" />
          </p>
        </>
      )}
    </section>
  );
}
