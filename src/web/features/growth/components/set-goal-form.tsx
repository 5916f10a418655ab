import { FormattedMessage } from "react-intl";
import { SetGoalBody } from "../../../../contracts/growth";
import { TextField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { useSetGoal } from "../api/growth-queries";
import { readSetGoal, SET_GOAL_WORDS, type SetGoalValues } from "../growth-form-state";
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
  const first = suggestions[0];
  const empty: SetGoalValues = { title: "", baseline: "", target: "", unit: "", measure: "" };
  const form = useContractForm<typeof SetGoalBody, SetGoalValues>(SetGoalBody, {
    defaultValues: first
      ? {
          title: first.title,
          baseline: "",
          target: first.target === null ? "" : String(first.target),
          unit: first.unit,
          measure: String(first.measureIndex),
        }
      : empty,
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
          onSuccess: () => form.reset(empty),
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
