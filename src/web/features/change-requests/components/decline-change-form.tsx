import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { ChangeRequest } from "../../../shared/api/types";
import { ConfirmDialog } from "../../../shared/components/confirm-dialog";
import { DeclineChangeBody } from "../../../../contracts/change-requests";
import { TextAreaField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { useContractForm } from "../../../shared/forms/use-contract-form";
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
  const form = useContractForm(DeclineChangeBody, {
    defaultValues: { reason: "" },
    words: { reason: { required: "form.change.declineReasonMissing" } },
  });
  // The checked reason, held while the dialog asks whether to go ahead.
  const [confirming, setConfirming] = useState<{ reason: string } | null>(null);
  return (
    <form
      noValidate
      className="stack change-answer"
      aria-label={intl.formatMessage({ id: "changes.decline.title" }, { number: change.number })}
      onSubmit={form.submitWith((body) => setConfirming(body))}
    >
      <FormAlert error={decline.error} />
      <TextAreaField
        id={`decline-${change.id}-reason`}
        autoFocus
        rows={3}
        maxLength={5000}
        required
        label={<FormattedMessage id="changes.decline.reason" />}
        {...form.field("reason")}
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
        isOpen={confirming !== null}
        isDanger
        title={
          <FormattedMessage id="confirm.declineChange.title" values={{ number: change.number }} />
        }
        consequence={<FormattedMessage id="confirm.declineChange.body" />}
        confirmLabel={
          <FormattedMessage id="changes.decline.submit" values={{ number: change.number }} />
        }
        onConfirm={() => {
          if (confirming) {
            form.oneAtATime(() =>
              decline.mutate(
                { id: change.id, body: confirming },
                { onSuccess: onDone, onError: form.showServerErrors },
              ),
            );
          }
          setConfirming(null);
        }}
        onCancel={() => setConfirming(null)}
      />
    </form>
  );
}
