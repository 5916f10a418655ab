import { FormattedMessage, useIntl } from "react-intl";
import { SelectField, TextField } from "../../../shared/components/fields";
import { CurrencySelect, MoneyField } from "../../../shared/components/money-fields";
import { anchorFor } from "../../../shared/lib/anchors";
import type { RemunerationForm } from "../terms-form-state";
import {
  EFFORT_UNIT_LABELS,
  PRICE_MODELS,
  PRICE_MODEL_LABELS,
  RETAINER_PERIOD_LABELS,
} from "../terms-labels";
import type { TermsEditorProps } from "./deliverables-editor";

/**
 * How the provider is paid: a fixed price, a retainer per period, or time and materials with a
 * rate and an optional cap. The estimated effort lets Accord compare the price with the floor.
 */
export function RemunerationFields({
  scope,
  errorFor,
  value,
  onChange,
}: TermsEditorProps & {
  value: RemunerationForm;
  onChange: (value: RemunerationForm) => void;
}) {
  const intl = useIntl();
  const set = (patch: Partial<RemunerationForm>) => onChange({ ...value, ...patch });
  const isTimeAndMaterials = value.model === "time_and_materials";
  const amountLabel =
    value.model === "fixed"
      ? "terms.remuneration.amount.fixed"
      : value.model === "retainer"
        ? "terms.remuneration.amount.retainer"
        : "terms.remuneration.amount.cap";
  return (
    <fieldset className="field" id={anchorFor(scope, "remuneration")}>
      <legend>
        <FormattedMessage id="terms.remuneration" />
      </legend>
      <div className="form-grid">
        <SelectField
          id={anchorFor(scope, "remuneration.model")}
          label={<FormattedMessage id="terms.remuneration.model" />}
          value={value.model}
          onChange={(event) => set({ model: event.target.value as RemunerationForm["model"] })}
        >
          {PRICE_MODELS.map((model) => (
            <option key={model} value={model}>
              {intl.formatMessage({ id: PRICE_MODEL_LABELS[model] })}
            </option>
          ))}
        </SelectField>
        <CurrencySelect
          id={anchorFor(scope, "remuneration.currency")}
          label={<FormattedMessage id="money.currency" />}
          value={value.currency}
          error={errorFor("remuneration.currency")}
          onChange={(currency) => set({ currency })}
        />
        {value.model === "retainer" ? (
          <SelectField
            label={<FormattedMessage id="terms.remuneration.period" />}
            value={value.retainerPeriod}
            onChange={(event) =>
              set({ retainerPeriod: event.target.value as RemunerationForm["retainerPeriod"] })
            }
          >
            {(["month", "quarter"] as const).map((period) => (
              <option key={period} value={period}>
                {intl.formatMessage({ id: RETAINER_PERIOD_LABELS[period] })}
              </option>
            ))}
          </SelectField>
        ) : null}
        {isTimeAndMaterials ? (
          <MoneyField
            id={anchorFor(scope, "remuneration.rateMinor")}
            label={
              <FormattedMessage id="terms.remuneration.rate" values={{ unit: value.effortUnit }} />
            }
            value={value.rate}
            currency={value.currency}
            error={errorFor("remuneration.rateMinor")}
            onChange={(rate) => set({ rate })}
          />
        ) : null}
        <MoneyField
          id={anchorFor(scope, "remuneration.amountMinor")}
          label={<FormattedMessage id={amountLabel} />}
          value={value.amount}
          currency={value.currency}
          error={errorFor("remuneration.amountMinor")}
          onChange={(amount) => set({ amount })}
        />
      </div>
      {isTimeAndMaterials ? null : (
        <label className="choice">
          <input
            type="checkbox"
            checked={value.hasEffort}
            onChange={(event) => set({ hasEffort: event.target.checked })}
          />
          <span>
            <FormattedMessage id="terms.effort.enable" />
          </span>
        </label>
      )}
      {value.hasEffort || isTimeAndMaterials ? (
        <div className="form-grid">
          <TextField
            id={anchorFor(scope, "remuneration.estimatedEffort")}
            type="number"
            min={0}
            step="any"
            label={<FormattedMessage id="terms.effort.quantity" />}
            value={value.effortQuantity}
            error={errorFor("remuneration.estimatedEffort.quantity")}
            onChange={(event) => set({ effortQuantity: event.target.value })}
          />
          <SelectField
            label={<FormattedMessage id="terms.effort.unit" />}
            value={value.effortUnit}
            onChange={(event) =>
              set({ effortUnit: event.target.value as RemunerationForm["effortUnit"] })
            }
          >
            {(["hour", "day"] as const).map((unit) => (
              <option key={unit} value={unit}>
                {intl.formatMessage({ id: EFFORT_UNIT_LABELS[unit] })}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
    </fieldset>
  );
}
