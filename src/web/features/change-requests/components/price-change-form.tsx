import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { ChangeRequest } from "../../../shared/api/types";
import { SelectField, TextAreaField, TextField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { MoneyField } from "../../../shared/components/money-fields";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { AmountReader, useFieldErrors } from "../../../shared/lib/form-errors";
import { parseMoneyInput } from "../../../shared/lib/money";
import { usePriceChange } from "../api/change-change-request";
import { EFFORT_UNIT_OPTION_LABELS, EFFORT_UNITS, type EffortUnit } from "../change-request-labels";

/**
 * The provider prices a proposed change: the effort it takes, the price in the agreement's
 * currency, how many days it moves the milestones it touches, and a note.
 */
export function PriceChangeForm({
  engagementId,
  change,
  currency,
  onDone,
}: {
  engagementId: string;
  change: ChangeRequest;
  currency: string;
  onDone: () => void;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  const price = usePriceChange(engagementId);
  const [quantity, setQuantity] = useState("");
  const [unit, setUnit] = useState<EffortUnit>("day");
  const [amount, setAmount] = useState("");
  const [days, setDays] = useState("0");
  const [note, setNote] = useState("");
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const errorFor = useFieldErrors(price.error, invalid);
  const scope = `price-${change.id}`;

  return (
    <form
      noValidate
      className="stack change-answer"
      aria-label={intl.formatMessage({ id: "changes.price.title" }, { number: change.number })}
      onSubmit={(event) => {
        event.preventDefault();
        const amounts = new AmountReader((text, code) => parseMoneyInput(text, code, locale));
        const priceMinor = amounts.required("priceMinor", amount, currency);
        setInvalid(amounts.invalid);
        if (amounts.invalid.size > 0) return price.reset();
        price.mutate(
          {
            id: change.id,
            body: {
              effort: { unit, quantity: Number(quantity) },
              priceMinor,
              scheduleImpactDays: Number(days),
              note,
            },
          },
          { onSuccess: onDone },
        );
      }}
    >
      <FormAlert
        error={price.error}
        problem={invalid.size > 0 ? intl.formatMessage({ id: "money.invalid.summary" }) : null}
      />
      <div className="form-grid">
        <TextField
          id={`${scope}-quantity`}
          type="number"
          min={0}
          step="any"
          inputMode="decimal"
          label={<FormattedMessage id="changes.price.effort" />}
          value={quantity}
          error={errorFor("effort.quantity")}
          onChange={(event) => setQuantity(event.target.value)}
        />
        <SelectField
          id={`${scope}-unit`}
          label={<FormattedMessage id="changes.price.unit" />}
          value={unit}
          error={errorFor("effort.unit")}
          onChange={(event) => setUnit(event.target.value as EffortUnit)}
        >
          {EFFORT_UNITS.map((option) => (
            <option key={option} value={option}>
              {intl.formatMessage({ id: EFFORT_UNIT_OPTION_LABELS[option] })}
            </option>
          ))}
        </SelectField>
      </div>
      <MoneyField
        id={`${scope}-amount`}
        label={<FormattedMessage id="changes.price.amount" values={{ currency }} />}
        value={amount}
        currency={currency}
        error={errorFor("priceMinor")}
        onChange={setAmount}
      />
      <TextField
        id={`${scope}-days`}
        type="number"
        min={0}
        max={3650}
        label={<FormattedMessage id="changes.price.scheduleImpact" />}
        hint={<FormattedMessage id="changes.price.scheduleImpact.hint" />}
        value={days}
        error={errorFor("scheduleImpactDays")}
        onChange={(event) => setDays(event.target.value)}
      />
      <TextAreaField
        id={`${scope}-note`}
        rows={2}
        maxLength={5000}
        label={<FormattedMessage id="changes.price.note" />}
        value={note}
        error={errorFor("note")}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="button-row">
        <button type="submit" disabled={price.isPending}>
          <FormattedMessage id="changes.price.submit" values={{ number: change.number }} />
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          <FormattedMessage id="changes.cancel" />
        </button>
      </div>
    </form>
  );
}
