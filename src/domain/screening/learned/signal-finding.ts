import type { Finding } from "../explain";
import { originalSpan } from "../normalise";
import type { Reading } from "../screen-text";
import type { Evidence, ScreeningKind } from "../types";
import { probabilityOf, type LogisticModel } from "./logistic";
import { signalFeatures, signalsOf, type BaseSignal, type Signals } from "./signals";

/**
 * The signal model: a logistic regression of retaliation against everything else, and the
 * probability from which it flags a linked text under pressure. (A second one for legal
 * threats added no legal recall under leave-one-set-out at any threshold and flagged harmless
 * texts, so legal escalation stays with the rules and the scorer: docs/SCREENING.md.)
 */
export interface SignalModel {
  retaliation: LogisticModel;
  threshold: number;
}

/** Signals that link a text to a review. */
const LINKS: readonly BaseSignal[] = [
  "context",
  "review",
  "removal",
  "own-review",
  "hostile-review",
];
/**
 * A threat neither the rules nor the scorer found, read from the weak signals combined: a
 * review link with a demand and harm to the reader, say, when no lexicon family knows the
 * phrasing (`scorerEvidence`: the scorer's highest-weight phrases). It reads `retaliation`
 * only, and only in a text linked to a review. A gate that also required a signal of pressure
 * (harm, a threat word, a bargain) kept set Z2 at 40% recall under leave-one-set-out; without
 * it the model reads 80–85% there (docs/SCREENING.md). The evidence names the signals'
 * phrases. Returns null when nothing is flagged.
 */
export function signalFinding(
  reading: Reading,
  contextLink: Evidence[],
  model: SignalModel,
  retaliationScore: number,
  scorerEvidence: () => Evidence[] = () => [],
): Finding | null {
  const signals = signalsOf(reading, contextLink.length > 0);
  const kind = kindBySignals(signals, retaliationScore, model);
  if (kind !== "retaliation") return null;
  const evidence = [...contextLink, ...phrases(reading, signals)];
  // The scorer's phrases, when its reading counted, name what the signals alone do not.
  const counted = retaliationScore >= 0 ? scorerEvidence() : [];
  for (const e of counted) if (!evidence.some((x) => x.phrase === e.phrase)) evidence.push(e);
  return { kind, learned: true, combined: true, evidence };
}

/** What the signal model reads in a text's signals (pure, so thresholds can be swept). */
export function kindBySignals(
  signals: Signals,
  retaliationScore: number,
  model: SignalModel,
): ScreeningKind {
  const has = (name: BaseSignal) => signals.fired.has(name);
  if (LINKS.some(has)) {
    if (
      probabilityOf(model.retaliation, signalFeatures(signals, retaliationScore)) >= model.threshold
    )
      return "retaliation";
  }
  return "none";
}

/** The phrases of the fired signals, in the sender's own words, each with its role. */
function phrases(reading: Reading, signals: Signals): Evidence[] {
  const evidence: Evidence[] = [];
  for (const signal of signals.fired.values()) {
    if (!signal.phrase || !signal.role) continue;
    const { sentence, span } = signal.phrase;
    const phrase = originalSpan(
      reading.original,
      reading.norm,
      sentence.start + span.start,
      sentence.start + span.end,
    );
    if (!evidence.some((e) => e.phrase === phrase)) evidence.push({ phrase, role: signal.role });
  }
  return evidence;
}
