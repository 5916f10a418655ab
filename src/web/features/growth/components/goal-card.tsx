import { useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { formText, TextField } from "../../../shared/components/fields";
import { FormAlert, fieldError } from "../../../shared/components/form-alert";
import { LineChart } from "../../../shared/components/line-chart";
import { useAnswerCorrection, useProposeCorrection, useRecordValue } from "../api/growth-queries";
import type { Goal } from "../growth-types";
import { formatGoalValue, goalChartSeries } from "../growth-view";

type Side = "client" | "provider";

/** Records a measured value with where it comes from (a link to the report). */
function RecordValueForm({ engagementId, goal }: { engagementId: string; goal: Goal }) {
  const record = useRecordValue(engagementId, goal.id);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <form
      className="stack"
      aria-label={goal.title}
      onSubmit={(event) => {
        event.preventDefault();
        const formElement = event.currentTarget;
        const form = new FormData(formElement);
        record.mutate(
          {
            value: Number(form.get("value")),
            measuredOn: formText(form, "measuredOn"),
            source: formText(form, "source"),
          },
          { onSuccess: () => formElement.reset() },
        );
      }}
    >
      <FormAlert error={record.error} />
      <div className="inline-fields">
        <TextField
          name="value"
          type="number"
          step="any"
          required
          label={<FormattedMessage id="growth.goal.value" values={{ unit: goal.unit }} />}
          error={fieldError(record.error, "value")}
        />
        <TextField
          name="measuredOn"
          type="date"
          required
          defaultValue={today}
          label={<FormattedMessage id="growth.goal.measuredOn" />}
        />
        <TextField
          name="source"
          required
          label={<FormattedMessage id="growth.goal.source" />}
          hint={<FormattedMessage id="growth.goal.sourceHint" />}
        />
      </div>
      <button type="submit" disabled={record.isPending}>
        <FormattedMessage id="growth.goal.record" />
      </button>
    </form>
  );
}

/** One measured value, its corrections, and what the reader may do about them. */
function MeasurementRow({
  engagementId,
  goal,
  measurement,
  mySide,
  mayMeasure,
}: {
  engagementId: string;
  goal: Goal;
  measurement: Goal["measurements"][number];
  mySide: Side;
  mayMeasure: boolean;
}) {
  const intl = useIntl();
  const propose = useProposeCorrection(engagementId, goal.id);
  const answer = useAnswerCorrection(engagementId);
  const [isCorrecting, setCorrecting] = useState(false);
  const value = (v: number) => formatGoalValue(intl.locale, v, goal.unit);
  const pending = measurement.corrections.find((c) => c.status === "proposed");
  return (
    <li className="stack-sm">
      <span>
        <FormattedMessage
          id="growth.goal.measurement"
          values={{
            day: measurement.measuredOn,
            value: value(measurement.correctedValue ?? measurement.value),
            side: measurement.side,
          }}
        />{" "}
        <a href={measurement.source} rel="noreferrer noopener" target="_blank">
          <FormattedMessage id="growth.goal.evidence" />
        </a>
      </span>
      {measurement.corrections.map((c) => (
        <span key={c.id} className="muted">
          <FormattedMessage
            id="growth.correction.line"
            values={{ value: value(c.proposedValue), reason: c.reason, status: c.status }}
          />
        </span>
      ))}
      <FormAlert error={propose.error ?? answer.error} />
      {pending && pending.side !== mySide && mayMeasure ? (
        <div className="button-row">
          <button
            type="button"

            onClick={() =>
              answer.mutate({ correctionId: pending.id, outcome: "confirmed", note: "" })
            }
          >
            <FormattedMessage id="growth.correction.confirm" />
          </button>
          <button
            type="button"
            className="button-secondary"
            onClick={() =>
              answer.mutate({ correctionId: pending.id, outcome: "disputed", note: "" })
            }
          >
            <FormattedMessage id="growth.correction.dispute" />
          </button>
        </div>
      ) : null}
      {!pending && mayMeasure && !isCorrecting ? (
        <button
          type="button"
          className="button-secondary button-small"
          onClick={() => setCorrecting(true)}
        >
          <FormattedMessage id="growth.correction.propose" />
        </button>
      ) : null}
      {isCorrecting ? (
        <form
          className="inline-fields"
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            propose.mutate(
              {
                measurementId: measurement.id,
                value: Number(form.get("value")),
                reason: formText(form, "reason"),
              },
              { onSuccess: () => setCorrecting(false) },
            );
          }}
        >
          <TextField
            name="value"
            type="number"
            step="any"
            required
            label={<FormattedMessage id="growth.correction.value" />}
          />
          <TextField
            name="reason"
            required
            label={<FormattedMessage id="growth.correction.reason" />}
          />
          <button type="submit">
            <FormattedMessage id="growth.correction.send" />
          </button>
        </form>
      ) : null}
    </li>
  );
}

/** A goal: what was achieved in words, its trajectory as a chart, its values and corrections. */
export function GoalCard({
  engagementId,
  goal,
  mySide,
  mayMeasure,
}: {
  engagementId: string;
  goal: Goal;
  mySide: Side;
  mayMeasure: boolean;
}) {
  const intl = useIntl();
  const series = goalChartSeries(goal, {
    measured: intl.formatMessage({ id: "growth.chart.measured" }),
    target: intl.formatMessage({ id: "growth.chart.target" }),
  });
  return (
    <article className="card stack" data-goal={goal.id}>
      <h3 className="h-small">{goal.title}</h3>
      <p className="goal-sentence">{goal.trajectory.sentence}</p>
      <p className="muted">
        <FormattedMessage
          id="growth.goal.status"
          values={{
            status: goal.trajectory.status,
            due: goal.trajectory.nextMeasurementDue,
            isOverdue: goal.trajectory.isMeasurementOverdue,
          }}
        />
      </p>
      <LineChart
        caption={<FormattedMessage id="growth.chart.caption" values={{ title: goal.title }} />}
        series={series}
        formatValue={(v) => formatGoalValue(intl.locale, v, goal.unit)}
      />
      {goal.measurements.length > 0 ? (
        <ul className="plain-list stack-sm">
          {goal.measurements.map((m) => (
            <MeasurementRow
              key={m.id}
              engagementId={engagementId}
              goal={goal}
              measurement={m}
              mySide={mySide}
              mayMeasure={mayMeasure}
            />
          ))}
        </ul>
      ) : null}
      {mayMeasure ? <RecordValueForm engagementId={engagementId} goal={goal} /> : null}
    </article>
  );
}
