import type { ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { TextField } from "../../../shared/components/fields";
import { TextListField } from "../../../shared/components/list-fields";
import { MoneyField } from "../../../shared/components/money-fields";
import { anchorFor } from "../../../shared/lib/anchors";
import type { AgreementForm } from "../agreement-form-state";

export const AGREEMENT_SCOPE = "agreement";

export interface AgreementFieldsProps {
  form: AgreementForm;
  change: (patch: Partial<AgreementForm>) => void;
  errorFor: (path: string) => string | undefined;
}

export function Checkbox({
  id,
  checked,
  onChange,
  label,
}: {
  id?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: ReactNode;
}) {
  return (
    <label className="choice" id={id}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span>{label}</span>
    </label>
  );
}

/**
 * The rules of the relationship: how fast each side answers, late interest, change control,
 * how long the client has to review, notice and hand-over when parting ways.
 */
export function AgreementRulesFields({ form, change, errorFor }: AgreementFieldsProps) {
  const intl = useIntl();
  const at = (path: string) => anchorFor(AGREEMENT_SCOPE, path);
  return (
    <>
      <fieldset className="field" id={at("responseTimes")}>
        <legend>
          <FormattedMessage id="agreement.responseTimes" />
        </legend>
        <p className="field-hint">
          <FormattedMessage id="agreement.responseTimes.hint" />
        </p>
        <div className="form-grid">
          <TextField
            id={at("responseTimes.clientHours")}
            type="number"
            min={1}
            max={720}
            label={<FormattedMessage id="agreement.responseTimes.client" />}
            value={form.clientHours}
            error={errorFor("responseTimes.clientHours")}
            onChange={(event) => change({ clientHours: event.target.value })}
          />
          <TextField
            id={at("responseTimes.providerHours")}
            type="number"
            min={1}
            max={720}
            label={<FormattedMessage id="agreement.responseTimes.provider" />}
            value={form.providerHours}
            error={errorFor("responseTimes.providerHours")}
            onChange={(event) => change({ providerHours: event.target.value })}
          />
        </div>
      </fieldset>
      <Checkbox
        id={at("statutoryLateInterest")}
        checked={form.statutoryLateInterest}
        onChange={(statutoryLateInterest) => change({ statutoryLateInterest })}
        label={<FormattedMessage id="agreement.lateInterest" />}
      />
      <fieldset className="field" id={at("changeControl")}>
        <legend>
          <FormattedMessage id="agreement.changeControl" />
        </legend>
        <Checkbox
          checked={form.isAmendmentRequired}
          onChange={(isAmendmentRequired) => change({ isAmendmentRequired })}
          label={<FormattedMessage id="agreement.changeControl.amendment" />}
        />
        <MoneyField
          id={at("changeControl.acknowledgementBelowMinor")}
          label={<FormattedMessage id="agreement.changeControl.below" />}
          value={form.acknowledgementBelow}
          currency={form.remuneration.currency}
          error={errorFor("changeControl.acknowledgementBelowMinor")}
          onChange={(acknowledgementBelow) => change({ acknowledgementBelow })}
        />
      </fieldset>
      <fieldset className="field" id={at("review")}>
        <legend>
          <FormattedMessage id="agreement.review" />
        </legend>
        <TextField
          id={at("reviewWindowDays")}
          type="number"
          min={1}
          max={365}
          label={<FormattedMessage id="agreement.reviewWindowDays" />}
          hint={<FormattedMessage id="agreement.reviewWindowDays.hint" />}
          value={form.reviewWindowDays}
          error={errorFor("reviewWindowDays")}
          onChange={(event) => change({ reviewWindowDays: event.target.value })}
        />
        <Checkbox
          id={at("hasDeemedAcceptance")}
          checked={form.hasDeemedAcceptance}
          onChange={(hasDeemedAcceptance) => change({ hasDeemedAcceptance })}
          label={<FormattedMessage id="agreement.deemedAcceptance" />}
        />
      </fieldset>
      <TextField
        id={at("noticePeriodDays")}
        type="number"
        min={0}
        max={365}
        label={<FormattedMessage id="agreement.noticePeriodDays" />}
        hint={<FormattedMessage id="agreement.noticePeriodDays.hint" />}
        value={form.noticePeriodDays}
        error={errorFor("noticePeriodDays")}
        onChange={(event) => change({ noticePeriodDays: event.target.value })}
      />
      <TextListField
        id={at("handOverDuties")}
        legend={<FormattedMessage id="agreement.handOver" />}
        hint={<FormattedMessage id="agreement.handOver.hint" />}
        itemLabel={(index) =>
          intl.formatMessage({ id: "agreement.handOver.item" }, { n: index + 1 })
        }
        addLabel={<FormattedMessage id="agreement.handOver.add" />}
        values={form.handOverDuties}
        onChange={(handOverDuties) => change({ handOverDuties })}
      />
    </>
  );
}
