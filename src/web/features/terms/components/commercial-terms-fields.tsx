import { FormattedMessage } from "react-intl";
import type { CommercialTermsForm } from "../terms-form-state";
import { DeliverablesEditor, type TermsEditorProps } from "./deliverables-editor";
import { MilestonesEditor } from "./milestones-editor";
import { PaymentTermsField, PlanFields } from "./plan-fields";
import { RemunerationFields } from "./remuneration-fields";
import { ResponsibilitiesEditor } from "./responsibilities-editor";

/**
 * The terms a proposal and an agreement share: what is delivered and how it is accepted, when,
 * how the work is run, who provides what, and how and when the provider is paid.
 */
export function CommercialTermsFields({
  scope,
  errorFor,
  form,
  onChange,
  mustHaves,
}: TermsEditorProps & {
  form: CommercialTermsForm;
  onChange: (patch: Partial<CommercialTermsForm>) => void;
  mustHaves?: { id: string; text: string }[];
}) {
  const props = { scope, errorFor };
  return (
    <>
      <DeliverablesEditor
        {...props}
        deliverables={form.deliverables}
        milestones={form.milestones}
        {...(mustHaves && { mustHaves })}
        onChange={(deliverables) => onChange({ deliverables })}
      />
      <MilestonesEditor
        {...props}
        milestones={form.milestones}
        currency={form.remuneration.currency}
        onChange={(milestones) => onChange({ milestones })}
      />
      <PlanFields {...props} form={form} onChange={onChange} />
      <ResponsibilitiesEditor
        {...props}
        path="clientResponsibilities"
        side="client"
        legend={<FormattedMessage id="terms.clientResponsibilities" />}
        items={form.clientResponsibilities}
        onChange={(clientResponsibilities) => onChange({ clientResponsibilities })}
      />
      <ResponsibilitiesEditor
        {...props}
        path="providerResponsibilities"
        side="provider"
        legend={<FormattedMessage id="terms.providerResponsibilities" />}
        items={form.providerResponsibilities}
        onChange={(providerResponsibilities) => onChange({ providerResponsibilities })}
      />
      <RemunerationFields
        {...props}
        value={form.remuneration}
        onChange={(remuneration) => onChange({ remuneration })}
      />
      <PaymentTermsField
        {...props}
        value={form.paymentTermsDays}
        onChange={(paymentTermsDays) => onChange({ paymentTermsDays })}
      />
    </>
  );
}
