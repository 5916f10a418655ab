import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { useNavigate } from "react-router";
import { computeInvoiceTotals } from "../../../../domain/billing/invoice";
import type { AgreementTerms, CreateInvoiceBody, Invoice } from "../../../shared/api/types";
import { SelectField, TextAreaField, TextField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { useFieldErrors } from "../../../shared/lib/form-errors";
import { formatMoney } from "../../../shared/lib/money";
import { useCreateInvoice } from "../api/change-invoice";
import { invoicePagePath } from "../api/get-invoices";
import {
  NEW_INVOICE_SOURCE_LABELS,
  NEW_INVOICE_SOURCES,
  type NewInvoiceSource,
} from "../billing-labels";
import { todayUtc } from "../invoice-rules";
import { emptyLine, readLines, readTaxRate, type LineForm } from "../invoice-form-state";
import { recentRetainerPeriods } from "../retainer-periods";
import type { SourceNames } from "../source-names";
import { InvoiceTotals } from "./invoice-totals";
import { LinesEditor, newLineKey } from "./lines-editor";

interface Choice {
  value: string;
  label: string;
  amountMinor: number | null;
}

/** What is left to invoice from each source: what the agreement makes due, not yet invoiced. */
function useChoices(
  names: SourceNames,
  invoices: readonly Invoice[],
  terms: AgreementTerms,
): Record<Exclude<NewInvoiceSource, "manual">, Choice[]> {
  const intl = useIntl();
  const { locale } = useLocale();
  const invoiced = new Set(
    invoices
      .filter((invoice) => invoice.status !== "void" && invoice.source.ref !== null)
      .map((invoice) => `${invoice.source.kind}:${invoice.source.ref}`),
  );
  const isFree = (kind: string, ref: string) => !invoiced.has(`${kind}:${ref}`);
  const date = (day: string) =>
    intl.formatDate(`${day}T00:00:00Z`, { dateStyle: "medium", timeZone: "UTC" });
  const currency = terms.remuneration.currency;
  const priced = (label: string, amountMinor: number | null) =>
    amountMinor === null ? label : `${label} · ${formatMoney(amountMinor, currency, locale)}`;
  const isRetainer = terms.remuneration.model === "retainer";
  return {
    milestone: [...names.milestones]
      .filter(([id, m]) => m.isAccepted && isFree("milestone", id))
      .map(([id, m]) => ({
        value: id,
        label: priced(m.title, m.amountMinor),
        amountMinor: m.amountMinor,
      })),
    change_request: [...names.changes]
      .filter(([id, c]) => c.isApproved && isFree("change_request", id))
      .map(([id, c]) => ({
        value: id,
        label: priced(
          intl.formatMessage({ id: "changes.item.title" }, { number: c.number, title: c.title }),
          c.priceMinor,
        ),
        amountMinor: c.priceMinor,
      })),
    retainer: isRetainer
      ? recentRetainerPeriods(todayUtc(), terms.remuneration.retainerPeriod, 12)
          .filter((period) => isFree("retainer", period.start))
          .map((period) => ({
            value: period.start,
            label: priced(
              intl.formatMessage(
                { id: "invoices.new.period" },
                { start: date(period.start), end: date(period.end) },
              ),
              terms.remuneration.amountMinor,
            ),
            amountMinor: terms.remuneration.amountMinor,
          }))
      : [],
  };
}

/**
 * The provider drafts an invoice: from an accepted milestone, an approved change request or a
 * retainer period (at the amount the agreement sets, with a tax rate), or by hand, line by line.
 * The draft opens on its own page, where it is checked, edited and issued.
 */
export function NewInvoiceForm({
  engagementId,
  terms,
  names,
  invoices,
}: {
  engagementId: string;
  terms: AgreementTerms;
  names: SourceNames;
  invoices: readonly Invoice[];
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const create = useCreateInvoice(engagementId);
  const choices = useChoices(names, invoices, terms);
  const sources = NEW_INVOICE_SOURCES.filter(
    (source) => source !== "retainer" || terms.remuneration.model === "retainer",
  );
  // Until the provider picks, the form offers what is most likely due: an accepted milestone.
  const [pickedSource, setSource] = useState<NewInvoiceSource | null>(null);
  const source = pickedSource ?? (choices.milestone.length > 0 ? "milestone" : "manual");
  const [picked, setPicked] = useState<Partial<Record<NewInvoiceSource, string>>>({});
  const [taxRate, setTaxRate] = useState("0");
  const [lines, setLines] = useState<LineForm[]>(() => [emptyLine(newLineKey())]);
  const [note, setNote] = useState("");
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const errorFor = useFieldErrors(create.error, invalid);
  const currency = terms.remuneration.currency;

  const options = source === "manual" ? [] : choices[source];
  const choice = options.find((option) => option.value === picked[source]) ?? options[0] ?? null;
  const tax = readTaxRate(taxRate, locale);
  const preview =
    source !== "manual" && choice && choice.amountMinor !== null && tax !== null
      ? computeInvoiceTotals(
          [
            {
              description: choice.label,
              quantityMilli: 1000,
              unitPriceMinor: choice.amountMinor,
              taxRateBasisPoints: tax,
            },
          ],
          currency,
        )
      : null;

  const bodyOf = (): { body: CreateInvoiceBody; invalid: Set<string> } | null => {
    if (source === "manual") {
      const read = readLines(lines, currency, locale);
      return {
        body: { source: { kind: "manual" }, lines: read.lines, note },
        invalid: read.invalid,
      };
    }
    if (!choice) return null;
    const invalidTax = new Set(tax === null ? ["taxRateBasisPoints"] : []);
    const taxRateBasisPoints = tax ?? 0;
    switch (source) {
      case "milestone":
        return {
          body: { source: { kind: source, milestoneId: choice.value }, taxRateBasisPoints, note },
          invalid: invalidTax,
        };
      case "change_request":
        return {
          body: {
            source: { kind: source, changeRequestId: choice.value },
            taxRateBasisPoints,
            note,
          },
          invalid: invalidTax,
        };
      case "retainer":
        return {
          body: { source: { kind: source, periodStart: choice.value }, taxRateBasisPoints, note },
          invalid: invalidTax,
        };
    }
  };

  return (
    <form
      noValidate
      className="stack"
      aria-labelledby="new-invoice-title"
      onSubmit={(event) => {
        event.preventDefault();
        const built = bodyOf();
        if (!built) return;
        setInvalid(built.invalid);
        if (built.invalid.size > 0) return create.reset();
        create.mutate(built.body, {
          onSuccess: (invoice) => void navigate(invoicePagePath(engagementId, invoice.id)),
        });
      }}
    >
      <h2 id="new-invoice-title">
        <FormattedMessage id="invoices.new.title" />
      </h2>
      <FormAlert
        error={create.error}
        problem={invalid.size > 0 ? intl.formatMessage({ id: "invoices.editor.unreadable" }) : null}
      />
      <fieldset className="field">
        <legend>
          <FormattedMessage id="invoices.new.source" />
        </legend>
        <div className="choice-row">
          {sources.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name="invoice-source"
                value={option}
                checked={source === option}
                onChange={() => {
                  setSource(option);
                  setInvalid(new Set());
                  create.reset();
                }}
              />
              <FormattedMessage id={NEW_INVOICE_SOURCE_LABELS[option]} />
            </label>
          ))}
        </div>
      </fieldset>

      {source === "manual" ? (
        <LinesEditor
          idPrefix="new-invoice"
          lines={lines}
          currency={currency}
          onChange={setLines}
          errorFor={errorFor}
        />
      ) : options.length === 0 ? (
        <p className="alert alert-info">
          <FormattedMessage id="invoices.new.nothingDue" values={{ source }} />
        </p>
      ) : (
        <>
          <SelectField
            id="new-invoice-choice"
            label={<FormattedMessage id="invoices.new.pick" values={{ source }} />}
            value={choice?.value ?? ""}
            error={errorFor(
              source === "milestone"
                ? "source.milestoneId"
                : source === "change_request"
                  ? "source.changeRequestId"
                  : "source.periodStart",
            )}
            onChange={(event) => setPicked({ ...picked, [source]: event.target.value })}
          >
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </SelectField>
          <TextField
            id="new-invoice-tax"
            inputMode="decimal"
            autoComplete="off"
            label={<FormattedMessage id="invoices.editor.taxRate" />}
            hint={<FormattedMessage id="invoices.new.taxRate.hint" />}
            value={taxRate}
            error={errorFor("taxRateBasisPoints")}
            onChange={(event) => setTaxRate(event.target.value)}
          />
          {preview?.ok ? (
            <InvoiceTotals
              totals={preview.totals}
              label={intl.formatMessage({ id: "invoices.editor.totals" })}
            />
          ) : null}
        </>
      )}

      <TextAreaField
        id="new-invoice-note"
        rows={2}
        maxLength={2000}
        label={<FormattedMessage id="invoices.editor.note" />}
        hint={<FormattedMessage id="invoices.editor.note.hint" />}
        value={note}
        error={errorFor("note")}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="button-row">
        <button
          type="submit"
          disabled={create.isPending || (source !== "manual" && options.length === 0)}
        >
          <FormattedMessage id="invoices.new.submit" />
        </button>
      </div>
    </form>
  );
}
