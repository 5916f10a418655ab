import { Fragment } from "react";
import { FormattedDate, FormattedMessage } from "react-intl";
import { Loading, QueryError } from "../../../shared/components/query-state";
import type { WebhookProblem } from "../../../../domain/webhooks/webhook-problem";
import { useWebhookDelivery } from "../api/get-webhook-deliveries";
import { DELIVERY_PROBLEM_LABELS } from "../webhook-labels";

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
                  <LastAnswer
                    statusCode={attempt.statusCode}
                    problem={attempt.problem}
                    detail={attempt.error}
                  />
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

/**
 * The receiver's HTTP status and, when the attempt failed, why: in the reader's words, then the
 * technical detail (a location, an address, the receiver's own text) as it is. Attempts logged
 * before failures had codes show their detail alone.
 */
export function LastAnswer({
  statusCode,
  problem,
  detail,
}: {
  statusCode: number | null;
  problem: WebhookProblem | null;
  detail: string | null;
}) {
  if (statusCode === null && problem === null && detail === null) {
    return <FormattedMessage id="webhooks.delivery.noAnswerYet" />;
  }
  const parts = [
    statusCode !== null ? (
      <FormattedMessage
        key="status"
        id="webhooks.delivery.statusCode"
        values={{ code: statusCode }}
      />
    ) : null,
    problem !== null ? (
      <FormattedMessage key="problem" id={DELIVERY_PROBLEM_LABELS[problem]} />
    ) : null,
    detail ? (
      <code key="detail" className="delivery-error">
        {detail}
      </code>
    ) : null,
  ].filter((part) => part !== null);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={part.key}>
          {index > 0 ? " · " : null}
          {part}
        </Fragment>
      ))}
    </>
  );
}
