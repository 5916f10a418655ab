import { isSameText } from "../same-text";
import { readTypedNumber, valueOfTypedNumber, type NumberSeparators } from "../typed-number";

/** What the brief or the agreement set out to achieve, measured during the engagement. */
export interface Goal {
  id: string;
  title: string;
  baseline: number;
  target: number;
  /** "%", "orders", "ms"…: written as the sides write it; "%" sits next to the number. */
  unit: string;
  cadenceDays: number;
  /** ISO date the target should be reached by, if the sides named one. */
  dueDate: string | null;
  /** ISO date the goal was set: the start of its straight line to the due date. */
  startedOn: string;
}

/** A value one side measured, with where it comes from; a confirmed correction replaces it. */
export interface Measurement {
  id: string;
  value: number;
  /** ISO date the value was measured on. */
  measuredOn: string;
  correctedValue: number | null;
}

/**
 * The earliest day a value of `goal` may be measured on, when `measuredOn` is before it, else
 * null: the day the goal was set. Its line runs from there (the baseline) to its due date, and
 * the next measurement falls due a cadence after the latest one, so a value dated before the
 * goal (1900-01-01) sits off the line and makes the goal overdue for measuring at once. Days to
 * come are refused as such (`measured_on_in_future`).
 */
export function measuredBeforeGoal(
  measuredOn: string,
  goal: Pick<Goal, "startedOn">,
): string | null {
  return measuredOn < goal.startedOn ? goal.startedOn : null;
}

/**
 * What is left to do once a correction is disputed: the recorded value stands, and the two
 * sides talk it through in the engagement's conversation, after which either proposes a
 * corrected value again (with better evidence). No dispute names a goal's value: the dispute
 * ladder settles what the agreement owes (an evaluation, an invoice, a change, conduct), and a
 * shared measurement is not owed, so there are no amends, mediation or separation over it.
 */
export type CorrectionNextStep = "discuss_then_correct";

/** The next step of a correction in `status`: only a disputed one has one. */
export function correctionNextStep(
  status: "proposed" | "confirmed" | "disputed",
): CorrectionNextStep | null {
  return status === "disputed" ? "discuss_then_correct" : null;
}

/** The value that counts: the confirmed correction, else what was recorded. */
export function valueOf(measurement: Measurement): number {
  return measurement.correctedValue ?? measurement.value;
}

/**
 * The value already measured on `measuredOn` that equals `value` (the value that counts,
 * `valueOf`), if any: a goal holds one such measurement, since a second is what a double click
 * or a retry sends, and would count the day twice on the goal's line. Another value on the same
 * day is another measurement (the other side's, say); which one is right is settled by a
 * correction, which the other side confirms.
 */
export function sameMeasurement<M extends Measurement>(
  measurements: readonly M[],
  value: number,
  measuredOn: string,
): M | undefined {
  return measurements.find((m) => m.measuredOn === measuredOn && valueOf(m) === value);
}

/** Digits, grouped ("1,000", "1.000", "1 000") or with decimals: read by `readTypedNumber`. */
const NUMBER = String.raw`(\d+(?:(?:[.,'\u00a0\u202f]|\s(?=\d{3}(?!\d)))\d+)*)`;
const UNIT = String.raw`(%|\p{L}+)?`;
/** "from 1.8% to 3%", "de 8 % à 5 %", "von 2,4 auf 1,2 s", "de 120 a 200", "dari 1,8% menjadi 3%", "120 → 200". */
const FROM_TO = new RegExp(
  String.raw`${NUMBER}\s*${UNIT}\s*(?:(?:to|à|a|auf|bis|zu|ke|menjadi|hingga|sampai)\s+|(?:→|->|–)\s*)${NUMBER}\s*${UNIT}`,
  "iu",
);
const FIRST_NUMBER = new RegExp(String.raw`${NUMBER}\s*${UNIT}`, "u");

/**
 * A brief's success measure ("200 orders in 3 months", "conversion from 1.8% to 3%") read as
 * a goal to start from: the number it goes to is the target (the first number, or the second
 * of "from A to B"), with the word after it as the unit. The number is read in the format of
 * the language the measure was written in (`separators`: "1,000" is a thousand in English, one
 * in French); one that language would not write so ("1,5" in English) gives no target rather
 * than a guess. The sides still set the baseline and may change all of it; null when the text
 * names no number.
 */
export function suggestGoalFromMeasure(
  measure: string,
  separators: NumberSeparators,
): { title: string; target: number | null; unit: string } | null {
  const targetOf = (text: string) => {
    const reading = readTypedNumber(text, separators, { allowsNegative: false });
    return reading.ok ? valueOfTypedNumber(reading) : null;
  };
  const fromTo = FROM_TO.exec(measure);
  if (fromTo?.[3]) {
    return {
      title: measure.trim(),
      target: targetOf(fromTo[3]),
      unit: fromTo[2] ?? fromTo[4] ?? "",
    };
  }
  const match = FIRST_NUMBER.exec(measure);
  if (!match?.[1]) return null;
  return { title: measure.trim(), target: targetOf(match[1]), unit: match[2] ?? "" };
}

/**
 * The goal already set under `title`, if any. An engagement's goals have distinct titles
 * (compared by `isSameText`): a second "Conversion" would split one measure's values in two,
 * and is what a double click or a retry sends.
 */
export function goalTitled<G extends { title: string }>(
  goals: readonly G[],
  title: string,
): G | undefined {
  return goals.find((goal) => isSameText(goal.title, title));
}
