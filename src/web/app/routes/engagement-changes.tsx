import { FormattedMessage } from "react-intl";
import { Link, useSearchParams } from "react-router";
import type { ProposeChangePrefill } from "../../features/change-requests/components/propose-change-form";
import { ChangesSection } from "../../features/change-requests/components/changes-section";
import { useDelivery } from "../../features/delivery/api/get-delivery";
import { Loading, QueryError } from "../../shared/components/query-state";
import { useEngagementContext } from "./engagement";

/** `?deliverable=<id>&rounds=<n>`: a link that opens the proposal form for that deliverable. */
function prefillOf(search: URLSearchParams): ProposeChangePrefill | null {
  const deliverable = search.get("deliverable");
  if (!deliverable) return null;
  const rounds = Number(search.get("rounds") ?? 0);
  return {
    deliverableIds: [deliverable],
    additionalRevisions: Number.isInteger(rounds) && rounds >= 0 && rounds <= 20 ? rounds : 0,
  };
}

/**
 * Changes are made to the agreement in force: the delivery overview gives its deliverables,
 * which a change may touch, and its currency, in which changes are priced.
 */
export function EngagementChangesRoute() {
  const { engagement } = useEngagementContext();
  const delivery = useDelivery(engagement.id);
  const [search] = useSearchParams();
  if (delivery.isPending) return <Loading />;
  if (delivery.isError)
    return <QueryError error={delivery.error} onRetry={() => void delivery.refetch()} />;
  const { scope, deliverables } = delivery.data;
  if (!scope) {
    return (
      <p className="alert alert-info">
        <FormattedMessage id="changes.noAgreement" />{" "}
        <Link to={`/engagements/${engagement.id}/agreement`}>
          <FormattedMessage id="delivery.noAgreement.link" />
        </Link>
      </p>
    );
  }
  return (
    <ChangesSection
      engagement={engagement}
      deliverables={deliverables.map(({ id, title }) => ({ id, title }))}
      currency={scope.currency}
      prefill={prefillOf(search)}
    />
  );
}
