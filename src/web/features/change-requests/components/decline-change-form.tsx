import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { ChangeRequest } from "../../../shared/api/types";
import { ConfirmDialog } from "../../../shared/components/confirm-dialog";
import { TextAreaField } from "../../../shared/components/fields";
import { fieldError, FormAlert } from "../../../shared/components/form-alert";
import { useDeclineChange } from "../api/change-change-request";

/** Declines a change with the reason the other side reads. */
export function DeclineChangeForm({
  engagementId,
  change,
  onDone,
}: {
  engagementId: string;
  change: ChangeRequest;
  onDone: () => void;
}) {
  const intl = useIntl();
  const decline = useDeclineChange(engagementId);
  const [reason, setReason] = useState("");
  const [isConfirming, setIsConfirming] = useState(false);
  return (
    <form
      noValidate
      className="stack change-answer"
      aria-label={intl.formatMessage({ id: "changes.decline.title" }, { number: change.number })}
      onSubmit={(event) => {
        event.preventDefault();
        setIsConfirming(true);
      }}
    >
      <FormAlert error={decline.error} />
      <TextAreaField
        id={`decline-${change.id}-reason`}
        rows={3}
        maxLength={5000}
        required
        label={<FormattedMessage id="changes.decline.reason" />}
        value={reason}
        error={fieldError(decline.error, "reason")}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="button-row">
        <button type="submit" className="button-danger" disabled={decline.isPending}>
          <FormattedMessage id="changes.decline.submit" values={{ number: change.number }} />
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          <FormattedMessage id="changes.cancel" />
        </button>
      </div>
      <ConfirmDialog
        isOpen={isConfirming}
        isDanger
        title={
          <FormattedMessage id="confirm.declineChange.title" values={{ number: change.number }} />
        }
        consequence={<FormattedMessage id="confirm.declineChange.body" />}
        confirmLabel={
          <FormattedMessage id="changes.decline.submit" values={{ number: change.number }} />
        }
        onConfirm={() => {
          setIsConfirming(false);
          decline.mutate({ id: change.id, body: { reason } }, { onSuccess: onDone });
        }}
        onCancel={() => setIsConfirming(false)}
      />
    </form>
  );
}
