import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import { Link } from "react-router";
import type { ChangeRequest, Engagement } from "../../../shared/api/types";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { formatMoney } from "../../../shared/lib/money";
import { ORG_KIND_LABELS } from "../../../shared/i18n/labels";
import { changeRequestThread, messagesPath } from "../../messages/threads";
import { ChangeActions } from "./change-actions";
import { ChangeStatusBadge } from "./change-status-badge";

/** One change request: what and why, its price, how it was decided, and the reader's next step. */
export function ChangeRequestItem({
  engagement,
  change,
  deliverableTitles,
  currency,
}: {
  engagement: Engagement;
  change: ChangeRequest;
  deliverableTitles: ReadonlyMap<string, string>;
  currency: string;
}) {
  const intl = useIntl();
  const titleId = `change-${change.number}-title`;
  const touched = change.deliverableIds.map((id) => deliverableTitles.get(id) ?? id);
  return (
    <article
      id={`change-${change.number}`}
      className="card stack-sm change-request"
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <div className="card-head">
        <h3 id={titleId}>
          <FormattedMessage
            id="changes.item.title"
            values={{ number: change.number, title: change.title }}
          />
        </h3>
        <ChangeStatusBadge status={change.status} />
      </div>
      <p className="muted">
        <FormattedMessage
          id="changes.item.proposedBy"
          values={{
            name: change.proposedBy.name,
            side: intl.formatMessage({ id: ORG_KIND_LABELS[change.proposedSide] }),
            date: <FormattedDate key="date" value={change.createdAt} dateStyle="long" />,
          }}
        />
        {change.fromRemarkId ? (
          <>
            {" · "}
            <FormattedMessage id="changes.item.fromRemark" />
          </>
        ) : null}
      </p>
      <p className="prewrap">{change.reason}</p>
      <ul className="inline-list">
        <li>
          <Link
            to={messagesPath(engagement.id, changeRequestThread(change.id))}
            aria-label={intl.formatMessage(
              { id: "messages.discuss.changeRequest" },
              { number: change.number },
            )}
          >
            <FormattedMessage id="messages.discuss" />
          </Link>
        </li>
        <li>
          {touched.length === 0 ? (
            <FormattedMessage id="changes.item.deliverables.none" />
          ) : (
            <FormattedMessage
              id="changes.item.deliverables"
              values={{ titles: intl.formatList(touched, { type: "conjunction" }) }}
            />
          )}
        </li>
        {change.additionalRevisions > 0 ? (
          <li>
            <FormattedMessage
              id="changes.item.extraRounds"
              values={{ count: change.additionalRevisions }}
            />
          </li>
        ) : null}
      </ul>
      {change.pricing ? <Pricing pricing={change.pricing} /> : null}
      <Outcome engagementId={engagement.id} change={change} />
      <ChangeActions engagement={engagement} change={change} currency={currency} />
    </article>
  );
}

function Pricing({ pricing }: { pricing: NonNullable<ChangeRequest["pricing"]> }) {
  const { locale } = useLocale();
  return (
    <div className="stack-sm change-pricing">
      <dl className="details">
        <div>
          <dt>
            <FormattedMessage id="changes.pricing.price" />
          </dt>
          <dd>{formatMoney(pricing.priceMinor, pricing.currency, locale)}</dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="changes.pricing.effort" />
          </dt>
          <dd>
            <FormattedMessage
              id="changes.pricing.effort.value"
              values={{ unit: pricing.effort.unit, quantity: pricing.effort.quantity }}
            />
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="changes.pricing.schedule" />
          </dt>
          <dd>
            <FormattedMessage
              id="changes.pricing.schedule.value"
              values={{ days: pricing.scheduleImpactDays }}
            />
          </dd>
        </div>
      </dl>
      {pricing.note ? (
        <p className="prewrap">
          <FormattedMessage id="changes.pricing.note" values={{ note: pricing.note }} />
        </p>
      ) : null}
      <p className="muted">
        <FormattedMessage
          id="changes.pricing.by"
          values={{
            name: pricing.pricedBy.name,
            date: <FormattedDate key="date" value={pricing.pricedAt} dateStyle="long" />,
          }}
        />
      </p>
    </div>
  );
}

/** How the change was decided and, once approved, how it enters the agreement. */
function Outcome({ engagementId, change }: { engagementId: string; change: ChangeRequest }) {
  const by = change.decidedBy?.name ?? "";
  const date = change.decidedAt ? (
    <FormattedDate key="date" value={change.decidedAt} dateStyle="long" />
  ) : (
    ""
  );
  switch (change.status) {
    case "proposed":
    case "priced":
      return (
        <p className="field-hint">
          <FormattedMessage
            id={change.status === "proposed" ? "changes.next.price" : "changes.next.approve"}
          />
        </p>
      );
    case "declined":
      return (
        <p className="alert alert-error prewrap">
          <FormattedMessage
            id="changes.outcome.declined"
            values={{ name: by, date, reason: change.declineReason ?? "" }}
          />
        </p>
      );
    case "withdrawn":
      return (
        <p className="muted">
          <FormattedMessage id="changes.outcome.withdrawn" values={{ name: by, date }} />
        </p>
      );
    case "approved":
      return (
        <p className="alert alert-info">
          <FormattedMessage
            id="changes.outcome.approved.amendment"
            values={{ name: by, date, version: change.agreementVersion ?? 0 }}
          />{" "}
          <Link to={`/engagements/${engagementId}/agreement`}>
            <FormattedMessage
              id="changes.outcome.signLink"
              values={{ version: change.agreementVersion ?? 0 }}
            />
          </Link>
        </p>
      );
    case "applied":
      return (
        <p className="alert alert-success">
          <FormattedMessage
            id="changes.outcome.applied"
            values={{
              how: change.application ?? "amendment",
              version: change.agreementVersion ?? 0,
              date: change.appliedAt ? (
                <FormattedDate key="applied" value={change.appliedAt} dateStyle="long" />
              ) : (
                date
              ),
            }}
          />
        </p>
      );
  }
}
