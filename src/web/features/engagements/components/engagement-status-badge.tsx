import { FormattedMessage } from "react-intl";
import type { EngagementStatus } from "../../../shared/api/types";
import { ENGAGEMENT_STATUS_LABELS } from "../engagement-labels";

export function EngagementStatusBadge({ status }: { status: EngagementStatus }) {
  return (
    <span className={`badge badge-${status}`}>
      <FormattedMessage id={ENGAGEMENT_STATUS_LABELS[status]} />
    </span>
  );
}
