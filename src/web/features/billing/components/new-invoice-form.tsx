import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { useNavigate } from "react-router";
import { computeInvoiceTotals } from "../../../../domain/billing/invoice";
import type { AgreementTerms, CreateInvoiceBody, Invoice } from "../../../shared/api/types";
import { SelectField, TextAreaField, TextField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { CreateInvoiceBody as CreateInvoiceContract } from "../../../../contracts/billing";
import type { TypedText } from "../../../shared/forms/typed-text";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { formatMoney } from "../../../shared/lib/money";
import { useCreateInvoice } from "../api/change-invoice";
import { invoicePagePath } from "../api/get-invoices";
import {
  NEW_INVOICE_SOURCE_LABELS,
  NEW_INVOICE_SOURCES,
  type NewInvoiceSource,
} from "../billing-labels";
import { todayUtc } from "../invoice-rules";
import {
  emptyLine,
  readLineBodies,
  readTaxRate,
  TAX_RATE_DIGITS,
  type LineForm,
} from "../invoice-form-state";
import { recentRetainerPeriods } from "../retainer-periods";
import type { SourceNames } from "../source-names";
import { InvoiceTotals } from "./invoice-totals";
import { LinesEditor, newLineKey } from "./lines-editor";

/** What the form holds: the tax rate as typed, at the body's path, and the typed lines. */
interface NewInvoiceValues {
  taxRateBasisPoints: string;
  lines: LineForm[];
  note: string;
}

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
  const [firstLines] = useState(() => [emptyLine(newLineKey())]);
  const currency = terms.remuneration.currency;
  const options = source === "manual" ? [] : choices[source];
  const choice = options.find((option) => option.value === picked[source]) ?? options[0] ?? null;

  /** The body for the source picked, amounts read from what was typed. */
  const readBody = (values: NewInvoiceValues, text: TypedText): CreateInvoiceBody => {
    if (source === "manual")
      return {
        source: { kind: "manual" },
        lines: readLineBodies(values.lines, currency, text),
        note: values.note,
      };
    const taxRateBasisPoints = text.decimal(
      "taxRateBasisPoints",
      values.taxRateBasisPoints.trim() === "" ? "0" : values.taxRateBasisPoints,
      TAX_RATE_DIGITS,
    );
    const ref = choice?.value ?? "";
    const bodySource: CreateInvoiceBody["source"] =
      source === "milestone"
        ? { kind: source, milestoneId: ref }
        : source === "change_request"
          ? { kind: source, changeRequestId: ref }
          : { kind: source, periodStart: ref };
    return { source: bodySource, taxRateBasisPoints, note: values.note };
  };
  const form = useContractForm<typeof CreateInvoiceContract, NewInvoiceValues>(
    CreateInvoiceContract,
    {
      defaultValues: { taxRateBasisPoints: "0", lines: firstLines, note: "" },
      words: {
        "lines.*.description": { required: "form.invoice.descriptionMissing" },
        "lines.*.quantityMilli": { required: "form.invoice.quantityMissing" },
        "lines.*.unitPriceMinor": { required: "form.invoice.priceMissing" },
      },
      read: readBody,
    },
  );
  const values = form.watch();
  const tax = readTaxRate(values.taxRateBasisPoints, locale);
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

  return (
    <form
      noValidate
      className="stack"
      aria-labelledby="new-invoice-title"
      onSubmit={form.submitWith((body) =>
        create.mutate(body, {
          onSuccess: (invoice) => void navigate(invoicePagePath(engagementId, invoice.id)),
          onError: form.showServerErrors,
        }),
      )}
    >
      <h2 id="new-invoice-title">
        <FormattedMessage id="invoices.new.title" />
      </h2>
      <FormAlert error={create.error} />
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
                  form.clearErrors();
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
          lines={values.lines}
          currency={currency}
          onChange={(lines) => form.change({ lines })}
          errorFor={form.errorOf}
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
            error={form.errorOf(
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
            {...form.field("taxRateBasisPoints")}
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
        {...form.field("note")}
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
