import { FormattedMessage, useIntl } from "react-intl";
import { SelectField, TextAreaField, TextField } from "../../../shared/components/fields";
import { RepeatedGroup } from "../../../shared/components/list-fields";
import { anchorFor } from "../../../shared/lib/anchors";
import { newDeliverable, type DeliverableForm, type MilestoneForm } from "../terms-form-state";
import { CriteriaEditor } from "./criteria-editor";

export interface TermsEditorProps {
  /** Anchor scope of the editor, so findings can link to its fields. */
  scope: string;
  errorFor: (path: string) => string | undefined;
}

/**
 * Deliverables, each with its acceptance criteria, revision limit, milestone and (for a
 * proposal) the brief's must-haves it covers.
 */
export function DeliverablesEditor({
  scope,
  errorFor,
  deliverables,
  milestones,
  mustHaves,
  onChange,
}: TermsEditorProps & {
  deliverables: DeliverableForm[];
  milestones: MilestoneForm[];
  /** The brief's must-haves; the coverage checkboxes show only when given. */
  mustHaves?: { id: string; text: string }[];
  onChange: (deliverables: DeliverableForm[]) => void;
}) {
  const intl = useIntl();
  return (
    <RepeatedGroup<DeliverableForm>
      id={anchorFor(scope, "deliverables")}
      legend={<FormattedMessage id="terms.deliverables" />}
      hint={<FormattedMessage id="terms.deliverables.hint" />}
      items={deliverables}
      keyOf={(d) => d.id}
      itemLegend={(index) => intl.formatMessage({ id: "terms.deliverable.item" }, { n: index + 1 })}
      addLabel={<FormattedMessage id="terms.deliverable.add" />}
      newItem={newDeliverable}
      onChange={onChange}
      renderItem={(deliverable, update, index) => {
        const path = `deliverables.${index}`;
        return (
          <>
            <TextField
              id={anchorFor(scope, `${path}.title`)}
              label={<FormattedMessage id="terms.deliverable.title" />}
              required
              maxLength={200}
              value={deliverable.title}
              error={errorFor(`${path}.title`)}
              onChange={(event) => update({ ...deliverable, title: event.target.value })}
            />
            <TextAreaField
              id={anchorFor(scope, `${path}.description`)}
              label={<FormattedMessage id="terms.deliverable.description" />}
              maxLength={5000}
              rows={3}
              value={deliverable.description}
              error={errorFor(`${path}.description`)}
              onChange={(event) => update({ ...deliverable, description: event.target.value })}
            />
            <CriteriaEditor
              scope={scope}
              errorFor={errorFor}
              path={`${path}.criteria`}
              deliverableNumber={index + 1}
              criteria={deliverable.criteria}
              onChange={(criteria) => update({ ...deliverable, criteria })}
            />
            <div className="form-grid">
              <TextField
                id={anchorFor(scope, `${path}.revisionLimit`)}
                type="number"
                min={0}
                max={100}
                label={<FormattedMessage id="terms.deliverable.revisionLimit" />}
                hint={<FormattedMessage id="terms.deliverable.revisionLimit.hint" />}
                value={deliverable.revisionLimit}
                error={errorFor(`${path}.revisionLimit`)}
                onChange={(event) => update({ ...deliverable, revisionLimit: event.target.value })}
              />
              <SelectField
                id={anchorFor(scope, `${path}.milestoneId`)}
                label={<FormattedMessage id="terms.deliverable.milestone" />}
                value={deliverable.milestoneId}
                error={errorFor(`${path}.milestoneId`)}
                onChange={(event) => update({ ...deliverable, milestoneId: event.target.value })}
              >
                <option value="">
                  {intl.formatMessage({ id: "terms.deliverable.milestone.none" })}
                </option>
                {milestones.map((milestone, i) => (
                  <option key={milestone.id} value={milestone.id}>
                    {milestone.title ||
                      intl.formatMessage({ id: "terms.milestone.item" }, { n: i + 1 })}
                  </option>
                ))}
              </SelectField>
            </div>
            {mustHaves && mustHaves.length > 0 ? (
              <fieldset className="field" id={anchorFor(scope, `${path}.coversMustHaveIds`)}>
                <legend>
                  <FormattedMessage id="terms.deliverable.covers" />
                </legend>
                {mustHaves.map((mustHave) => (
                  <label key={mustHave.id} className="choice">
                    <input
                      type="checkbox"
                      checked={deliverable.coversMustHaveIds.includes(mustHave.id)}
                      onChange={(event) =>
                        update({
                          ...deliverable,
                          coversMustHaveIds: event.target.checked
                            ? [...deliverable.coversMustHaveIds, mustHave.id]
                            : deliverable.coversMustHaveIds.filter((id) => id !== mustHave.id),
                        })
                      }
                    />
                    <span>{mustHave.text}</span>
                  </label>
                ))}
              </fieldset>
            ) : null}
          </>
        );
      }}
    />
  );
}
