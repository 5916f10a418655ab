import { useId, useState } from "react";
import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import { isNotifiedType } from "../../../../domain/notifications/notification-types";
import type { Webhook, WebhookWithSecret } from "../../../shared/api/types";
import { FormAlert } from "../../../shared/components/form-alert";
import { useDeleteWebhook, useRotateWebhookSecret, useUpdateWebhook } from "../api/change-webhook";
import { EVENT_TYPE_LABELS } from "../webhook-labels";
import { WebhookDeliveries } from "./webhook-deliveries";
import { WebhookSecret } from "./webhook-secret";
import { useOneAtATime } from "../../../shared/forms/use-one-at-a-time";

type Confirming = "rotate" | "delete" | null;

/**
 * One endpoint: where it posts, what it receives and whether it is on; for owners, switching
 * it, a new secret and removal, the last two confirmed first; for everyone, its delivery log.
 */
export function WebhookItem({
  orgId,
  webhook,
  canManage,
}: {
  orgId: string;
  webhook: Webhook;
  canManage: boolean;
}) {
  const oneAtATime = useOneAtATime();
  const intl = useIntl();
  const titleId = useId();
  const update = useUpdateWebhook(orgId);
  const rotate = useRotateWebhookSecret(orgId);
  const remove = useDeleteWebhook(orgId);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [secret, setSecret] = useState<WebhookWithSecret | null>(null);
  const [isLogOpen, setIsLogOpen] = useState(false);
  const isBusy = update.isPending || rotate.isPending || remove.isPending;
  const logId = `${titleId}-log`;

  return (
    <article className="card stack-sm webhook" aria-labelledby={titleId}>
      <div className="card-head">
        <h3 id={titleId} className="mono webhook-url">
          {webhook.url}
        </h3>
        <span className={webhook.isActive ? "badge badge-active" : "badge badge-declined"}>
          <FormattedMessage
            id={webhook.isActive ? "webhooks.item.active" : "webhooks.item.inactive"}
          />
        </span>
      </div>
      {webhook.description ? <p className="prewrap">{webhook.description}</p> : null}
      <p>
        {webhook.eventTypes.length === 0 ? (
          <FormattedMessage id="webhooks.item.events.all" />
        ) : (
          <FormattedMessage
            id="webhooks.item.events"
            values={{
              types: intl.formatList(
                webhook.eventTypes.map((type) =>
                  isNotifiedType(type) ? intl.formatMessage({ id: EVENT_TYPE_LABELS[type] }) : type,
                ),
                { type: "conjunction" },
              ),
            }}
          />
        )}
      </p>
      <p className="muted">
        <FormattedMessage
          id="webhooks.item.created"
          values={{ date: <FormattedDate key="date" value={webhook.createdAt} dateStyle="long" /> }}
        />
      </p>
      {secret ? <WebhookSecret webhook={secret} onDone={() => setSecret(null)} /> : null}
      {canManage ? (
        confirming === null ? (
          <div className="button-row">
            <button
              type="button"
              className="button-secondary"
              disabled={isBusy}
              onClick={() =>
                oneAtATime(() =>
                  update.mutate({ id: webhook.id, body: { isActive: !webhook.isActive } }),
                )
              }
            >
              <FormattedMessage
                id={webhook.isActive ? "webhooks.action.deactivate" : "webhooks.action.activate"}
              />
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={isBusy}
              onClick={() => setConfirming("rotate")}
            >
              <FormattedMessage id="webhooks.action.rotate" />
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={isBusy}
              onClick={() => setConfirming("delete")}
            >
              <FormattedMessage id="webhooks.action.delete" />
            </button>
          </div>
        ) : (
          <div className="stack-sm" role="group" aria-labelledby={`${titleId}-confirm`}>
            <p id={`${titleId}-confirm`}>
              <FormattedMessage
                id={
                  confirming === "rotate"
                    ? "webhooks.action.rotate.warning"
                    : "webhooks.action.delete.warning"
                }
              />
            </p>
            <div className="button-row">
              <button
                type="button"
                className="button-danger"
                disabled={isBusy}
                onClick={() => {
                  if (confirming === "rotate") {
                    oneAtATime(() =>
                      rotate.mutate(webhook.id, {
                        onSuccess: (rotated) => {
                          setSecret(rotated);
                          setConfirming(null);
                        },
                      }),
                    );
                  } else {
                    oneAtATime(() => remove.mutate(webhook.id));
                  }
                }}
              >
                <FormattedMessage
                  id={
                    confirming === "rotate"
                      ? "webhooks.action.rotate.confirm"
                      : "webhooks.action.delete.confirm"
                  }
                />
              </button>
              <button
                type="button"
                className="button-secondary"
                onClick={() => setConfirming(null)}
              >
                <FormattedMessage id="common.cancel" />
              </button>
            </div>
          </div>
        )
      ) : null}
      <FormAlert error={update.error ?? rotate.error ?? remove.error} />
      <button
        type="button"
        className="button-secondary align-start"
        aria-expanded={isLogOpen}
        aria-controls={isLogOpen ? logId : undefined}
        onClick={() => setIsLogOpen(!isLogOpen)}
      >
        <FormattedMessage
          id={isLogOpen ? "webhooks.deliveries.hide" : "webhooks.deliveries.show"}
        />
      </button>
      {isLogOpen ? (
        <section id={logId} className="stack-sm" aria-labelledby={`${logId}-title`}>
          <h4 id={`${logId}-title`}>
            <FormattedMessage id="webhooks.deliveries.title" />
          </h4>
          <WebhookDeliveries
            orgId={orgId}
            webhookId={webhook.id}
            url={webhook.url}
            canReplay={canManage}
          />
        </section>
      ) : null}
    </article>
  );
}
