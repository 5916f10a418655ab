import { Fragment, useState } from "react";
import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import type { WebhookDelivery } from "../../../shared/api/types";
import { FormAlert } from "../../../shared/components/form-alert";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useWebhookDeliveries } from "../api/get-webhook-deliveries";
import { useReplayWebhookDelivery } from "../api/replay-webhook-delivery";
import { DeliveryAttempts, LastAnswer } from "./delivery-attempts";
import { DeliveryStatusBadge } from "./delivery-status-badge";
import { MoreButton } from "../../../shared/components/more-button";
import { useOneAtATime } from "../../../shared/forms/use-one-at-a-time";
import { CardTable } from "../../../shared/components/card-table";

/**
 * The endpoint's delivery log, newest first: what was sent, how it went, each delivery's
 * attempts on request, and for owners a way to send one again.
 */
export function WebhookDeliveries({
  orgId,
  webhookId,
  url,
  canReplay,
}: {
  orgId: string;
  webhookId: string;
  url: string;
  canReplay: boolean;
}) {
  const oneAtATime = useOneAtATime();
  const deliveries = useWebhookDeliveries(orgId, webhookId);
  const replay = useReplayWebhookDelivery(orgId, webhookId);
  const [openId, setOpenId] = useState<string | null>(null);

  if (deliveries.isPending) return <Loading />;
  if (deliveries.isError) {
    return <QueryError error={deliveries.error} onRetry={() => void deliveries.refetch()} />;
  }
  const rows = deliveries.data.pages.flatMap((page) => page.deliveries);
  if (rows.length === 0) {
    return (
      <p className="muted">
        <FormattedMessage id="webhooks.deliveries.empty" />
      </p>
    );
  }
  return (
    <div className="stack-sm">
      <FormAlert error={replay.error} />
      <CardTable>
        <table className="compact-table">
          <caption className="visually-hidden">
            <FormattedMessage id="webhooks.deliveries.caption" values={{ url }} />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="webhooks.deliveries.column.event" />
              </th>
              <th scope="col">
                <FormattedMessage id="webhooks.deliveries.column.status" />
              </th>
              <th scope="col">
                <FormattedMessage id="webhooks.deliveries.column.attempts" />
              </th>
              <th scope="col">
                <FormattedMessage id="webhooks.deliveries.column.lastAnswer" />
              </th>
              <th scope="col">
                <FormattedMessage id="webhooks.deliveries.column.times" />
              </th>
              <th scope="col">
                <FormattedMessage id="webhooks.deliveries.column.actions" />
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((delivery) => (
              <Fragment key={delivery.id}>
                <DeliveryRow
                  delivery={delivery}
                  isOpen={openId === delivery.id}
                  onToggle={() => setOpenId(openId === delivery.id ? null : delivery.id)}
                  onReplay={canReplay ? () => oneAtATime(() => replay.mutate(delivery.id)) : null}
                  isReplaying={replay.isPending && replay.variables === delivery.id}
                />
                {openId === delivery.id ? (
                  <tr>
                    <td colSpan={6} id={`delivery-${delivery.id}`}>
                      <DeliveryAttempts
                        orgId={orgId}
                        webhookId={webhookId}
                        deliveryId={delivery.id}
                      />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      </CardTable>
      <MoreButton list={deliveries} label="webhooks.deliveries.loadMore" />
    </div>
  );
}

function DeliveryRow({
  delivery,
  isOpen,
  onToggle,
  onReplay,
  isReplaying,
}: {
  delivery: WebhookDelivery;
  isOpen: boolean;
  onToggle: () => void;
  onReplay: (() => void) | null;
  isReplaying: boolean;
}) {
  const intl = useIntl();
  return (
    <tr>
      <td>
        <code>{delivery.eventType}</code>
        {delivery.replayOf ? (
          <>
            {" "}
            <span className="badge">
              <FormattedMessage id="webhooks.delivery.isReplay" />
            </span>
          </>
        ) : null}
      </td>
      <td>
        <DeliveryStatusBadge status={delivery.status} />
      </td>
      <td>{delivery.attempts}</td>
      <td>
        <LastAnswer
          statusCode={delivery.lastStatusCode}
          problem={delivery.lastProblem}
          detail={delivery.lastError}
        />
      </td>
      <td>
        <ul className="plain-list">
          <li>
            <FormattedMessage
              id="webhooks.delivery.created"
              values={{ date: <Timestamp key="date" value={delivery.createdAt} /> }}
            />
          </li>
          {delivery.deliveredAt ? (
            <li>
              <FormattedMessage
                id="webhooks.delivery.delivered"
                values={{ date: <Timestamp key="date" value={delivery.deliveredAt} /> }}
              />
            </li>
          ) : delivery.nextAttemptAt && delivery.status === "pending" ? (
            <li>
              <FormattedMessage
                id="webhooks.delivery.nextAttempt"
                values={{ date: <Timestamp key="date" value={delivery.nextAttemptAt} /> }}
              />
            </li>
          ) : null}
        </ul>
      </td>
      <td className="actions">
        <button
          type="button"
          className="button-secondary button-small"
          aria-expanded={isOpen}
          aria-controls={isOpen ? `delivery-${delivery.id}` : undefined}
          aria-label={intl.formatMessage(
            { id: "webhooks.delivery.attempts.label" },
            { type: delivery.eventType },
          )}
          onClick={onToggle}
        >
          <FormattedMessage id="webhooks.delivery.attempts" />
        </button>
        {onReplay ? (
          <button
            type="button"
            className="button-secondary button-small"
            disabled={isReplaying}
            aria-label={intl.formatMessage(
              { id: "webhooks.delivery.replay.label" },
              { type: delivery.eventType },
            )}
            onClick={onReplay}
          >
            <FormattedMessage id="webhooks.delivery.replay" />
          </button>
        ) : null}
      </td>
    </tr>
  );
}

function Timestamp({ value }: { value: string }) {
  return (
    <time dateTime={value}>
      <FormattedDate value={value} dateStyle="medium" timeStyle="medium" />
    </time>
  );
}
