import { FormattedMessage, useIntl } from "react-intl";
import { SelectField } from "../../../shared/components/fields";
import { RepeatedGroup } from "../../../shared/components/list-fields";
import { CurrencySelect, MoneyField } from "../../../shared/components/money-fields";
import { anchorFor } from "../../../shared/lib/anchors";
import {
  newRate,
  type FloorUnit,
  type ProfileForm,
  type RateForm,
  type RateUnit,
} from "../profile-form-state";
import { RATE_UNITS, RATE_UNIT_LABELS } from "../profile-labels";

const SCOPE = "profile";

/** The provider's rates, each per hour, day or deliverable, and the floor under which it will not work. */
export function RatesFields({
  form,
  onChange,
  errorFor,
}: {
  form: ProfileForm;
  onChange: (patch: Partial<ProfileForm>) => void;
  errorFor: (path: string) => string | undefined;
}) {
  const intl = useIntl();
  return (
    <>
      <RepeatedGroup<RateForm>
        id={anchorFor(SCOPE, "rates")}
        legend={<FormattedMessage id="profile.rates.legend" />}
        items={form.rates}
        keyOf={(rate) => rate.key}
        itemLegend={(index) => intl.formatMessage({ id: "profile.rates.item" }, { n: index + 1 })}
        addLabel={<FormattedMessage id="profile.rates.add" />}
        newItem={() => newRate(form.rates.at(-1)?.currency)}
        onChange={(rates) => onChange({ rates })}
        renderItem={(rate, update, index) => (
          <div className="form-grid">
            <SelectField
              label={<FormattedMessage id="profile.rate.unit" />}
              value={rate.unit}
              onChange={(event) => update({ ...rate, unit: event.target.value as RateUnit })}
            >
              {RATE_UNITS.map((unit) => (
                <option key={unit} value={unit}>
                  {intl.formatMessage({ id: RATE_UNIT_LABELS[unit] })}
                </option>
              ))}
            </SelectField>
            <MoneyField
              id={anchorFor(SCOPE, `rates.${index}.amountMinor`)}
              label={<FormattedMessage id="profile.rate.amount" />}
              value={rate.amount}
              currency={rate.currency}
              error={errorFor(`rates.${index}.amountMinor`)}
              onChange={(amount) => update({ ...rate, amount })}
            />
            <CurrencySelect
              label={<FormattedMessage id="money.currency" />}
              value={rate.currency}
              error={errorFor(`rates.${index}.currency`)}
              onChange={(currency) => update({ ...rate, currency })}
            />
          </div>
        )}
      />
      <fieldset className="field" id={anchorFor(SCOPE, "floorRate")}>
        <legend>
          <FormattedMessage id="profile.floor.legend" />
        </legend>
        <p className="field-hint">
          <FormattedMessage id="profile.floor.hint" />
        </p>
        <label className="choice">
          <input
            type="checkbox"
            checked={form.hasFloor}
            onChange={(event) => onChange({ hasFloor: event.target.checked })}
          />
          <span>
            <FormattedMessage id="profile.floor.enable" />
          </span>
        </label>
        {form.hasFloor ? (
          <div className="form-grid">
            <MoneyField
              id={anchorFor(SCOPE, "floorRate.amountMinor")}
              label={<FormattedMessage id="profile.floor.amount" />}
              value={form.floorAmount}
              currency={form.floorCurrency}
              error={errorFor("floorRate.amountMinor")}
              onChange={(floorAmount) => onChange({ floorAmount })}
            />
            <CurrencySelect
              label={<FormattedMessage id="money.currency" />}
              value={form.floorCurrency}
              onChange={(floorCurrency) => onChange({ floorCurrency })}
            />
            <SelectField
              label={<FormattedMessage id="profile.rate.unit" />}
              value={form.floorUnit}
              onChange={(event) => onChange({ floorUnit: event.target.value as FloorUnit })}
            >
              <option value="hour">{intl.formatMessage({ id: RATE_UNIT_LABELS.hour })}</option>
              <option value="day">{intl.formatMessage({ id: RATE_UNIT_LABELS.day })}</option>
            </SelectField>
          </div>
        ) : null}
      </fieldset>
    </>
  );
}
