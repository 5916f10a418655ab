import { FormattedMessage } from "react-intl";
import type { WebhookDeliveryStatus } from "../../../shared/api/types";
import { DELIVERY_STATUS_LABELS } from "../webhook-labels";

export function DeliveryStatusBadge({ status }: { status: WebhookDeliveryStatus }) {
  return (
    <span className={`badge badge-webhook-${status}`}>
      <FormattedMessage id={DELIVERY_STATUS_LABELS[status]} />
    </span>
  );
}
