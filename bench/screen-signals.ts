/**
 * Leave-one-set-out for the signal model (the weak signals combined by logistic regression):
 * for each set, the model is trained on every other set and reads the texts the rules and the
 * scorer (also trained without the set) left as `none`. Sweeps the thresholds and prints,
 * for each pair, recall and precision of both threat classes and the worst language's share of
 * harmless texts flagged; `--threshold 0.97 --detail heldout-z` prints one reading (`--all`
 * lists the mistakes over every set).
 */
import { fileURLToPath } from "node:url";
import {
  formatEvaluation,
  scoreScreening,
  SCREENING_SPLITS,
  type Evaluation,
  type LabelledText,
} from "../src/domain/screening/evaluate";
import { DEFAULT_SCORER } from "../src/domain/screening/learned/default-scorer";
import { trainLogistic } from "../src/domain/screening/learned/logistic";
import { trainScorer, type TrainingText } from "../src/domain/screening/learned/naive-bayes";
import { kindBySignals, type SignalModel } from "../src/domain/screening/learned/signal-finding";
import { signalsOf, type Signals } from "../src/domain/screening/learned/signals";
import { trainingTextOf } from "../src/domain/screening/learned/training-set";
import { readText, screenTextWith } from "../src/domain/screening/screen-text";
import type { ScreeningResult } from "../src/domain/screening/types";
import { readLabelledSet } from "./screen-eval";

interface Row {
  item: LabelledText;
  /** Rules and scorer, trained without the item's set. */
  before: ScreeningResult;
  signals: Signals;
}

const hasLink = (t: LabelledText) =>
  Boolean(t.context?.followsReviewOfSender || t.context?.reviewId);

/** Every set left out in turn: the rules and scorer's reading and the models trained without it. */
export function signalRows(sets: LabelledText[]) {
  const nb = new Map<string, TrainingText>(sets.map((t) => [t.id, trainingTextOf(t)]));
  const signals = new Map(sets.map((t) => [t.id, signalsOf(readText(t.text), hasLink(t))]));
  const out: { split: string; rows: Row[]; model: Omit<SignalModel, "threshold"> }[] = [];
  for (const split of SCREENING_SPLITS) {
    const train = sets.filter((t) => t.split !== split);
    const left = sets.filter((t) => t.split === split);
    const model = trainScorer(train.map((t) => nb.get(t.id)!));
    const of = (kind: string) =>
      train.map((t) => ({ features: signals.get(t.id)!.features, positive: t.kind === kind }));
    const signalModel = { retaliation: trainLogistic(of("retaliation")) };
    const rows = left.map((item) => ({
      item,
      before: screenTextWith(
        { text: item.text, context: item.context },
        { model, options: DEFAULT_SCORER.options },
      ),
      signals: signals.get(item.id)!,
    }));
    out.push({ split, rows, model: signalModel });
  }
  return out;
}

export function readWith(sets: ReturnType<typeof signalRows>, threshold: number) {
  return sets.flatMap(({ rows, model }) =>
    rows.map(({ item, before, signals }) => {
      if (before.kind !== "none") return { item, result: before };
      const kind = kindBySignals(signals, { ...model, threshold });
      return { item, result: { ...before, kind } };
    }),
  );
}

function summary(e: Evaluation) {
  const all = e.scores.at(-1)!;
  const worst = Math.max(...e.scores.map((s) => s.harmlessFlagged));
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`.padStart(7);
  return `${pct(all.retaliation.precision)} ${pct(all.retaliation.recall)} ${pct(all.legalThreat.precision)} ${pct(all.legalThreat.recall)} ${pct(all.harmlessFlagged)} ${pct(worst)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i === -1 ? undefined : process.argv[i + 1];
  };
  const sets = signalRows(readLabelledSet());
  const held = sets.filter((s) => s.split !== "dev");
  const lines: string[] = [];
  if (arg("--threshold")) {
    const t = Number(arg("--threshold"));
    const detail = arg("--detail");
    const chosen = detail ? sets.filter((s) => s.split === detail) : held;
    const before = chosen.flatMap((s) => s.rows.map((r) => ({ item: r.item, result: r.before })));
    lines.push(formatEvaluation("rules + scorer", scoreScreening(before)));
    const after = readWith(chosen, t);
    lines.push(formatEvaluation(`+ signals ${t}`, scoreScreening(after)));
    lines.push(formatEvaluation(`all sets + signals`, scoreScreening(readWith(sets, t))));
    for (const r of process.argv.includes("--all") ? readWith(sets, t) : after) {
      if (r.result.kind !== r.item.kind) {
        lines.push(`  ${r.item.id} ${r.item.kind} -> ${r.result.kind}: ${r.item.text}`);
      }
    }
  } else {
    lines.push("thr | held-out: ret.P ret.R leg.P leg.R harmless worst | all sets: same");
    const base = (ss: typeof sets) =>
      scoreScreening(ss.flatMap((s) => s.rows.map((r) => ({ item: r.item, result: r.before }))));
    lines.push(`rules+scorer | ${summary(base(held))} | ${summary(base(sets))}`);
    const thresholds = (arg("--sweep") ?? "0.5,0.7,0.8,0.85,0.9,0.93,0.95,0.97").split(",");
    const latest = sets.filter((s) => s.split === SCREENING_SPLITS.at(-1));
    for (const t of thresholds.map(Number)) {
      const h = scoreScreening(readWith(held, t));
      const a = scoreScreening(readWith(sets, t));
      const z = scoreScreening(readWith(latest, t)).scores.at(-1)!;
      lines.push(
        `${t} | ${summary(h)} | ${summary(a)} | latest ${(z.retaliation.recall * 100).toFixed(1)}%`,
      );
    }
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}
