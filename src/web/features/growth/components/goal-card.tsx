import { FormattedMessage, useIntl } from "react-intl";
import { ProposeCorrectionBody, RecordValueBody } from "../../../../contracts/growth";
import { DateOnly } from "../../../shared/components/date-only";
import { TextField } from "../../../shared/components/fields";
import { FormAlert } from "../../../shared/components/form-alert";
import { LineChart } from "../../../shared/components/line-chart";
import { useAnswerCorrection, useProposeCorrection, useRecordValue } from "../api/growth-queries";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import {
  CORRECTION_WORDS,
  RECORD_VALUE_WORDS,
  readCorrection,
  readRecordValue,
  type CorrectionValues,
  type RecordValueValues,
} from "../growth-form-state";
import { webAddress } from "../../../shared/lib/link-parts";
import type { Goal } from "../growth-types";
import { formatGoalValue, goalChartSeries } from "../growth-view";
import { useOneAtATime } from "../../../shared/forms/use-one-at-a-time";
import { useReturnFocus } from "../../../shared/hooks/use-return-focus";

type Side = "client" | "provider";

/** Records a measured value with where it comes from (a link to the report). */
function RecordValueForm({ engagementId, goal }: { engagementId: string; goal: Goal }) {
  const record = useRecordValue(engagementId, goal.id);
  const today = new Date().toISOString().slice(0, 10);
  const form = useContractForm<typeof RecordValueBody, RecordValueValues>(RecordValueBody, {
    defaultValues: { value: "", measuredOn: today, source: "" },
    words: RECORD_VALUE_WORDS,
    read: readRecordValue,
  });
  return (
    <form
      noValidate
      className="stack"
      aria-label={goal.title}
      onSubmit={form.submitWith((body) =>
        record.mutate(body, {
          onSuccess: () => form.reset({ value: "", measuredOn: today, source: "" }),
          onError: form.showServerErrors,
        }),
      )}
    >
      <FormAlert error={record.error} />
      <div className="inline-fields">
        <TextField
          type="number"
          step="any"
          required
          label={<FormattedMessage id="growth.goal.value" values={{ unit: goal.unit }} />}
          {...form.field("value")}
        />
        <TextField
          type="date"
          required
          label={<FormattedMessage id="growth.goal.measuredOn" />}
          {...form.field("measuredOn")}
        />
        <TextField
          required
          label={<FormattedMessage id="growth.goal.source" />}
          hint={<FormattedMessage id="growth.goal.sourceHint" />}
          {...form.field("source")}
        />
      </div>
      <button type="submit" disabled={record.isPending}>
        <FormattedMessage id="growth.goal.record" />
      </button>
    </form>
  );
}

/** Proposes another value for a measurement, with the reason the other side reads. */
function CorrectionForm({
  engagementId,
  goal,
  measurementId,
  onDone,
}: {
  engagementId: string;
  goal: Goal;
  measurementId: string;
  onDone: () => void;
}) {
  const propose = useProposeCorrection(engagementId, goal.id);
  const form = useContractForm<typeof ProposeCorrectionBody, CorrectionValues>(
    ProposeCorrectionBody,
    { defaultValues: { value: "", reason: "" }, words: CORRECTION_WORDS, read: readCorrection },
  );
  return (
    <form
      noValidate
      className="inline-fields"
      onSubmit={form.submitWith((body) =>
        propose.mutate(
          { measurementId, ...body },
          { onSuccess: onDone, onError: form.showServerErrors },
        ),
      )}
    >
      <FormAlert error={propose.error} />
      <TextField
        autoFocus
        type="number"
        step="any"
        required
        label={<FormattedMessage id="growth.correction.value" />}
        {...form.field("value")}
      />
      <TextField
        required
        label={<FormattedMessage id="growth.correction.reason" />}
        {...form.field("reason")}
      />
      <button type="submit" disabled={propose.isPending}>
        <FormattedMessage id="growth.correction.send" />
      </button>
    </form>
  );
}

/** One measured value, its corrections, and what the reader may do about them. */
/** The evidence of a measurement: a link when it is a web address, else the text as written. */
function MeasurementSource({ source }: { source: string }) {
  const href = webAddress(source);
  if (!href) return <span className="muted">{source}</span>;
  return (
    <a href={href} rel="noreferrer noopener" target="_blank">
      <FormattedMessage id="growth.goal.evidence" />
    </a>
  );
}

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
  const oneAtATime = useOneAtATime();
  const intl = useIntl();
  const answer = useAnswerCorrection(engagementId);
  const { buttonRef, open, openForm, close } = useReturnFocus<"correct">();
  const value = (v: number) => formatGoalValue(intl.locale, v, goal.unit);
  const pending = measurement.corrections.find((c) => c.status === "proposed");
  return (
    <li className="stack-sm">
      <span>
        <FormattedMessage
          id="growth.goal.measurement"
          values={{
            day: <DateOnly key="d" value={measurement.measuredOn} />,
            value: value(measurement.correctedValue ?? measurement.value),
            side: measurement.side,
          }}
        />{" "}
        <MeasurementSource source={measurement.source} />
      </span>
      {measurement.corrections.map((c) => (
        <span key={c.id} className="muted">
          <FormattedMessage
            id="growth.correction.line"
            values={{ value: value(c.proposedValue), reason: c.reason, status: c.status }}
          />
        </span>
      ))}
      <FormAlert error={answer.error} />
      {pending && pending.side !== mySide && mayMeasure ? (
        <div className="button-row">
          <button
            type="button"

            onClick={() =>
              oneAtATime(() =>
                answer.mutate({ correctionId: pending.id, outcome: "confirmed", note: "" }),
              )
            }
          >
            <FormattedMessage id="growth.correction.confirm" />
          </button>
          <button
            type="button"
            className="button-secondary"
            onClick={() =>
              oneAtATime(() =>
                answer.mutate({ correctionId: pending.id, outcome: "disputed", note: "" }),
              )
            }
          >
            <FormattedMessage id="growth.correction.dispute" />
          </button>
        </div>
      ) : null}
      {!pending && mayMeasure && open === null ? (
        <button
          type="button"
          className="button-secondary button-small"
          ref={buttonRef("correct")}
          onClick={() => openForm("correct")}
        >
          <FormattedMessage id="growth.correction.propose" />
        </button>
      ) : null}
      {open === "correct" ? (
        <CorrectionForm
          engagementId={engagementId}
          goal={goal}
          measurementId={measurement.id}
          onDone={close}
        />
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
            due: <DateOnly key="d" value={goal.trajectory.nextMeasurementDue} />,
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
