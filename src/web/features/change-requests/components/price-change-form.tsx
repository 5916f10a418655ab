import { FormattedMessage, useIntl } from "react-intl";
import type { ChangeRequest } from "../../../shared/api/types";
import { SelectField, TextAreaField, TextField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { MoneyField } from "../../../shared/components/money-fields";
import { PriceChangeBody } from "../../../../contracts/change-requests";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { usePriceChange } from "../api/change-change-request";
import { EFFORT_UNIT_OPTION_LABELS, EFFORT_UNITS, type EffortUnit } from "../change-request-labels";

/** What the form holds: numbers as typed, at the body's paths. */
interface PriceValues {
  effort: { unit: EffortUnit; quantity: string };
  priceMinor: string;
  scheduleImpactDays: string;
  note: string;
}

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
  const price = usePriceChange(engagementId);
  const form = useContractForm<typeof PriceChangeBody, PriceValues>(PriceChangeBody, {
    defaultValues: {
      effort: { unit: "day", quantity: "" },
      priceMinor: "",
      scheduleImpactDays: "0",
      note: "",
    },
    words: {
      "effort.quantity": { required: "form.price.effortMissing" },
      priceMinor: { required: "form.price.amountMissing" },
    },
    read: (values, text) => ({
      effort: {
        unit: values.effort.unit,
        quantity: text.number("effort.quantity", values.effort.quantity),
      },
      priceMinor: text.amount("priceMinor", values.priceMinor, currency),
      scheduleImpactDays: text.number("scheduleImpactDays", values.scheduleImpactDays),
      note: values.note,
    }),
  });
  const priceText = form.watch("priceMinor");
  const scope = `price-${change.id}`;

  return (
    <form
      noValidate
      className="stack change-answer"
      aria-label={intl.formatMessage({ id: "changes.price.title" }, { number: change.number })}
      onSubmit={form.submitWith((body) =>
        price.mutate(
          { id: change.id, body },
          { onSuccess: onDone, onError: form.showServerErrors },
        ),
      )}
    >
      <FormAlert error={price.error} />
      <div className="form-grid">
        <TextField
          id={`${scope}-quantity`}
          autoFocus
          type="number"
          min={0}
          step="any"
          inputMode="decimal"
          label={<FormattedMessage id="changes.price.effort" />}
          {...form.field("effort.quantity")}
        />
        <SelectField
          id={`${scope}-unit`}
          label={<FormattedMessage id="changes.price.unit" />}
          {...form.field("effort.unit")}
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
        value={priceText}
        currency={currency}
        error={form.errorOf("priceMinor")}
        onChange={(priceMinor) => form.change({ priceMinor })}
      />
      <TextField
        id={`${scope}-days`}
        type="number"
        min={0}
        max={3650}
        label={<FormattedMessage id="changes.price.scheduleImpact" />}
        hint={<FormattedMessage id="changes.price.scheduleImpact.hint" />}
        {...form.field("scheduleImpactDays")}
      />
      <TextAreaField
        id={`${scope}-note`}
        rows={2}
        maxLength={5000}
        label={<FormattedMessage id="changes.price.note" />}
        {...form.field("note")}
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
