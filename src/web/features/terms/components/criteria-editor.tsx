import { FormattedMessage, useIntl } from "react-intl";
import { TextField } from "../../../shared/components/fields";
import { RepeatedGroup } from "../../../shared/components/list-fields";
import { anchorFor } from "../../../shared/lib/anchors";
import { newCriterion, type CriterionForm } from "../terms-form-state";
import type { TermsEditorProps } from "./deliverables-editor";

/**
 * A deliverable's acceptance criteria: what must be true, and how anyone can check it. A
 * criterion without a verification method cannot be evaluated objectively, so it is flagged.
 */
export function CriteriaEditor({
  scope,
  errorFor,
  path,
  deliverableNumber,
  criteria,
  onChange,
}: TermsEditorProps & {
  path: string;
  deliverableNumber: number;
  criteria: CriterionForm[];
  onChange: (criteria: CriterionForm[]) => void;
}) {
  const intl = useIntl();
  return (
    <RepeatedGroup<CriterionForm>
      id={anchorFor(scope, path)}
      legend={<FormattedMessage id="terms.criteria" />}
      hint={<FormattedMessage id="terms.criteria.hint" />}
      items={criteria}
      keyOf={(c) => c.id}
      itemLegend={(index) =>
        intl.formatMessage(
          { id: "terms.criterion.item" },
          { n: index + 1, deliverable: deliverableNumber },
        )
      }
      addLabel={<FormattedMessage id="terms.criterion.add" />}
      newItem={newCriterion}
      onChange={onChange}
      renderItem={(criterion, update, index) => (
        <>
          <TextField
            id={anchorFor(scope, `${path}.${index}.statement`)}
            label={<FormattedMessage id="terms.criterion.statement" />}
            required
            maxLength={1000}
            value={criterion.statement}
            error={errorFor(`${path}.${index}.statement`)}
            onChange={(event) => update({ ...criterion, statement: event.target.value })}
          />
          <TextField
            id={anchorFor(scope, `${path}.${index}.verification`)}
            label={<FormattedMessage id="terms.criterion.verification" />}
            hint={<FormattedMessage id="terms.criterion.verification.hint" />}
            maxLength={1000}
            value={criterion.verification}
            error={errorFor(`${path}.${index}.verification`)}
            onChange={(event) => update({ ...criterion, verification: event.target.value })}
          />
        </>
      )}
    />
  );
}
