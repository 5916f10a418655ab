import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { Invoice } from "../../../shared/api/types";
import { ConfirmDialog } from "../../../shared/components/confirm-dialog";
import { TextAreaField } from "../../../shared/components/fields";
import { fieldError, FormAlert } from "../../../shared/components/form-alert";
import { useVoidInvoice } from "../api/change-invoice";

/**
 * The provider voids a draft, or an issued invoice nobody has paid on, with a reason the client
 * reads. An issued invoice keeps its number; what it invoiced may be invoiced again.
 */
export function VoidInvoiceForm({
  engagementId,
  invoice,
  onDone,
}: {
  engagementId: string;
  invoice: Invoice;
  onDone: () => void;
}) {
  const intl = useIntl();
  const voiding = useVoidInvoice(engagementId, invoice.id);
  const [reason, setReason] = useState("");
  const [isConfirming, setIsConfirming] = useState(false);
  return (
    <form
      noValidate
      className="stack"
      aria-label={intl.formatMessage({
        id: invoice.status === "draft" ? "invoices.void.draftTitle" : "invoices.void.title",
      })}
      onSubmit={(event) => {
        event.preventDefault();
        setIsConfirming(true);
      }}
    >
      <FormAlert error={voiding.error} />
      <p className="field-hint">
        <FormattedMessage
          id="invoices.void.explain"
          values={{ isIssued: invoice.number === null ? "no" : "yes" }}
        />
      </p>
      <TextAreaField
        id={`void-${invoice.id}-reason`}
        rows={2}
        maxLength={2000}
        required
        label={<FormattedMessage id="invoices.void.reason" />}
        value={reason}
        error={fieldError(voiding.error, "reason")}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="button-row">
        <button type="submit" className="button-danger" disabled={voiding.isPending}>
          <FormattedMessage id="invoices.void.submit" />
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          <FormattedMessage id="invoices.cancel" />
        </button>
      </div>
      <ConfirmDialog
        isOpen={isConfirming}
        isDanger
        title={<FormattedMessage id="confirm.voidInvoice.title" />}
        consequence={
          <FormattedMessage
            id="confirm.voidInvoice.body"
            values={{ isIssued: invoice.number === null ? "no" : "yes" }}
          />
        }
        confirmLabel={<FormattedMessage id="invoices.void.submit" />}
        onConfirm={() => {
          setIsConfirming(false);
          voiding.mutate({ reason }, { onSuccess: onDone });
        }}
        onCancel={() => setIsConfirming(false)}
      />
    </form>
  );
}
