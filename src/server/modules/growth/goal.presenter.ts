import type { z } from "zod";
import type { Goal, GoalCorrection } from "../../../contracts/growth";
import { correctionNextStep, type Goal as DomainGoal } from "../../../domain/growth/goal";
import { goalTrajectory } from "../../../domain/growth/trajectory";
import { measure, type MessageValue } from "../../../domain/findings";
import { type Unworded, wording } from "../../platform/wording";
import type { CorrectionRow, GoalRow, MeasurementRow } from "./goals.repository";

/** A goal as use-cases answer it: its trajectory's sentence is worded at the HTTP edge. */
export type GoalView = Unworded<z.infer<typeof Goal>, "sentence">;

export function toDomainGoal(row: GoalRow): DomainGoal {
  return {
    id: row.id,
    title: row.title,
    baseline: Number(row.baseline),
    target: Number(row.target),
    unit: row.unit,
    cadenceDays: Number(row.cadence_days),
    dueDate: row.due_date,
    startedOn: row.created_at.slice(0, 10),
  };
}

function presentCorrection(row: CorrectionRow): z.infer<typeof GoalCorrection> {
  return {
    id: row.id,
    proposedValue: Number(row.proposed_value),
    reason: row.reason,
    side: row.proposed_by_side,
    status: row.status,
    answerNote: row.answer_note,
    proposedAt: row.proposed_at,
    answeredAt: row.answered_at,
    nextStep: correctionNextStep(row.status),
  };
}

/**
 * A goal with its values, their corrections and its trajectory on `today`, the trajectory
 * worded for the reader at the HTTP edge ("Conversion: 1.8% → 2.6%, target 3%").
 */
export function presentGoal(
  row: GoalRow,
  measurements: readonly MeasurementRow[],
  corrections: readonly CorrectionRow[],
  today: string,
): GoalView {
  const goal = toDomainGoal(row);
  const own = measurements.filter((m) => m.goal_id === row.id);
  const trajectory = goalTrajectory(
    goal,
    own.map((m) => ({
      id: m.id,
      value: Number(m.value),
      measuredOn: m.measured_on,
      correctedValue: m.corrected_value === null ? null : Number(m.corrected_value),
    })),
    today,
  );
  const inUnit = (value: number): MessageValue => measure(value, goal.unit);
  const sentence =
    trajectory.latest === null
      ? wording("goal.trajectory.notMeasured", {
          title: goal.title,
          baseline: inUnit(goal.baseline),
          target: inUnit(goal.target),
        })
      : wording("goal.trajectory.sentence", {
          title: goal.title,
          baseline: inUnit(goal.baseline),
          latest: inUnit(trajectory.latest),
          target: inUnit(goal.target),
        });
  return {
    id: row.id,
    title: row.title,
    baseline: goal.baseline,
    target: goal.target,
    unit: row.unit,
    cadenceDays: goal.cadenceDays,
    dueDate: row.due_date,
    source: { kind: row.source_kind, ref: row.source_ref },
    setBySide: row.set_by_side,
    createdAt: row.created_at,
    trajectory: { ...trajectory, sentence },
    measurements: own.map((m) => ({
      id: m.id,
      value: Number(m.value),
      correctedValue: m.corrected_value === null ? null : Number(m.corrected_value),
      measuredOn: m.measured_on,
      source: m.source,
      side: m.side,
      recordedAt: m.recorded_at,
      corrections: corrections.filter((c) => c.measurement_id === m.id).map(presentCorrection),
    })),
  };
}
