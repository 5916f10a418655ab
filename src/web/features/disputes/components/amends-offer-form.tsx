import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { AMENDS_KINDS, OFFERED_BY, type AmendsKind } from "../../../../domain/dispute/amends";
import { FormAlert } from "../../../shared/components/form-alert";
import { SelectField, TextAreaField, TextField } from "../../../shared/components/fields";
import { MoneyField } from "../../../shared/components/money-fields";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { parseMoneyInput } from "../../../shared/lib/money";
import { useOfferAmends } from "../api/change-dispute";
import type { DisputeRecord } from "../dispute-record";
import type { AmendsItem, Dispute } from "../dispute-types";

interface Draft {
  deliverableId: string;
  invoiceId: string;
  credit: string;
  refund: string;
  milestoneId: string;
  dueDate: string;
  apology: string;
}

/**
 * Amends combined as one offer: re-work, a credit note, a partial refund, more time, a written
 * apology. The kinds shown are the ones the reader's side may offer (money and re-work are the
 * provider's); made to a pending offer, it counters it.
 */
export function AmendsOfferForm({
  engagementId,
  mySide,
  dispute,
  record,
  onDone,
}: {
  engagementId: string;
  mySide: "client" | "provider";
  dispute: Dispute;
  record: DisputeRecord;
  onDone: () => void;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  const offer = useOfferAmends(engagementId, dispute.id);
  const kinds = AMENDS_KINDS.filter((kind) => OFFERED_BY[kind].includes(mySide));
  const [chosen, setChosen] = useState<AmendsKind[]>([]);
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft>({
    deliverableId: record.deliverables[0]?.id ?? "",
    invoiceId: record.invoices[0]?.id ?? "",
    credit: "",
    refund: "",
    milestoneId: record.milestones[0]?.id ?? "",
    dueDate: "",
    apology: "",
  });
  const set = (changes: Partial<Draft>) => setDraft({ ...draft, ...changes });
  const has = (kind: AmendsKind) => chosen.includes(kind);

  const itemsOf = (): AmendsItem[] | null => {
    const items: AmendsItem[] = [];
    for (const kind of chosen) {
      if (kind === "rework") items.push({ kind, deliverableId: draft.deliverableId });
      if (kind === "credit_note" || kind === "partial_refund") {
        const text = kind === "credit_note" ? draft.credit : draft.refund;
        const amountMinor = parseMoneyInput(text, record.currency, locale);
        if (amountMinor === null || amountMinor <= 0) return null;
        items.push(
          kind === "credit_note"
            ? { kind, amountMinor, invoiceId: draft.invoiceId }
            : { kind, amountMinor },
        );
      }
      if (kind === "extended_deadline")
        items.push({ kind, milestoneId: draft.milestoneId, dueDate: draft.dueDate });
      if (kind === "apology") items.push({ kind, text: draft.apology });
    }
    return items;
  };

  return (
    <form
      noValidate
      className="card stack-sm"
      aria-label={intl.formatMessage({ id: "disputes.amends.form" })}
      onSubmit={(event) => {
        event.preventDefault();
        const items = itemsOf();
        if (chosen.length === 0)
          return setProblem(intl.formatMessage({ id: "disputes.amends.problem.empty" }));
        if (items === null)
          return setProblem(intl.formatMessage({ id: "disputes.amends.problem.amount" }));
        setProblem(null);
        offer.mutate({ items, note }, { onSuccess: onDone });
      }}
    >
      <FormAlert error={offer.error} problem={problem} />
      <fieldset className="field">
        <legend>
          <FormattedMessage id="disputes.amends.choose" />
        </legend>
        <p className="field-hint">
          <FormattedMessage id="disputes.amends.whoOffers" />
        </p>
        {kinds.map((kind) => (
          <label key={kind} className="choice">
            <input
              type="checkbox"
              checked={has(kind)}
              onChange={(event) =>
                setChosen(
                  event.target.checked ? [...chosen, kind] : chosen.filter((k) => k !== kind),
                )
              }
            />
            <span>{intl.formatMessage({ id: "disputes.amends.kind" }, { kind })}</span>
          </label>
        ))}
      </fieldset>
      {has("rework") ? (
        <SelectField
          label={<FormattedMessage id="disputes.amends.deliverable" />}
          value={draft.deliverableId}
          onChange={(event) => set({ deliverableId: event.target.value })}
        >
          {record.deliverables.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </SelectField>
      ) : null}
      {has("credit_note") ? (
        <>
          <SelectField
            label={<FormattedMessage id="disputes.amends.invoice" />}
            value={draft.invoiceId}
            onChange={(event) => set({ invoiceId: event.target.value })}
          >
            {record.invoices.map((i) => (
              <option key={i.id} value={i.id}>
                {i.number}
              </option>
            ))}
          </SelectField>
          <MoneyField
            label={<FormattedMessage id="disputes.amends.creditAmount" />}
            currency={record.currency}
            value={draft.credit}
            onChange={(credit) => set({ credit })}
          />
        </>
      ) : null}
      {has("partial_refund") ? (
        <MoneyField
          label={<FormattedMessage id="disputes.amends.refundAmount" />}
          currency={record.currency}
          value={draft.refund}
          onChange={(refund) => set({ refund })}
        />
      ) : null}
      {has("extended_deadline") ? (
        <>
          <SelectField
            label={<FormattedMessage id="disputes.amends.milestone" />}
            value={draft.milestoneId}
            onChange={(event) => set({ milestoneId: event.target.value })}
          >
            {record.milestones.map((m) => (
              <option key={m.id} value={m.id}>
                {m.title}
              </option>
            ))}
          </SelectField>
          <TextField
            type="date"
            label={<FormattedMessage id="disputes.amends.dueDate" />}
            value={draft.dueDate}
            onChange={(event) => set({ dueDate: event.target.value })}
          />
        </>
      ) : null}
      {has("apology") ? (
        <TextAreaField
          rows={2}
          label={<FormattedMessage id="disputes.amends.apologyText" />}
          value={draft.apology}
          onChange={(event) => set({ apology: event.target.value })}
        />
      ) : null}
      <TextAreaField
        rows={2}
        label={<FormattedMessage id="disputes.amends.note" />}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="button-row">
        <button type="submit" disabled={offer.isPending}>
          <FormattedMessage id="disputes.amends.submit" />
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          <FormattedMessage id="disputes.form.cancel" />
        </button>
      </div>
    </form>
  );
}
