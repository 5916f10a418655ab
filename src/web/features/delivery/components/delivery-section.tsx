import { useId, type ReactNode } from "react";
import { FormattedMessage } from "react-intl";
import { Link } from "react-router";
import type {
  DeliverableProgress,
  DeliveryOverview,
  Engagement,
  MilestoneProgress,
} from "../../../shared/api/types";
import { DateOnly } from "../../../shared/components/date-only";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { formatMoney } from "../../../shared/lib/money";
import { useDelivery } from "../api/get-delivery";
import { DeliverableCard } from "./deliverable-card";
import { ScopeSummary } from "./scope-summary";

/** Who may do what here, as the server says: the provider hands work in, the client judges it. */
function permissionsOf(engagement: Engagement) {
  return {
    canSubmit: engagement.abilities.delivery.submit,
    canEvaluate: engagement.abilities.delivery.evaluate,
  };
}

/**
 * Delivery under the agreement in force: the scope summary, then each milestone with its
 * deliverables, their rounds, verdicts and remarks.
 */
export function DeliverySection({ engagement }: { engagement: Engagement }) {
  const delivery = useDelivery(engagement.id);
  if (delivery.isPending) return <Loading />;
  if (delivery.isError)
    return <QueryError error={delivery.error} onRetry={() => void delivery.refetch()} />;
  const data = delivery.data;
  if (data.agreementVersion === null) {
    return (
      <p className="alert alert-info">
        <FormattedMessage id="delivery.noAgreement" />{" "}
        <Link to={`/engagements/${engagement.id}/agreement`}>
          <FormattedMessage id="delivery.noAgreement.link" />
        </Link>
      </p>
    );
  }
  const permissions = permissionsOf(engagement);
  const groups = groupByMilestone(data);
  return (
    <div className="stack-lg">
      <p className="muted">
        <FormattedMessage id="delivery.intro" values={{ version: data.agreementVersion }} />
      </p>
      {data.scope ? <ScopeSummary scope={data.scope} /> : null}
      {groups.map(({ milestone, deliverables }) => (
        <MilestoneGroup
          key={milestone?.id ?? "none"}
          milestone={milestone}
          currency={data.scope?.currency ?? null}
        >
          {deliverables.length === 0 ? (
            <p className="muted">
              <FormattedMessage id="delivery.milestone.noDeliverables" />
            </p>
          ) : (
            deliverables.map((deliverable) => (
              <DeliverableCard
                key={deliverable.id}
                engagementId={engagement.id}
                deliverable={deliverable}
                inForceVersion={data.agreementVersion}
                {...permissions}
              />
            ))
          )}
        </MilestoneGroup>
      ))}
    </div>
  );
}

/** Milestones in the agreement's order, then deliverables tied to no milestone. */
function groupByMilestone(data: DeliveryOverview): {
  milestone: MilestoneProgress | null;
  deliverables: DeliverableProgress[];
}[] {
  const known = new Set(data.milestones.map((m) => m.id));
  const loose = data.deliverables.filter(
    (d) => d.milestoneId === null || !known.has(d.milestoneId),
  );
  return [
    ...data.milestones.map((milestone) => ({
      milestone,
      deliverables: data.deliverables.filter((d) => d.milestoneId === milestone.id),
    })),
    ...(loose.length > 0 ? [{ milestone: null, deliverables: loose }] : []),
  ];
}

function MilestoneGroup({
  milestone,
  currency,
  children,
}: {
  milestone: MilestoneProgress | null;
  currency: string | null;
  children: ReactNode;
}) {
  const { locale } = useLocale();
  const titleId = useId();
  return (
    <section className="stack milestone" aria-labelledby={titleId}>
      <div className="card-head">
        <h2 id={titleId}>
          {milestone ? (
            <FormattedMessage id="delivery.milestone.title" values={{ title: milestone.title }} />
          ) : (
            <FormattedMessage id="delivery.milestone.none" />
          )}
        </h2>
        {milestone ? (
          <span className={milestone.isAccepted ? "badge badge-accepted" : "badge"}>
            <FormattedMessage
              id={milestone.isAccepted ? "delivery.milestone.accepted" : "delivery.milestone.open"}
            />
          </span>
        ) : null}
      </div>
      {milestone ? (
        <p className="muted">
          <FormattedMessage
            id="delivery.milestone.facts"
            values={{
              date: <DateOnly key="date" value={milestone.dueDate} />,
              amount: currency ? formatMoney(milestone.amountMinor, currency, locale) : "",
            }}
          />
        </p>
      ) : null}
      {children}
    </section>
  );
}
