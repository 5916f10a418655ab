import { fileURLToPath } from "node:url";
import {
  formatEvaluation,
  percent,
  scoreScreening,
  SCREENING_SPLITS,
  type Evaluation,
  type LabelledText,
} from "../src/domain/screening/evaluate";
import { DEFAULT_SCORER } from "../src/domain/screening/learned/default-scorer";
import type { ScorerOptions } from "../src/domain/screening/learned/learned-finding";
import {
  DEFAULT_TRAINING,
  trainScorer,
  type TrainingOptions,
  type TrainingText,
} from "../src/domain/screening/learned/naive-bayes";
import { trainingTextOf } from "../src/domain/screening/learned/training-set";
import { learnedFinding } from "../src/domain/screening/learned/learned-finding";
import { readText, screenTextWith } from "../src/domain/screening/screen-text";
import type { Evidence, ScreeningResult } from "../src/domain/screening/types";
import { readLabelledSet } from "./screen-eval";

type Screened = { item: LabelledText; result: ScreeningResult };

/**
 * Leave-one-set-out: for each set (split), the scorer is trained on every other set and
 * screens the one left out, so no text is scored by weights that saw it. Returns the rules
 * alone and the rules with the scorer, per set.
 */
export function leaveOneSetOut(
  options: ScorerOptions,
  training: TrainingOptions = DEFAULT_TRAINING,
  only?: (name: string) => boolean,
) {
  const set = readLabelledSet();
  const features = new Map<string, TrainingText>(set.map((t) => [t.id, trainingTextOf(t)]));
  const rows: { split: string; rules: Screened[]; learned: Screened[]; alone: Screened[] }[] = [];
  for (const split of SCREENING_SPLITS) {
    const left = set.filter((t) => t.split === split);
    const model = trainScorer(
      set.filter((t) => t.split !== split).map((t) => features.get(t.id)!),
      training,
    );
    const screen = (scorer: Parameters<typeof screenTextWith>[1]) =>
      left.map((item) => ({
        item,
        result: screenTextWith({ text: item.text, context: item.context }, scorer),
      }));
    if (only && !only(split)) continue;
    // The scorer by itself, as if the rules had found nothing: how it reads unseen text.
    const alone = left.map((item) => {
      const reading = readText(item.text);
      const context: Evidence[] =
        item.context?.followsReviewOfSender || item.context?.reviewId
          ? [{ phrase: "context", role: "context-link" }]
          : [];
      const none = { kind: "none" as const, evidence: [] };
      const found = learnedFinding(reading, context, { model, options }, none) ?? none;
      const result: ScreeningResult = { ...found, language: reading.language, explanation: "" };
      return { item, result };
    });
    rows.push({ split, rules: screen(null), learned: screen({ model, options }), alone });
  }
  return rows;
}

function line(name: string, e: Evaluation) {
  const all = e.scores.at(-1)!;
  return [
    name.padEnd(22),
    String(all.texts).padStart(5),
    percent(all.retaliation.precision),
    percent(all.retaliation.recall),
    percent(all.legalThreat.precision),
    percent(all.legalThreat.recall),
    percent(all.harmlessFlagged).padStart(9),
  ].join(" ");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i === -1 ? undefined : process.argv[i + 1];
  };
  const threshold = Number(arg("--threshold") ?? DEFAULT_SCORER.options.threshold);
  const legalThreshold = Number(arg("--legal") ?? DEFAULT_SCORER.options.legalThreshold);
  const unlinkedThreshold = Number(arg("--unlinked") ?? DEFAULT_SCORER.options.unlinkedThreshold);
  const rows = leaveOneSetOut({
    ...DEFAULT_SCORER.options,
    threshold,
    legalThreshold,
    unlinkedThreshold,
  });
  const header = "set                    texts   ret.P   ret.R   leg.P   leg.R  harmless";
  const out = [
    `Leave-one-set-out, thresholds ${threshold} (retaliation), ${legalThreshold} (legal), ${unlinkedThreshold} (unlinked)`,
    header,
  ];
  for (const row of rows) {
    out.push(line(`${row.split} rules`, scoreScreening(row.rules)));
    out.push(line(`${row.split} +scorer`, scoreScreening(row.learned)));
    out.push(line(`${row.split} scorer alone`, scoreScreening(row.alone)));
  }
  const held = rows.filter((r) => r.split !== "dev");
  out.push(line("held-out sets, rules", scoreScreening(held.flatMap((r) => r.rules))));
  out.push(line("held-out sets, +scorer", scoreScreening(held.flatMap((r) => r.learned))));
  out.push(line("held-out, scorer alone", scoreScreening(held.flatMap((r) => r.alone))));
  out.push(line("all sets, scorer alone", scoreScreening(rows.flatMap((r) => r.alone))));
  out.push(line("all sets, rules", scoreScreening(rows.flatMap((r) => r.rules))));
  out.push(line("all sets, +scorer", scoreScreening(rows.flatMap((r) => r.learned))));
  // `--detail heldout-t` (repeatable): that set per language, the scorer trained without it.
  const details = process.argv.flatMap((a, i) => (process.argv[i - 1] === "--detail" ? [a] : []));
  for (const detail of rows.filter((r) => details.includes(r.split))) {
    out.push(formatEvaluation(`${detail.split}, rules alone`, scoreScreening(detail.rules)));
    out.push(formatEvaluation(`${detail.split}, rules + scorer`, scoreScreening(detail.learned)));
  }
  // `--detail all`: every held-out set, then every set, per language, each left out in turn.
  if (arg("--detail") === "all") {
    for (const [name, chosen] of [
      ["held-out sets", held],
      ["all sets", rows],
    ] as const) {
      out.push(
        formatEvaluation(`${name}, rules alone`, scoreScreening(chosen.flatMap((r) => r.rules))),
      );
      out.push(
        formatEvaluation(
          `${name}, rules + scorer`,
          scoreScreening(chosen.flatMap((r) => r.learned)),
        ),
      );
    }
  }
  if (process.argv.includes("--changes")) {
    for (const row of rows) {
      row.learned.forEach((l, i) => {
        const r = row.rules[i]!;
        if (l.result.kind !== r.result.kind)
          out.push(
            `  ${l.item.id} ${l.item.kind}: ${r.result.kind} -> ${l.result.kind} ${l.item.text}\n    ${l.result.explanation}`,
          );
      });
    }
  }
  process.stdout.write(`${out.join("\n")}\n`);
}
