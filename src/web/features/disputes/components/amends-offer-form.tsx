import { FormattedMessage, useIntl } from "react-intl";
import { OfferAmendsBody } from "../../../../contracts/disputes";
import { AMENDS_KINDS, OFFERED_BY, type AmendsKind } from "../../../../domain/dispute/amends";
import { FormAlert } from "../../../shared/components/form-alert";
import { SelectField, TextAreaField, TextField } from "../../../shared/components/fields";
import { MoneyField } from "../../../shared/components/money-fields";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useOfferAmends } from "../api/change-dispute";
import { AMENDS_WORDS, itemPath, readAmends, type AmendsValues } from "../amends-form-state";
import type { DisputeRecord } from "../dispute-record";
import type { Dispute } from "../dispute-types";

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
  const offer = useOfferAmends(engagementId, dispute.id);
  const kinds = AMENDS_KINDS.filter((kind) => OFFERED_BY[kind].includes(mySide));
  const form = useContractForm<typeof OfferAmendsBody, AmendsValues>(OfferAmendsBody, {
    defaultValues: {
      chosen: [],
      deliverableId: record.deliverables[0]?.id ?? "",
      invoiceId: record.invoices[0]?.id ?? "",
      credit: "",
      refund: "",
      milestoneId: record.milestones[0]?.id ?? "",
      dueDate: "",
      apology: "",
      note: "",
    },
    words: AMENDS_WORDS,
    read: readAmends(record.currency),
  });
  const chosen = form.watch("chosen");
  const has = (kind: AmendsKind) => chosen.includes(kind);
  /** The message of a kind's field, named at its item's path in the offer. */
  const errorOf = (kind: AmendsKind, field: string) =>
    form.errorOf(`${itemPath(chosen, kind)}.${field}`);
  const kindsError = form.errorOf("items");

  return (
    <form
      noValidate
      className="card stack-sm"
      aria-label={intl.formatMessage({ id: "disputes.amends.form" })}
      onSubmit={form.submitWith((body) =>
        offer.mutate(body, { onSuccess: onDone, onError: form.showServerErrors }),
      )}
    >
      <FormAlert error={offer.error} />
      <fieldset
        className={kindsError ? "field field-invalid" : "field"}
        aria-describedby={kindsError ? `amends-${dispute.id}-kinds-error` : undefined}
      >
        <legend>
          <FormattedMessage id="disputes.amends.choose" />
        </legend>
        <p className="field-hint">
          <FormattedMessage id="disputes.amends.whoOffers" />
        </p>
        {kinds.map((kind, index) => (
          <label key={kind} className="choice">
            <input
              autoFocus={index === 0}
              type="checkbox"
              checked={has(kind)}
              onChange={(event) =>
                form.change({
                  chosen: event.target.checked
                    ? [...chosen, kind]
                    : chosen.filter((k) => k !== kind),
                })
              }
            />
            <span>{intl.formatMessage({ id: "disputes.amends.kind" }, { kind })}</span>
          </label>
        ))}
        {kindsError ? (
          <p className="field-error" id={`amends-${dispute.id}-kinds-error`}>
            {kindsError}
          </p>
        ) : null}
      </fieldset>
      {has("rework") ? (
        <SelectField
          label={<FormattedMessage id="disputes.amends.deliverable" />}
          error={errorOf("rework", "deliverableId")}
          {...form.register("deliverableId")}
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
            error={errorOf("credit_note", "invoiceId")}
            {...form.register("invoiceId")}
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
            value={form.watch("credit")}
            error={errorOf("credit_note", "amountMinor")}
            onChange={(credit) => form.change({ credit })}
          />
        </>
      ) : null}
      {has("partial_refund") ? (
        <MoneyField
          label={<FormattedMessage id="disputes.amends.refundAmount" />}
          currency={record.currency}
          value={form.watch("refund")}
          error={errorOf("partial_refund", "amountMinor")}
          onChange={(refund) => form.change({ refund })}
        />
      ) : null}
      {has("extended_deadline") ? (
        <>
          <SelectField
            label={<FormattedMessage id="disputes.amends.milestone" />}
            error={errorOf("extended_deadline", "milestoneId")}
            {...form.register("milestoneId")}
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
            required
            error={errorOf("extended_deadline", "dueDate")}
            {...form.register("dueDate")}
          />
        </>
      ) : null}
      {has("apology") ? (
        <TextAreaField
          rows={2}
          label={<FormattedMessage id="disputes.amends.apologyText" />}
          required
          error={errorOf("apology", "text")}
          {...form.register("apology")}
        />
      ) : null}
      <TextAreaField
        rows={2}
        label={<FormattedMessage id="disputes.amends.note" />}
        {...form.field("note")}
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
