import { FormattedMessage, useIntl } from "react-intl";
import { TextField } from "../../../shared/components/fields";
import { RepeatedGroup } from "../../../shared/components/list-fields";
import { MoneyField } from "../../../shared/components/money-fields";
import { anchorFor } from "../../../shared/lib/anchors";
import { newMilestone, type MilestoneForm } from "../terms-form-state";
import type { TermsEditorProps } from "./deliverables-editor";

/** Milestones with their due dates and what falls due for payment when each is accepted. */
export function MilestonesEditor({
  scope,
  errorFor,
  milestones,
  currency,
  onChange,
}: TermsEditorProps & {
  milestones: MilestoneForm[];
  currency: string;
  onChange: (milestones: MilestoneForm[]) => void;
}) {
  const intl = useIntl();
  return (
    <RepeatedGroup<MilestoneForm>
      id={anchorFor(scope, "milestones")}
      legend={<FormattedMessage id="terms.milestones" />}
      items={milestones}
      keyOf={(m) => m.id}
      itemLegend={(index) => intl.formatMessage({ id: "terms.milestone.item" }, { n: index + 1 })}
      addLabel={<FormattedMessage id="terms.milestone.add" />}
      newItem={newMilestone}
      onChange={onChange}
      renderItem={(milestone, update, index) => (
        <div className="form-grid">
          <TextField
            id={anchorFor(scope, `milestones.${index}.title`)}
            label={<FormattedMessage id="terms.milestone.title" />}
            required
            maxLength={200}
            value={milestone.title}
            error={errorFor(`milestones.${index}.title`)}
            onChange={(event) => update({ ...milestone, title: event.target.value })}
          />
          <TextField
            id={anchorFor(scope, `milestones.${index}.dueDate`)}
            type="date"
            required
            label={<FormattedMessage id="terms.milestone.dueDate" />}
            value={milestone.dueDate}
            error={errorFor(`milestones.${index}.dueDate`)}
            onChange={(event) => update({ ...milestone, dueDate: event.target.value })}
          />
          <MoneyField
            id={anchorFor(scope, `milestones.${index}.amountMinor`)}
            label={<FormattedMessage id="terms.milestone.amount" />}
            value={milestone.amount}
            currency={currency}
            error={errorFor(`milestones.${index}.amountMinor`)}
            onChange={(amount) => update({ ...milestone, amount })}
          />
        </div>
      )}
    />
  );
}
