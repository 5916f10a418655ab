import { FormattedMessage, useIntl } from "react-intl";
import type { Invoice } from "../../../shared/api/types";
import { TextAreaField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { MoneyField } from "../../../shared/components/money-fields";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { formatMoney } from "../../../shared/lib/money";
import { CreditNoteBody } from "../../../../contracts/billing";
import { useIssueCreditNote } from "../api/change-payment";
import {
  CREDIT_NOTE_WORDS,
  readCreditNote,
  type CreditNoteValues,
} from "../credit-note-form-state";
import { creditable, creditNoteHint } from "../invoice-rules";

/**
 * The provider lowers what an issued invoice asks for with a numbered credit note: the
 * invoice itself stays as issued, and the correction has its own number and reason.
 */
export function CreditNoteForm({
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
  const credit = useIssueCreditNote(engagementId, invoice.id);
  const form = useContractForm<typeof CreditNoteBody, CreditNoteValues>(CreditNoteBody, {
    defaultValues: { amountMinor: "", reason: "" },
    words: CREDIT_NOTE_WORDS,
    read: readCreditNote(invoice.currency),
  });
  const open = creditable(invoice);
  return (
    <form
      noValidate
      className="stack"
      aria-label={intl.formatMessage({ id: "invoices.credit.title" })}
      onSubmit={form.submitWith((body) =>
        credit.mutate(body, { onSuccess: onDone, onError: form.showServerErrors }),
      )}
    >
      <FormAlert error={credit.error} />
      <p className="field-hint">
        <FormattedMessage
          id={creditNoteHint(invoice)}
          values={{
            open: formatMoney(open, invoice.currency, locale),
            paid: formatMoney(invoice.paidMinor, invoice.currency, locale),
            outstanding: formatMoney(invoice.outstandingMinor, invoice.currency, locale),
          }}
        />
      </p>
      <MoneyField
        id={`credit-${invoice.id}-amount`}
        label={
          <FormattedMessage id="invoices.credit.amount" values={{ currency: invoice.currency }} />
        }
        value={form.watch("amountMinor")}
        currency={invoice.currency}
        error={form.errorOf("amountMinor")}
        onChange={(amountMinor) => form.change({ amountMinor })}
      />
      <TextAreaField
        id={`credit-${invoice.id}-reason`}
        rows={2}
        maxLength={2000}
        required
        label={<FormattedMessage id="invoices.credit.reason" />}
        {...form.field("reason")}
      />
      <div className="button-row">
        <button type="submit" disabled={credit.isPending}>
          <FormattedMessage id="invoices.credit.submit" />
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          <FormattedMessage id="invoices.cancel" />
        </button>
      </div>
    </form>
  );
}
