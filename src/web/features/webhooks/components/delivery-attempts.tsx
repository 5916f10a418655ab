import { FormattedDate, FormattedMessage } from "react-intl";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useWebhookDelivery } from "../api/get-webhook-deliveries";

/** Every attempt of one delivery, and the exact body each of them sent. */
export function DeliveryAttempts({
  orgId,
  webhookId,
  deliveryId,
}: {
  orgId: string;
  webhookId: string;
  deliveryId: string;
}) {
  const delivery = useWebhookDelivery(orgId, webhookId, deliveryId);
  if (delivery.isPending) return <Loading />;
  if (delivery.isError) {
    return <QueryError error={delivery.error} onRetry={() => void delivery.refetch()} />;
  }
  const { attemptLog, payload } = delivery.data;
  return (
    <div className="stack-sm">
      {attemptLog.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="webhooks.attempts.none" />
        </p>
      ) : (
        <table className="compact-table">
          <caption className="visually-hidden">
            <FormattedMessage id="webhooks.attempts.caption" />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="webhooks.attempts.column.attempt" />
              </th>
              <th scope="col">
                <FormattedMessage id="webhooks.attempts.column.at" />
              </th>
              <th scope="col">
                <FormattedMessage id="webhooks.attempts.column.answer" />
              </th>
              <th scope="col">
                <FormattedMessage id="webhooks.attempts.column.duration" />
              </th>
            </tr>
          </thead>
          <tbody>
            {attemptLog.map((attempt) => (
              <tr key={attempt.attempt}>
                <td>{attempt.attempt}</td>
                <td>
                  <FormattedDate
                    value={attempt.attemptedAt}
                    dateStyle="medium"
                    timeStyle="medium"
                  />
                </td>
                <td>
                  <LastAnswer statusCode={attempt.statusCode} error={attempt.error} />
                </td>
                <td>
                  <FormattedMessage
                    id="webhooks.attempts.duration"
                    values={{ ms: attempt.durationMs }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <details>
        <summary>
          <FormattedMessage id="webhooks.delivery.body" />
        </summary>
        <pre className="mono payload">{payload}</pre>
      </details>
    </div>
  );
}

/** The receiver's HTTP status and, when there was no answer or a failure, why. */
export function LastAnswer({
  statusCode,
  error,
}: {
  statusCode: number | null;
  error: string | null;
}) {
  if (statusCode === null && error === null) {
    return <FormattedMessage id="webhooks.delivery.noAnswerYet" />;
  }
  return (
    <>
      {statusCode !== null ? (
        <FormattedMessage id="webhooks.delivery.statusCode" values={{ code: statusCode }} />
      ) : null}
      {statusCode !== null && error ? " · " : null}
      {error ? <span className="delivery-error">{error}</span> : null}
    </>
  );
}
