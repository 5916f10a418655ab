import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { Invoice, UpdateInvoiceBody } from "../../../shared/api/types";
import { TextAreaField, TextField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { useFieldErrors } from "../../../shared/lib/form-errors";
import { useUpdateInvoice } from "../api/change-invoice";
import {
  formatDecimalInput,
  lineFormOf,
  readLines,
  readTaxRate,
  TAX_RATE_DIGITS,
  type LineForm,
} from "../invoice-form-state";
import { LinesEditor } from "./lines-editor";

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
  const [lines, setLines] = useState<LineForm[]>(() =>
    invoice.lines.map((line) => lineFormOf(line, invoice.currency, locale)),
  );
  const [taxRate, setTaxRate] = useState(() =>
    formatDecimalInput(invoice.lines[0]?.taxRateBasisPoints ?? 0, locale, TAX_RATE_DIGITS),
  );
  const [note, setNote] = useState(invoice.note);
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const errorFor = useFieldErrors(update.error, invalid);

  const bodyOf = (): { body: UpdateInvoiceBody; invalid: Set<string> } => {
    if (isManual) {
      const read = readLines(lines, invoice.currency, locale);
      return { body: { lines: read.lines, note }, invalid: read.invalid };
    }
    const tax = readTaxRate(taxRate, locale);
    return {
      body: { taxRateBasisPoints: tax ?? 0, note },
      invalid: new Set(tax === null ? ["taxRateBasisPoints"] : []),
    };
  };

  return (
    <form
      noValidate
      className="stack"
      aria-label={intl.formatMessage({ id: "invoices.edit.title" })}
      onSubmit={(event) => {
        event.preventDefault();
        const built = bodyOf();
        setInvalid(built.invalid);
        if (built.invalid.size > 0) return update.reset();
        update.mutate(built.body, { onSuccess: onDone });
      }}
    >
      <FormAlert
        error={update.error}
        problem={invalid.size > 0 ? intl.formatMessage({ id: "invoices.editor.unreadable" }) : null}
      />
      {isManual ? (
        <LinesEditor
          idPrefix={`edit-${invoice.id}`}
          lines={lines}
          currency={invoice.currency}
          onChange={setLines}
          errorFor={errorFor}
        />
      ) : (
        <TextField
          id={`edit-${invoice.id}-tax`}
          inputMode="decimal"
          autoComplete="off"
          label={<FormattedMessage id="invoices.editor.taxRate" />}
          hint={<FormattedMessage id="invoices.new.taxRate.hint" />}
          value={taxRate}
          error={errorFor("taxRateBasisPoints")}
          onChange={(event) => setTaxRate(event.target.value)}
        />
      )}
      <TextAreaField
        id={`edit-${invoice.id}-note`}
        rows={2}
        maxLength={2000}
        label={<FormattedMessage id="invoices.editor.note" />}
        hint={<FormattedMessage id="invoices.editor.note.hint" />}
        value={note}
        error={errorFor("note")}
        onChange={(event) => setNote(event.target.value)}
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
