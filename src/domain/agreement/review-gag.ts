import { foldText } from "../findings";
import {
  GAG_LANGUAGES,
  GAG_LEXICONS,
  type GagLanguage,
  type GagLexicon,
} from "./review-gag-lexicons";

/** What a gag clause does to honest reviews. */
export type GagKind =
  | "non_disparagement"
  | "review_restriction"
  | "review_removal"
  | "review_approval"
  | "review_penalty"
  | "review_rights";

/** A gag found in one sentence: its language, what it does, and the phrases that showed it. */
export interface ReviewGag {
  language: GagLanguage;
  kind: GagKind;
  /** The normalised phrases matched, in the order of the rule: e.g. ["se interdit", "avis"]. */
  phrases: string[];
}

/**
 * Folds case and accents and spells out French elisions ("l’avis" → "le avis", "s’interdit" →
 * "se interdit", "n’est" → "ne est"), so each lexicon has one spelling to know.
 */
export function normaliseClause(text: string): string {
  return foldText(text)
    .replace(/\b(jusqu|lorsqu|puisqu|qu|l|d|n|s|j|m|t|c)'\s*/g, "$1e ")
    .replace(/ß/g, "ss");
}

/** Sentences and clauses: a restriction speaks of what shares its sentence. */
function sentencesOf(normalised: string): string[] {
  return normalised
    .split(/[.!?;](?=\s|$)|\n+|\s[-–—]\s/)
    .map((s) => s.trim())
    .filter(Boolean);
}

interface Hit {
  phrase: string;
  index: number;
}

function firstHit(pattern: RegExp, sentence: string): Hit | undefined {
  const match = pattern.exec(sentence);
  return match ? { phrase: match[0], index: match.index } : undefined;
}

function allHits(pattern: RegExp, sentence: string): Hit[] {
  const global = new RegExp(pattern.source, "g");
  return [...sentence.matchAll(global)].map((m) => ({ phrase: m[0], index: m.index }));
}

/** A negation that stands before `target`: "shall not post", "ne publiera", "keine … Bewertung". */
function negationBefore(lexicon: GagLexicon, sentence: string, target: Hit): Hit | undefined {
  return allHits(lexicon.negations, sentence).find((hit) => hit.index < target.index);
}

/**
 * The rules, in order; each needs a review object (or non-disparagement wording) in the same
 * sentence as what restricts, removes, pre-approves, penalises or appropriates it.
 */
function gagIn(lexicon: GagLexicon, raw: string): Omit<ReviewGag, "language"> | undefined {
  const sentence = raw.replace(lexicon.workSenses, " ");
  const disparagement = firstHit(lexicon.disparagement, sentence);
  if (disparagement) {
    const restriction =
      firstHit(lexicon.prohibitions, sentence) ?? negationBefore(lexicon, sentence, disparagement);
    // "non-disparagement", "no denigración", "Nichtherabsetzung" restrict by themselves.
    const isNegatedNoun = /^(non|no|nicht)/.test(disparagement.phrase);
    if (restriction || isNegatedNoun) {
      return {
        kind: "non_disparagement",
        phrases: [restriction?.phrase, disparagement.phrase].filter((p): p is string => !!p),
      };
    }
  }
  const object = firstHit(lexicon.objects, sentence);
  if (!object) return undefined;
  const isPermitted = lexicon.permission.test(sentence);

  const prohibition = firstHit(lexicon.prohibitions, sentence);
  if (prohibition)
    return { kind: "review_restriction", phrases: [prohibition.phrase, object.phrase] };
  if (!isPermitted) {
    const publishing = allHits(lexicon.publishing, sentence);
    for (const verb of publishing) {
      const negation = negationBefore(lexicon, sentence, verb);
      if (negation) {
        return {
          kind: "review_restriction",
          phrases: [negation.phrase, verb.phrase, object.phrase],
        };
      }
    }
    // A negated object ("keine Bewertung … abgeben", "no negative reviews", "aucun avis"):
    // separable and postposed verbs put the verb anywhere, so any verb or qualifier will do.
    const negation = negationBefore(lexicon, sentence, object);
    const support = publishing[0] ?? firstHit(lexicon.negative, sentence);
    if (negation && support) {
      return {
        kind: "review_restriction",
        phrases: [negation.phrase, support.phrase, object.phrase],
      };
    }
  }
  const rules: [GagKind, RegExp][] = [
    ["review_removal", lexicon.removal],
    ["review_approval", lexicon.approval],
    ["review_penalty", lexicon.penalty],
    ["review_rights", lexicon.assignment],
  ];
  for (const [kind, pattern] of rules) {
    const hit = firstHit(pattern, sentence);
    if (hit) return { kind, phrases: [hit.phrase, object.phrase] };
  }
  return undefined;
}

/**
 * Finds a clause that restricts, pre-approves, removes, penalises or takes rights in honest
 * reviews, or forbids disparagement, in any of the five interface languages: sentence by
 * sentence, after normalisation, with each language's lexicon (review-gag-lexicons.ts).
 * Evaluating a deliverable ("the client reviews each deliverable within 5 days") is not a
 * public review and is never caught; a clause that frees reviews ("nothing prevents the client
 * from posting an honest review") is not a restriction.
 */
export function findReviewGag(text: string): ReviewGag | undefined {
  for (const sentence of sentencesOf(normaliseClause(text))) {
    for (const language of GAG_LANGUAGES) {
      const gag = gagIn(GAG_LEXICONS[language], sentence);
      if (gag) return { language, ...gag };
    }
  }
  return undefined;
}

/** The language of the gag a clause holds, or undefined for a fair clause. */
export function detectReviewGag(text: string): GagLanguage | undefined {
  return findReviewGag(text)?.language;
}
