import type { ScreeningKind } from "../types";

/** The classes the scorer tells apart, in the order of every weight triple. */
export const SCORER_CLASSES = ["retaliation", "legal_threat", "none"] as const;

/**
 * A binarised multinomial naive Bayes model: log priors, and per feature the log probability
 * of seeing it in a text of each class (Laplace-smoothed). Features never seen in training
 * count for nothing.
 */
export interface ScorerModel {
  prior: [number, number, number];
  features: Record<string, [number, number, number]>;
}

export interface TrainingText {
  features: string[];
  kind: ScreeningKind;
}

export interface TrainingOptions {
  /** Laplace smoothing. */
  alpha: number;
  /** A feature must occur in at least this many training texts to be kept. */
  minCount: number;
  /**
   * A feature is dropped when no threat class weighs it more than this (in log probability)
   * apart from `none`: it tells nothing and only makes the weights file larger.
   */
  minGain: number;
}

export const DEFAULT_TRAINING: TrainingOptions = { alpha: 0.5, minCount: 2, minGain: 0.4 };

const classIndex = (kind: ScreeningKind) => SCORER_CLASSES.indexOf(kind);

/** Trains the model on labelled texts (pure: the same texts give the same weights). */
export function trainScorer(
  texts: TrainingText[],
  options: TrainingOptions = DEFAULT_TRAINING,
): ScorerModel {
  const counts = new Map<string, [number, number, number]>();
  const documents = [0, 0, 0];
  for (const text of texts) {
    const c = classIndex(text.kind);
    documents[c] = documents[c]! + 1;
    for (const feature of new Set(text.features)) {
      const row = counts.get(feature) ?? [0, 0, 0];
      row[c] = row[c]! + 1;
      counts.set(feature, row);
    }
  }
  const kept = [...counts].filter(([, row]) => row[0] + row[1] + row[2] >= options.minCount);
  const totals = [0, 1, 2].map((c) => kept.reduce((sum, [, row]) => sum + row[c]!, 0));
  const denominators = totals.map((t) => t + options.alpha * kept.length);
  const round = (value: number) => Math.round(value * 100) / 100;
  const features: Record<string, [number, number, number]> = {};
  for (const [feature, row] of kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const weights = [0, 1, 2].map((c) =>
      round(Math.log((row[c]! + options.alpha) / denominators[c]!)),
    ) as [number, number, number];
    const gain = Math.max(Math.abs(weights[0] - weights[2]), Math.abs(weights[1] - weights[2]));
    if (gain >= options.minGain) features[feature] = weights;
  }
  const all = documents[0]! + documents[1]! + documents[2]!;
  const prior = documents.map((d) => round(Math.log((d + 1) / (all + 3)))) as [
    number,
    number,
    number,
  ];
  return { prior, features };
}

export interface Score {
  /** Log-odds of each threat class against `none`. */
  retaliation: number;
  legalThreat: number;
  /** The known features with their weight for the leading threat class against `none`. */
  weighed: { feature: string; weight: number }[];
}

/** Scores a text's features: how much more a threat than harmless text it reads. */
export function scoreFeatures(model: ScorerModel, features: string[]): Score {
  const sums = [...model.prior];
  const known: { feature: string; row: [number, number, number] }[] = [];
  for (const feature of features) {
    const row = model.features[feature];
    if (!row) continue;
    known.push({ feature, row });
    for (let c = 0; c < 3; c++) sums[c] = sums[c]! + row[c]!;
  }
  const retaliation = sums[0]! - sums[2]!;
  const legalThreat = sums[1]! - sums[2]!;
  const lead = retaliation >= legalThreat ? 0 : 1;
  const weighed = known
    .map(({ feature, row }) => ({ feature, weight: row[lead] - row[2] }))
    .sort((a, b) => b.weight - a.weight);
  return { retaliation, legalThreat, weighed };
}

/**
 * The model as stored in weights.json: one feature a line ("name w w w"), so the file stays
 * one compact string that formatters leave alone.
 */
export interface StoredModel {
  prior: [number, number, number];
  features: string;
}

export function storeModel(model: ScorerModel): StoredModel {
  const lines = Object.entries(model.features).map(([name, w]) => `${name} ${w.join(" ")}`);
  return { prior: model.prior, features: lines.join("\n") };
}

export function loadModel(stored: StoredModel): ScorerModel {
  const features: Record<string, [number, number, number]> = {};
  for (const line of stored.features.split("\n")) {
    const [name, a, b, c] = line.split(" ");
    if (name) features[name] = [Number(a), Number(b), Number(c)];
  }
  return { prior: stored.prior, features };
}
