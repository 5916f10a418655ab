import { FormattedMessage } from "react-intl";
import { formText, TextField } from "../../../shared/components/fields";
import { FormAlert, fieldError } from "../../../shared/components/form-alert";
import { useSetGoal } from "../api/growth-queries";
import type { GoalList } from "../growth-types";

/** Sets a goal: one of the brief's success measures (its first number read as the target) or a new one. */
export function SetGoalForm({
  engagementId,
  suggestions,
}: {
  engagementId: string;
  suggestions: GoalList["suggestions"];
}) {
  const setGoal = useSetGoal(engagementId);
  const first = suggestions[0];
  return (
    <form
      className="card stack"
      aria-labelledby="set-goal-title"
      onSubmit={(event) => {
        event.preventDefault();
        const formElement = event.currentTarget;
        const form = new FormData(formElement);
        const measure = formText(form, "measure");
        setGoal.mutate(
          {
            title: formText(form, "title"),
            baseline: Number(form.get("baseline")),
            target: Number(form.get("target")),
            unit: formText(form, "unit"),
            source:
              measure === ""
                ? { kind: "agreement" }
                : { kind: "brief", measureIndex: Number(measure) },
          },
          { onSuccess: () => formElement.reset() },
        );
      }}
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
      <input type="hidden" name="measure" value={first ? String(first.measureIndex) : ""} />
      <div className="inline-fields">
        <TextField
          name="title"
          required
          defaultValue={first?.title ?? ""}
          label={<FormattedMessage id="growth.goal.title" />}
          error={fieldError(setGoal.error, "title")}
        />
        <TextField
          name="baseline"
          type="number"
          step="any"
          required
          label={<FormattedMessage id="growth.goal.baseline" />}
        />
        <TextField
          name="target"
          type="number"
          step="any"
          required
          defaultValue={first?.target ?? ""}
          label={<FormattedMessage id="growth.goal.target" />}
        />
        <TextField
          name="unit"
          defaultValue={first?.unit ?? ""}
          label={<FormattedMessage id="growth.goal.unit" />}
        />
      </div>
      <button type="submit" disabled={setGoal.isPending}>
        <FormattedMessage id="growth.goal.set" />
      </button>
    </form>
  );
}
