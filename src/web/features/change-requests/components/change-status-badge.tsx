import { FormattedMessage } from "react-intl";
import type { ChangeRequestStatus } from "../../../shared/api/types";
import { CHANGE_STATUS_LABELS } from "../change-request-labels";

export function ChangeStatusBadge({ status }: { status: ChangeRequestStatus }) {
  return (
    <span className={`badge badge-change-${status}`}>
      <FormattedMessage id={CHANGE_STATUS_LABELS[status]} />
    </span>
  );
}
