import { FormattedMessage } from "react-intl";
import { SetGoalBody } from "../../../../contracts/growth";
import { TextField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { useSetGoal } from "../api/growth-queries";
import {
  EMPTY_SET_GOAL,
  readSetGoal,
  SET_GOAL_WORDS,
  setGoalValuesOf,
  type SetGoalValues,
} from "../growth-form-state";
import type { GoalList } from "../growth-types";

/**
 * Sets a goal: one of the brief's success measures (its first number read as the target) or a
 * new one. The parent keys it by the measure it offers, so a new suggestion starts a new form.
 */
export function SetGoalForm({
  engagementId,
  suggestions,
}: {
  engagementId: string;
  suggestions: GoalList["suggestions"];
}) {
  const setGoal = useSetGoal(engagementId);
  const { locale } = useLocale();
  const form = useContractForm<typeof SetGoalBody, SetGoalValues>(SetGoalBody, {
    defaultValues: setGoalValuesOf(suggestions[0], locale),
    words: SET_GOAL_WORDS,
    read: readSetGoal,
  });
  return (
    <form
      noValidate
      className="card stack"
      aria-labelledby="set-goal-title"
      onSubmit={form.submitWith((body) =>
        setGoal.mutate(body, {
          onSuccess: () => form.reset(EMPTY_SET_GOAL),
          onError: form.showServerErrors,
        }),
      )}
    >
      <h3 id="set-goal-title" className="h-small">
        <FormattedMessage id="growth.goal.setTitle" />
      </h3>
      <FormAlert error={setGoal.error} />
      {suggestions.length > 0 ? (
        <p className="muted">
          <FormattedMessage
            id="growth.goal.suggestions"
            values={{ measures: suggestions.map((s) => s.title).join(" · ") }}
          />
        </p>
      ) : null}
      <div className="inline-fields">
        <TextField
          required
          label={<FormattedMessage id="growth.goal.title" />}
          {...form.field("title")}
        />
        <TextField
          type="number"
          step="any"
          required
          label={<FormattedMessage id="growth.goal.baseline" />}
          {...form.field("baseline")}
        />
        <TextField
          type="number"
          step="any"
          required
          label={<FormattedMessage id="growth.goal.target" />}
          {...form.field("target")}
        />
        <TextField label={<FormattedMessage id="growth.goal.unit" />} {...form.field("unit")} />
      </div>
      <button type="submit" disabled={setGoal.isPending}>
        <FormattedMessage id="growth.goal.set" />
      </button>
    </form>
  );
}
