import { FormattedMessage, useIntl } from "react-intl";
import { TextField } from "../../../shared/components/fields";
import { RepeatedGroup } from "../../../shared/components/list-fields";
import { CurrencySelect, MoneyField } from "../../../shared/components/money-fields";
import { anchorFor } from "../../../shared/lib/anchors";
import { SkillPicker } from "../../taxonomy/components/skill-picker";
import { newClientPerson, type ClientPersonForm } from "../brief-form-state";
import { BRIEF_SCOPE, type BriefFieldsProps } from "./brief-purpose-fields";

/** What the client can reach: skills needed, budget, its own people's time, and dates. */
export function BriefResourcesFields({ form, change, errorFor }: BriefFieldsProps) {
  const intl = useIntl();
  return (
    <>
      <SkillPicker
        id={anchorFor(BRIEF_SCOPE, "skillIds")}
        legend={<FormattedMessage id="brief.field.skills" />}
        hint={<FormattedMessage id="brief.field.skills.hint" />}
        value={form.skillIds}
        onChange={(skillIds) => change({ skillIds })}
      />
      <fieldset className="field" id={anchorFor(BRIEF_SCOPE, "budget")}>
        <legend>
          <FormattedMessage id="brief.field.budget" />
        </legend>
        <p className="field-hint">
          <FormattedMessage id="brief.field.budget.hint" />
        </p>
        <div className="form-grid">
          <MoneyField
            id={anchorFor(BRIEF_SCOPE, "budget.minMinor")}
            label={<FormattedMessage id="brief.field.budget.min" />}
            value={form.budgetMin}
            currency={form.budgetCurrency}
            error={errorFor("budget.minMinor")}
            onChange={(budgetMin) => change({ budgetMin })}
          />
          <MoneyField
            id={anchorFor(BRIEF_SCOPE, "budget.maxMinor")}
            label={<FormattedMessage id="brief.field.budget.max" />}
            value={form.budgetMax}
            currency={form.budgetCurrency}
            error={errorFor("budget.maxMinor")}
            onChange={(budgetMax) => change({ budgetMax })}
          />
          <CurrencySelect
            id={anchorFor(BRIEF_SCOPE, "budget.currency")}
            label={<FormattedMessage id="money.currency" />}
            value={form.budgetCurrency}
            error={errorFor("budget.currency")}
            onChange={(budgetCurrency) => change({ budgetCurrency })}
          />
        </div>
      </fieldset>
      <RepeatedGroup<ClientPersonForm>
        id={anchorFor(BRIEF_SCOPE, "clientPeople")}
        legend={<FormattedMessage id="brief.field.clientPeople" />}
        hint={<FormattedMessage id="brief.field.clientPeople.hint" />}
        items={form.clientPeople}
        keyOf={(person) => person.key}
        itemLegend={(index) =>
          intl.formatMessage({ id: "brief.field.clientPeople.item" }, { n: index + 1 })
        }
        addLabel={<FormattedMessage id="brief.field.clientPeople.add" />}
        newItem={newClientPerson}
        onChange={(clientPeople) => change({ clientPeople })}
        renderItem={(person, update, index) => (
          <div className="form-grid">
            <TextField
              label={<FormattedMessage id="brief.field.clientPeople.role" />}
              maxLength={100}
              value={person.role}
              error={errorFor(`clientPeople.${index}.role`)}
              onChange={(event) => update({ ...person, role: event.target.value })}
            />
            <TextField
              type="number"
              min={0}
              max={80}
              step={0.5}
              label={<FormattedMessage id="brief.field.clientPeople.hours" />}
              value={person.hoursPerWeek}
              error={errorFor(`clientPeople.${index}.hoursPerWeek`)}
              onChange={(event) => update({ ...person, hoursPerWeek: event.target.value })}
            />
          </div>
        )}
      />
      <div className="form-grid">
        <TextField
          id={anchorFor(BRIEF_SCOPE, "earliestStart")}
          type="date"
          label={<FormattedMessage id="brief.field.earliestStart" />}
          value={form.earliestStart}
          error={errorFor("earliestStart")}
          onChange={(event) => change({ earliestStart: event.target.value })}
        />
        <TextField
          id={anchorFor(BRIEF_SCOPE, "deadline")}
          type="date"
          label={<FormattedMessage id="brief.field.deadline" />}
          value={form.deadline}
          error={errorFor("deadline")}
          onChange={(event) => change({ deadline: event.target.value })}
        />
      </div>
    </>
  );
}
