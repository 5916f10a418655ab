import { FormattedMessage, useIntl } from "react-intl";
import { UpdateInvoiceBody as UpdateInvoiceContract } from "../../../../contracts/billing";
import type { Invoice } from "../../../shared/api/types";
import { TextAreaField, TextField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useUpdateInvoice } from "../api/change-invoice";
import {
  formatDecimalInput,
  lineFormOf,
  readLineBodies,
  TAX_RATE_DIGITS,
  type LineForm,
} from "../invoice-form-state";
import { LinesEditor } from "./lines-editor";

/** What the form holds: the lines and the tax rate as typed. */
interface DraftValues {
  lines: LineForm[];
  taxRateBasisPoints: string;
  note: string;
}

/**
 * The provider edits a draft: the note and, on an invoice typed by hand, its lines; an invoice
 * taken from the agreement keeps the agreed amount, and only its tax rate changes.
 */
export function EditDraftForm({
  engagementId,
  invoice,
  onDone,
}: {
  engagementId: string;
  invoice: Invoice;
  onDone: () => void;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  const update = useUpdateInvoice(engagementId, invoice.id);
  const isManual = invoice.source.kind === "manual";
  const form = useContractForm<typeof UpdateInvoiceContract, DraftValues>(UpdateInvoiceContract, {
    defaultValues: {
      lines: invoice.lines.map((line) => lineFormOf(line, invoice.currency, locale)),
      taxRateBasisPoints: formatDecimalInput(
        invoice.lines[0]?.taxRateBasisPoints ?? 0,
        locale,
        TAX_RATE_DIGITS,
      ),
      note: invoice.note,
    },
    words: {
      "lines.*.description": { required: "form.invoice.descriptionMissing" },
      "lines.*.quantityMilli": { required: "form.invoice.quantityMissing" },
      "lines.*.unitPriceMinor": { required: "form.invoice.priceMissing" },
    },
    read: (values, text) =>
      isManual
        ? { lines: readLineBodies(values.lines, invoice.currency, text), note: values.note }
        : {
            taxRateBasisPoints: text.decimal(
              "taxRateBasisPoints",
              values.taxRateBasisPoints.trim() === "" ? "0" : values.taxRateBasisPoints,
              TAX_RATE_DIGITS,
            ),
            note: values.note,
          },
  });
  const lines = form.watch("lines");

  return (
    <form
      noValidate
      className="stack"
      aria-label={intl.formatMessage({ id: "invoices.edit.title" })}
      onSubmit={form.submitWith((body) =>
        update.mutate(body, { onSuccess: onDone, onError: form.showServerErrors }),
      )}
    >
      <FormAlert error={update.error} />
      {isManual ? (
        <LinesEditor
          idPrefix={`edit-${invoice.id}`}
          lines={lines}
          currency={invoice.currency}
          onChange={(changed) => form.change({ lines: changed })}
          errorFor={form.errorOf}
        />
      ) : (
        <TextField
          id={`edit-${invoice.id}-tax`}
          inputMode="decimal"
          autoComplete="off"
          label={<FormattedMessage id="invoices.editor.taxRate" />}
          hint={<FormattedMessage id="invoices.new.taxRate.hint" />}
          {...form.field("taxRateBasisPoints")}
        />
      )}
      <TextAreaField
        id={`edit-${invoice.id}-note`}
        rows={2}
        maxLength={2000}
        label={<FormattedMessage id="invoices.editor.note" />}
        hint={<FormattedMessage id="invoices.editor.note.hint" />}
        {...form.field("note")}
      />
      <div className="button-row">
        <button type="submit" disabled={update.isPending}>
          <FormattedMessage id="invoices.edit.submit" />
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          <FormattedMessage id="invoices.cancel" />
        </button>
      </div>
    </form>
  );
}
