import { FormattedMessage, useIntl } from "react-intl";
import { TextField } from "../../../shared/components/fields";
import { MoneyField } from "../../../shared/components/money-fields";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { emptyLine, previewTotals, type LineForm } from "../invoice-form-state";
import { InvoiceTotals } from "./invoice-totals";

let nextLineKey = 0;

/**
 * The lines of an invoice typed by hand, with the totals worked out as they are typed by the
 * same rule the server applies: tax once per rate, rounded to the currency's minor unit.
 */
export function LinesEditor({
  idPrefix,
  lines,
  currency,
  onChange,
  errorFor,
}: {
  idPrefix: string;
  lines: readonly LineForm[];
  currency: string;
  onChange: (lines: LineForm[]) => void;
  errorFor: (path: string) => string | undefined;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  const totals = previewTotals(lines, currency, locale);
  const update = (index: number, change: Partial<LineForm>) =>
    onChange(lines.map((line, i) => (i === index ? { ...line, ...change } : line)));

  return (
    <div className="stack">
      {lines.map((line, index) => {
        const path = `lines.${index}`;
        const id = `${idPrefix}-${line.key}`;
        return (
          <fieldset key={line.key} className="repeated-item invoice-line-form">
            <legend>
              <FormattedMessage id="invoices.editor.line" values={{ number: index + 1 }} />
            </legend>
            <TextField
              id={`${id}-description`}
              maxLength={500}
              label={<FormattedMessage id="invoices.lines.description" />}
              value={line.description}
              error={errorFor(`${path}.description`)}
              onChange={(event) => update(index, { description: event.target.value })}
            />
            <div className="form-grid invoice-line-numbers">
              <TextField
                id={`${id}-quantity`}
                inputMode="decimal"
                autoComplete="off"
                label={<FormattedMessage id="invoices.lines.quantity" />}
                value={line.quantity}
                error={errorFor(`${path}.quantityMilli`)}
                onChange={(event) => update(index, { quantity: event.target.value })}
              />
              <MoneyField
                id={`${id}-price`}
                label={<FormattedMessage id="invoices.editor.unitPrice" values={{ currency }} />}
                value={line.unitPrice}
                currency={currency}
                error={errorFor(`${path}.unitPriceMinor`)}
                onChange={(unitPrice) => update(index, { unitPrice })}
              />
              <TextField
                id={`${id}-tax`}
                inputMode="decimal"
                autoComplete="off"
                label={<FormattedMessage id="invoices.editor.taxRate" />}
                hint={<FormattedMessage id="invoices.editor.taxRate.hint" />}
                value={line.taxRate}
                error={errorFor(`${path}.taxRateBasisPoints`)}
                onChange={(event) => update(index, { taxRate: event.target.value })}
              />
            </div>
            {lines.length > 1 ? (
              <button
                type="button"
                className="button-secondary button-small"
                onClick={() => onChange(lines.filter((_, i) => i !== index))}
              >
                <FormattedMessage id="invoices.editor.removeLine" values={{ number: index + 1 }} />
              </button>
            ) : null}
          </fieldset>
        );
      })}
      {errorFor("lines") ? <p className="field-error">{errorFor("lines")}</p> : null}
      <div>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            nextLineKey += 1;
            // A new line starts with the tax rate of the one above: most invoices use one rate.
            const previous = lines.at(-1)?.taxRate ?? "0";
            onChange([...lines, emptyLine(`new-${nextLineKey}`, previous)]);
          }}
        >
          <FormattedMessage id="invoices.editor.addLine" />
        </button>
      </div>
      <div aria-live="polite">
        {totals ? (
          <InvoiceTotals
            totals={totals}
            label={intl.formatMessage({ id: "invoices.editor.totals" })}
          />
        ) : (
          <p className="field-hint">
            <FormattedMessage id="invoices.editor.totals.empty" />
          </p>
        )}
      </div>
    </div>
  );
}

/** A key for a line added outside the editor (the first line of a new invoice). */
export function newLineKey(): string {
  nextLineKey += 1;
  return `new-${nextLineKey}`;
}
