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
import {
  scoreFeatures,
  trainScorer,
  type ScorerModel,
  type TrainingText,
} from "../src/domain/screening/learned/naive-bayes";
import { kindBySignals, type SignalModel } from "../src/domain/screening/learned/signal-finding";
import { signalFeatures, signalsOf, type Signals } from "../src/domain/screening/learned/signals";
import { trainingTextOf } from "../src/domain/screening/learned/training-set";
import { readText, screenTextWith } from "../src/domain/screening/screen-text";
import type { ScreeningResult } from "../src/domain/screening/types";
import { readLabelledSet } from "./screen-eval";

interface Row {
  item: LabelledText;
  /** Rules and scorer, trained without the item's set. */
  before: ScreeningResult;
  signals: Signals;
  /** The scorer's log-odds of retaliation, trained without the item's set. */
  score: number;
}

const hasLink = (t: LabelledText) =>
  Boolean(t.context?.followsReviewOfSender || t.context?.reviewId);

/**
 * Every set left out in turn: the rules and scorer's reading and the signal model trained
 * without it. The signal model learns from the scorer's log-odds, so each of its training texts
 * is scored by a scorer trained without that text's set and without the set left out (nested:
 * no score it learns from or reads has seen the text).
 */
export function signalRows(sets: LabelledText[]) {
  const nb = new Map<string, TrainingText>(sets.map((t) => [t.id, trainingTextOf(t)]));
  const signals = new Map(sets.map((t) => [t.id, signalsOf(readText(t.text), hasLink(t))]));
  const without = (excluded: string[]) =>
    trainScorer(sets.filter((t) => !excluded.includes(t.split)).map((t) => nb.get(t.id)!));
  const scoreOf = (model: ScorerModel, t: LabelledText) =>
    scoreFeatures(model, nb.get(t.id)!.features).retaliation;
  const out: { split: string; rows: Row[]; model: Omit<SignalModel, "threshold"> }[] = [];
  for (const split of SCREENING_SPLITS) {
    const train = sets.filter((t) => t.split !== split);
    const left = sets.filter((t) => t.split === split);
    const model = without([split]);
    const outOfFold = new Map<string, number>();
    for (const other of SCREENING_SPLITS) {
      if (other === split) continue;
      const inner = without([split, other]);
      for (const t of train) if (t.split === other) outOfFold.set(t.id, scoreOf(inner, t));
    }
    const retaliation = trainLogistic(
      train.map((t) => ({
        features: signalFeatures(signals.get(t.id)!, outOfFold.get(t.id)!),
        positive: t.kind === "retaliation",
      })),
    );
    const rows = left.map((item) => ({
      item,
      before: screenTextWith(
        { text: item.text, context: item.context },
        { model, options: DEFAULT_SCORER.options },
      ),
      signals: signals.get(item.id)!,
      score: scoreOf(model, item),
    }));
    out.push({ split, rows, model: { retaliation } });
  }
  return out;
}

export function readWith(sets: ReturnType<typeof signalRows>, threshold: number) {
  return sets.flatMap(({ rows, model }) =>
    rows.map(({ item, before, signals, score }) => {
      if (before.kind !== "none") return { item, result: before };
      const kind = kindBySignals(signals, score, { ...model, threshold });
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
    // `--detail heldout-w`: one set; `--cases check-z2-`: the texts whose case starts so.
    const detail = arg("--detail");
    const cases = arg("--cases");
    const chosen = cases
      ? sets.map((s) => ({ ...s, rows: s.rows.filter((r) => r.item.case.startsWith(cases)) }))
      : detail
        ? sets.filter((s) => s.split === detail)
        : held;
    const before = chosen.flatMap((s) => s.rows.map((r) => ({ item: r.item, result: r.before })));
    lines.push(formatEvaluation("rules + scorer", scoreScreening(before)));
    const after = readWith(chosen, t);
    lines.push(formatEvaluation(`+ signals ${t}`, scoreScreening(after)));
    if (!cases) {
      lines.push(formatEvaluation(`all sets + signals`, scoreScreening(readWith(sets, t))));
    }
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
    // The last column: `--cases check-z2-` reads the texts whose case starts so, else the last set.
    const prefix = arg("--cases");
    const latest = prefix
      ? sets.map((s) => ({ ...s, rows: s.rows.filter((r) => r.item.case.startsWith(prefix)) }))
      : sets.filter((s) => s.split === SCREENING_SPLITS.at(-1));
    for (const t of thresholds.map(Number)) {
      const h = scoreScreening(readWith(held, t));
      const a = scoreScreening(readWith(sets, t));
      const z = scoreScreening(readWith(latest, t)).scores.at(-1)!;
      const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
      lines.push(
        `${t} | ${summary(h)} | ${summary(a)} | ${prefix ?? "last set"} R ${pct(z.retaliation.recall)} harmless ${pct(z.harmlessFlagged)}`,
      );
    }
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}
