import { findAll, matches, type Span } from "../compile";
import type { Finding } from "../explain";
import { originalSpan } from "../normalise";
import { reviewLinkOf, type ReviewLink } from "../review-link";
import type { Reading } from "../screen-text";
import { isVenueThreat, scopeOf, type CueScope, type Sentence } from "../structure";
import type { Evidence, EvidenceRole } from "../types";
import { featuresOf, type TextFeature } from "./features";
import { scoreFeatures, type Score, type ScorerModel } from "./naive-bayes";
import type { SignalModel } from "./signal-finding";

export interface ScorerOptions {
  /** Log-odds of retaliation against `none` from which the scorer flags a linked text. */
  threshold: number;
  /** Log-odds of a legal threat against `none` from which it flags an unlinked one. */
  legalThreshold: number;
  /**
   * Log-odds of retaliation from which a text with no review link found by the rules still
   * reads as retaliation ("…I'll keep my thoughts about your plumber off Nextdoor").
   */
  unlinkedThreshold: number;
  /** How many of the highest-weight phrases are read for their scope and named as evidence. */
  phrases: number;
}

export interface Scorer {
  model: ScorerModel;
  options: ScorerOptions;
  /** The weak signals combined, read when neither the rules nor the scorer flag a text. */
  signals?: SignalModel;
}

const IGNORED_ROLE: Record<Exclude<CueScope, "active">, EvidenceRole> = {
  negated: "negated-ignored",
  reported: "reported-ignored",
  question: "question-ignored",
  general: "general-ignored",
};

/** Scopes in which the rules' reading of a threat word overrules the scorer. */
const VETOING_ROLES = new Set<EvidenceRole>([
  "negated-ignored",
  "reported-ignored",
  "question-ignored",
]);

/** A text's scorer features and their score. */
export interface ScoredText {
  features: TextFeature[];
  score: Score;
}

/** Scores a text with the naive Bayes model (the signal model reads the same score). */
export function scoreReading(
  reading: Reading,
  hasContextLink: boolean,
  model: ScorerModel,
): ScoredText {
  const { sentences, lex, norm } = reading;
  const features = featuresOf(norm.text, { sentences, lex, hasContextLink });
  return {
    features,
    score: scoreFeatures(
      model,
      features.map((f) => f.name),
    ),
  };
}

/**
 * The scorer's highest-weight phrases (weight above zero), in the sender's own words, named as
 * the evidence of a reading the signal model made partly from the scorer's log-odds.
 */
export function scorerPhrases(reading: Reading, scored: ScoredText, count: number): Evidence[] {
  const spans = new Map(
    scored.features.flatMap((f) => (f.span ? [[f.name, f.span] as const] : [])),
  );
  const found: Evidence[] = [];
  for (const { feature, weight } of scored.score.weighed) {
    if (weight <= 0 || found.length >= count) break;
    const span = spans.get(feature);
    if (!span) continue;
    const phrase = originalSpan(reading.original, reading.norm, span.start, span.end);
    if (!found.some((e) => e.phrase === phrase)) found.push({ phrase, role: "intimidation" });
  }
  return found;
}

interface Phrase {
  sentence: Sentence;
  span: Span;
  weight: number;
}

/**
 * A threat the rules did not find, read by the learned scorer. It counts as `retaliation` when
 * a review is linked (the context, a review named or a removal demanded anywhere in the text)
 * and as `legal_threat` when the scorer reads legal escalation with no link. The phrases that
 * weigh most must be the sender's own words: if the first of them is negated, reported or
 * asked about, or none of them is addressed (first or second person, a notice, an ultimatum;
 * or any phrase when the context links a review), the scorer's reading is vetoed.
 * Returns null when nothing is flagged; `ruled` is the rules' own `none`, kept for its evidence.
 */
export function learnedFinding(
  reading: Reading,
  contextLink: Evidence[],
  scorer: Scorer,
  ruled: Finding,
  scored: ScoredText = scoreReading(reading, contextLink.length > 0, scorer.model),
): Finding | null {
  const { sentences, lex, norm } = reading;
  const hasContextLink = contextLink.length > 0;
  const { features, score } = scored;
  const { threshold, legalThreshold, unlinkedThreshold } = scorer.options;
  if (score.retaliation < threshold && score.legalThreat < legalThreshold) return null;
  // A threat word the rules read and set aside as negated, reported or asked about stays set
  // aside: "we will under no circumstances take legal steps" must not be re-read by topic.
  const isSetAside = ruled.evidence.some((e) => VETOING_ROLES.has(e.role));
  if (isSetAside) return null;

  const links: ReviewLink[] = [];
  for (const sentence of sentences) {
    links.push(reviewLinkOf(sentence, lex, hasContextLink, links.at(-1), links.at(-2)));
  }
  const quote = (sentence: Sentence, span: Span) =>
    originalSpan(reading.original, norm, sentence.start + span.start, sentence.start + span.end);
  const linkEvidence: Evidence[] = [
    ...contextLink,
    ...links.flatMap((l) =>
      l.removals.map((r) => ({ phrase: quote(l.sentence, r), role: "removal-demand" as const })),
    ),
    ...links.flatMap((l) =>
      l.mentions.map((m) => ({ phrase: quote(l.sentence, m), role: "review-mention" as const })),
    ),
  ];
  const isLinked = linkEvidence.length > 0;
  const kind =
    (isLinked && Math.max(score.retaliation, score.legalThreat) >= threshold) ||
    (score.retaliation >= unlinkedThreshold && score.retaliation >= score.legalThreat)
      ? "retaliation"
      : !isLinked && score.legalThreat >= legalThreshold && score.legalThreat >= score.retaliation
        ? "legal_threat"
        : null;
  if (kind === null) return null;
  // "I'll write a fair review after the project": an honest review announced with no ultimatum.
  const isHonest =
    matches(lex.honest, norm.text) && !sentences.some((s) => s.ultimatums.length > 0);
  if (kind === "retaliation" && isHonest) return null;
  // "Your review helped us a lot, word will get around": praise with no ultimatum.
  const isPraise =
    matches(lex.praise, norm.text) && !sentences.some((s) => s.ultimatums.length > 0);
  if (kind === "retaliation" && isPraise) return null;
  // "Remove it if you wish, otherwise no worries": a request with a courteous way out.
  if (kind === "retaliation" && matches(lex.courtesy, norm.text)) return null;
  // Legal escalation needs a word of the law somewhere (a lawyer, a court, a claim): the
  // scorer re-reads its structure ("we have instructed our lawyer to prepare…"), and pausing
  // work or a reminder with a deadline stay business.
  // A venue counts only where the rules would read it as a threat: "our office is next to the
  // county court" names a court and threatens nobody.
  const hasLegalWord =
    matches(lex.legal, norm.text) ||
    sentences.some((s) => findAll(lex.venue, s.text).some((v) => isVenueThreat(s, v, lex)));
  if (kind === "legal_threat" && !hasLegalWord) return null;

  const spans = new Map(features.flatMap((f) => (f.span ? [[f.name, f.span] as const] : [])));
  const phrases: Phrase[] = [];
  for (const { feature, weight } of score.weighed) {
    if (weight <= 0 || phrases.length >= scorer.options.phrases) break;
    const span = spans.get(feature);
    if (!span) continue;
    if (phrases.some((p) => p.sentence.start + p.span.start === span.start)) continue;
    const sentence = sentences.find(
      (s) => s.start <= span.start && span.end <= s.start + s.text.length,
    );
    if (!sentence) continue;
    const local = { ...span, start: span.start - sentence.start, end: span.end - sentence.start };
    phrases.push({ sentence, span: local, weight });
  }
  const scopes = phrases.map((p) => scopeOf(p.sentence, p.span, lex, reading.language, true));
  const first = scopes[0];
  const isVetoed =
    first === undefined ||
    first === "negated" ||
    first === "reported" ||
    first === "question" ||
    !scopes.some((s) => s === "active" || (s === "general" && hasContextLink));
  if (isVetoed) {
    for (const [i, p] of phrases.entries()) {
      const scope = scopes[i]!;
      const phrase = quote(p.sentence, p.span);
      if (scope === "active" || ruled.evidence.some((e) => e.phrase === phrase)) continue;
      ruled.evidence.push({ phrase, role: IGNORED_ROLE[scope] });
    }
    return null;
  }
  // Retaliation needs a word of threat somewhere too (a sanction, an intimidation, a hostile
  // review or its audience, an "or else"), in scope or not: the scorer re-reads how it is
  // said, but a text with none ("we put your name on the guest list") is only scored by
  // its topic, and leave-one-set-out showed such readings to be false alarms.
  if (kind === "retaliation" && !hasThreatWord(reading)) return null;
  const role: EvidenceRole = kind === "retaliation" ? "intimidation" : "legal-threat";
  const named = phrases.map((p) => ({ phrase: quote(p.sentence, p.span), role }));
  return {
    kind,
    learned: true,
    evidence: kind === "retaliation" ? [...named, ...linkEvidence] : named,
  };
}

/**
 * Whether any threat word of the lexicons stands in the text, whatever its scope. A review's
 * audience ("Nextdoor", "LinkedIn") counts only beside a demand, as in a bargain: alone it is
 * a place named.
 */
function hasThreatWord({ lex, norm }: Reading): boolean {
  const bargain = matches(lex.reviewReach, norm.text) && matches(lex.demand, norm.text);
  return (
    bargain ||
    [lex.legal, lex.venue, lex.intimidation, lex.sanction, lex.negativeReview, lex.orElse].some(
      (list) => matches(list, norm.text),
    )
  );
}
