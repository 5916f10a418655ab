import { findAll, matches, type Span } from "../compile";
import { reviewLinkOf, type ReviewLink } from "../review-link";
import type { Reading } from "../screen-text";
import { isVenueThreat, scopeOf, type Sentence } from "../structure";
import type { EvidenceRole } from "../types";

/**
 * The weak signals the rule stages compute, each a meaning rather than a phrase: a review
 * link, a demand, a condition, harm to the reader, legal words, who is addressed, and the
 * scopes that disarm a cue. No single one is a threat; the signal model weighs them together.
 */
export const BASE_SIGNALS = [
  "context",
  "review",
  "removal",
  "own-review",
  "hostile-review",
  "demand",
  "condition",
  "deadline",
  "harm",
  "disarmed",
  "threat-word",
  "legal",
  "first",
  "second",
  "future",
  "question",
  "negation",
  "reported",
  "honest",
  "praise",
  "courtesy",
] as const;
export type BaseSignal = (typeof BASE_SIGNALS)[number];

/**
 * Signals that gate a reading but carry no weight in the model: the lexicons' own threat
 * families. The model reads the texts no family knows, so it must learn from meaning and
 * structure, not lean on the phrases the rules already catch.
 */
const UNWEIGHED = new Set<BaseSignal>(["threat-word"]);

/** A signal that fired and, where it is a phrase, the phrase in the normalised text. */
export interface FiredSignal {
  name: BaseSignal;
  phrase?: { sentence: Sentence; span: Span };
  role?: EvidenceRole;
}

export interface Signals {
  fired: Map<BaseSignal, FiredSignal>;
  /** The review link the rules' review-link stage found, as spans. */
  links: ReviewLink[];
}

/**
 * How far the scorer's log-odds of retaliation reach, as steps: the scorer reads the words'
 * topic ("a threat-like text"), the signals read who does what to whom.
 */
const SCORE_STEPS = [0, 10, 20, 30, 45, 60] as const;

/**
 * The model's input: the weighed base signals, the scorer's steps reached, and every pair of
 * them ("review&harm", "context&nb>=20").
 */
export function signalFeatures(signals: Signals, retaliationScore: number): string[] {
  const names: string[] = BASE_SIGNALS.filter((n) => signals.fired.has(n) && !UNWEIGHED.has(n));
  for (const step of SCORE_STEPS) if (retaliationScore >= step) names.push(`nb>=${step}`);
  const features = [...names];
  for (let i = 0; i < names.length; i++) {
    for (let k = i + 1; k < names.length; k++) features.push(`${names[i]}&${names[k]}`);
  }
  return features;
}

/**
 * Reads a text's weak signals. Harm and legal words count only in the sender's own voice
 * (not negated, reported or asked about): in those scopes they are `disarmed`.
 */
export function signalsOf(reading: Reading, hasContextLink: boolean): Signals {
  const { sentences, lex, norm, language } = reading;
  const fired = new Map<BaseSignal, FiredSignal>();
  const fire = (name: BaseSignal, sentence?: Sentence, span?: Span, role?: EvidenceRole) => {
    if (fired.has(name)) return;
    fired.set(name, { name, phrase: sentence && span ? { sentence, span } : undefined, role });
  };
  const firstIn = (pattern: RegExp, name: BaseSignal, role?: EvidenceRole) => {
    for (const s of sentences) {
      const found = findAll(pattern, s.text)[0];
      if (found) return fire(name, s, found, role);
    }
  };
  if (hasContextLink) fire("context");
  const links: ReviewLink[] = [];
  for (const sentence of sentences) {
    const link = reviewLinkOf(sentence, lex, hasContextLink, links.at(-1), links.at(-2));
    links.push(link);
    const mention = link.mentions[0];
    if (mention) fire("review", sentence, mention, "review-mention");
    const removal = link.removals[0];
    if (removal) fire("removal", sentence, removal, "removal-demand");
  }
  firstIn(lex.ownReview, "own-review", "review-mention");
  firstIn(lex.reviewPost, "own-review", "review-mention");
  firstIn(lex.negativeReview, "hostile-review", "review-leverage");
  firstIn(lex.demand, "demand", "review-leverage");
  firstIn(lex.ultimatum, "condition", "ultimatum");
  firstIn(lex.orElse, "condition", "ultimatum");
  firstIn(lex.dependency, "condition", "ultimatum");
  firstIn(lex.deadline, "deadline", "ultimatum");
  for (const s of sentences) {
    for (const span of findAll(lex.harm, s.text)) {
      const scope = scopeOf(s, span, lex, language, true);
      if (scope === "active" || scope === "general") fire("harm", s, span, "intimidation");
      else fire("disarmed");
    }
  }
  const threatLists = [lex.intimidation, lex.sanction, lex.orElse];
  if (threatLists.some((list) => matches(list, norm.text))) fire("threat-word");
  for (const s of sentences) {
    const venues = findAll(lex.venue, s.text).filter((v) => isVenueThreat(s, v, lex));
    for (const span of [...findAll(lex.legal, s.text), ...venues]) {
      const scope = scopeOf(s, span, lex, language);
      if (scope === "active") fire("legal", s, span, "legal-threat");
      else fire("disarmed");
    }
  }
  if (sentences.some((s) => s.hasFirstPerson)) fire("first");
  if (sentences.some((s) => s.hasSecondPerson)) fire("second");
  if (matches(lex.future, norm.text)) fire("future");
  if (sentences.some((s) => s.isQuestion)) fire("question");
  if (matches(lex.negation, norm.text)) fire("negation");
  if (matches(lex.reporting, norm.text) || sentences.some((s) => s.quotes.length > 0)) {
    fire("reported");
  }
  if (matches(lex.honest, norm.text)) fire("honest");
  if (matches(lex.praise, norm.text)) fire("praise");
  if (matches(lex.courtesy, norm.text) || matches(lex.politeness, norm.text)) fire("courtesy");

  return { fired, links };
}
