import { FormattedMessage, useIntl } from "react-intl";
import { TextAreaField, TextField } from "../../../shared/components/fields";
import { TextListField } from "../../../shared/components/list-fields";
import { anchorFor } from "../../../shared/lib/anchors";
import type { CommercialTermsForm } from "../terms-form-state";
import type { TermsEditorProps } from "./deliverables-editor";

/** How the work is run: the methodology and the check-in cadence. */
export function PlanFields({
  scope,
  errorFor,
  form,
  onChange,
}: TermsEditorProps & {
  form: Pick<CommercialTermsForm, "methodology" | "checkInEveryDays" | "channels">;
  onChange: (patch: Partial<CommercialTermsForm>) => void;
}) {
  const intl = useIntl();
  return (
    <>
      <TextAreaField
        id={anchorFor(scope, "methodology")}
        label={<FormattedMessage id="terms.methodology" />}
        hint={<FormattedMessage id="terms.methodology.hint" />}
        maxLength={5000}
        value={form.methodology}
        error={errorFor("methodology")}
        onChange={(event) => onChange({ methodology: event.target.value })}
      />
      <fieldset className="field" id={anchorFor(scope, "cadence")}>
        <legend>
          <FormattedMessage id="terms.cadence" />
        </legend>
        <TextField
          id={anchorFor(scope, "cadence.checkInEveryDays")}
          type="number"
          min={1}
          max={365}
          label={<FormattedMessage id="terms.cadence.every" />}
          value={form.checkInEveryDays}
          error={errorFor("cadence.checkInEveryDays")}
          onChange={(event) => onChange({ checkInEveryDays: event.target.value })}
        />
        <TextListField
          id={anchorFor(scope, "cadence.channels")}
          legend={<FormattedMessage id="terms.cadence.channels" />}
          itemLabel={(index) =>
            intl.formatMessage({ id: "terms.cadence.channel.item" }, { n: index + 1 })
          }
          addLabel={<FormattedMessage id="terms.cadence.channel.add" />}
          values={form.channels}
          maxLength={100}
          onChange={(channels) => onChange({ channels })}
        />
      </fieldset>
    </>
  );
}

/** Days the client has to pay an invoice. */
export function PaymentTermsField({
  scope,
  errorFor,
  value,
  onChange,
}: TermsEditorProps & { value: string; onChange: (value: string) => void }) {
  return (
    <TextField
      id={anchorFor(scope, "paymentTermsDays")}
      type="number"
      min={0}
      max={365}
      label={<FormattedMessage id="terms.paymentTermsDays" />}
      hint={<FormattedMessage id="terms.paymentTermsDays.hint" />}
      value={value}
      error={errorFor("paymentTermsDays")}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
