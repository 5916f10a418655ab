import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { VoidInvoiceBody } from "../../../../contracts/billing";
import type { Invoice } from "../../../shared/api/types";
import { ConfirmDialog } from "../../../shared/components/confirm-dialog";
import { TextAreaField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useVoidInvoice } from "../api/change-invoice";
import { VOID_INVOICE_WORDS } from "../invoice-actions-form-state";

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
  const form = useContractForm(VoidInvoiceBody, {
    defaultValues: { reason: "" },
    words: VOID_INVOICE_WORDS,
  });
  // The checked reason, held while the dialog asks whether to go ahead.
  const [confirming, setConfirming] = useState<{ reason: string } | null>(null);
  return (
    <form
      noValidate
      className="stack"
      aria-label={intl.formatMessage({
        id: invoice.status === "draft" ? "invoices.void.draftTitle" : "invoices.void.title",
      })}
      onSubmit={form.submitWith((body) => setConfirming(body))}
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
        {...form.field("reason")}
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
        isOpen={confirming !== null}
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
          if (confirming)
            form.oneAtATime(() =>
              voiding.mutate(confirming, { onSuccess: onDone, onError: form.showServerErrors }),
            );
          setConfirming(null);
        }}
        onCancel={() => setConfirming(null)}
      />
    </form>
  );
}
