/**
 * A logistic regression over binary features: one weight a feature and a bias. It combines
 * the weak signals, whose weights no single lexicon family decides.
 */
export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
}

export interface LogisticTraining {
  /** Passes of full-batch gradient descent. */
  epochs: number;
  learningRate: number;
  /** L2 penalty on the weights (not the bias). */
  l2: number;
  /** A feature must be seen in at least this many training texts. */
  minCount: number;
}

export const DEFAULT_LOGISTIC: LogisticTraining = {
  epochs: 400,
  learningRate: 0.5,
  l2: 0.001,
  minCount: 3,
};

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Trains a model that tells `positive` texts from the others (pure and deterministic: the
 * same texts in the same order give the same weights; no random initialisation).
 */
export function trainLogistic(
  texts: { features: string[]; positive: boolean }[],
  options: LogisticTraining = DEFAULT_LOGISTIC,
): LogisticModel {
  const counts = new Map<string, number>();
  for (const t of texts) for (const f of t.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts]
    .filter(([, n]) => n >= options.minCount)
    .map(([name]) => name)
    .sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = texts.map((t) => ({
    at: t.features.flatMap((f) => (index.has(f) ? [index.get(f)!] : [])),
    y: t.positive ? 1 : 0,
  }));
  const w = new Float64Array(names.length);
  let bias = 0;
  const n = rows.length;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const grad = new Float64Array(names.length);
    let gradBias = 0;
    for (const row of rows) {
      let z = bias;
      for (const i of row.at) z += w[i]!;
      const error = sigmoid(z) - row.y;
      gradBias += error;
      for (const i of row.at) grad[i] = grad[i]! + error;
    }
    bias -= (options.learningRate * gradBias) / n;
    for (let i = 0; i < w.length; i++) {
      w[i] = w[i]! - options.learningRate * (grad[i]! / n + options.l2 * w[i]!);
    }
  }
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const weights: Record<string, number> = {};
  names.forEach((name, i) => {
    const value = round(w[i]!);
    if (value !== 0) weights[name] = value;
  });
  return { bias: round(bias), weights };
}

/** The probability the model gives a text with these features. */
export function probabilityOf(model: LogisticModel, features: string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return sigmoid(z);
}
