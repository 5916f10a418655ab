import { execAll, findAll, matches, type CompiledLexicon, type Span } from "./compile";
import type { ScreeningLanguage } from "./types";

/** A sentence of the normalised text, with what its structure says about any cue in it. */
export interface Sentence {
  start: number;
  text: string;
  isQuestion: boolean;
  hasFirstPerson: boolean;
  hasSecondPerson: boolean;
  /** The sentence presents itself as a notice ("this letter", "hereby"). */
  isPerformative: boolean;
  ultimatums: Span[];
  /** Spans inside quotation marks long enough to be someone else's words. */
  quotes: Span[];
}

export type CueScope = "active" | "negated" | "reported" | "question" | "general";

/**
 * A sentence ends at . ! ? ; or a line break, but not at an ordinal ("bis zum 20. März") nor
 * inside a number ("1.260 €", "Rp 2.000.000", "v2.1"), where a long message's amounts would
 * otherwise cut its deciding sentence in pieces; an amount ends one ("…Rp 14.500.000. Kalau…").
 */
const SENTENCE = /(?:[^.!?;\n]|(?<=(?:^|[^\d.])\d{1,2})\.(?= )|(?<=\d)\.(?=\d))+[.!?;\n]*/g;
const QUOTE = /"([^"]*)"/g;
const WORD = /[a-z0-9-]+/g;
const CLAUSE_PUNCTUATION = /[,:()"]/;

export function splitSentences(text: string, lex: CompiledLexicon): Sentence[] {
  const sentences: Sentence[] = [];
  for (const match of execAll(SENTENCE, text)) {
    const sentenceText = match[0];
    if (!/[a-z]/.test(sentenceText)) continue;
    const trimmed = sentenceText.trimEnd();
    const opener = trimmed.trimStart();
    const quotes: Span[] = [];
    for (const quote of execAll(QUOTE, sentenceText)) {
      if ((quote[1] ?? "").trim().split(/\s+/).length >= 4) {
        quotes.push({ start: quote.index, end: quote.index + quote[0].length, text: quote[0] });
      }
    }
    sentences.push({
      start: match.index,
      text: sentenceText,
      isQuestion:
        (trimmed.endsWith("?") && !isTagQuestion(trimmed, lex)) ||
        opener.startsWith("¿") ||
        (!/[.!]$/.test(trimmed) && startsWith(lex.questionOpener, opener)),
      hasFirstPerson: matches(lex.firstPerson, sentenceText),
      hasSecondPerson: matches(lex.secondPerson, sentenceText),
      isPerformative: matches(lex.performative, sentenceText),
      ultimatums: conditionsOf(sentenceText, lex),
      quotes,
    });
  }
  return sentences;
}

/**
 * The ultimatums of a sentence, less the "if" of a condition that only asks for the reader's
 * agreement or convenience ("let me know if your legal team is happy", "si te parece"): legal
 * words beside it are news or scheduling, not the consequence of a condition.
 */
function conditionsOf(text: string, lex: CompiledLexicon): Span[] {
  const polite = findAll(lex.politeCondition, text);
  return findAll(lex.ultimatum, text).filter(
    (u) => !polite.some((p) => p.start <= u.start && u.end <= p.end),
  );
}

/**
 * A statement closed by a question tag ("Sería una lástima que…, ¿no cree?", "…, n'est-ce
 * pas ?", "…, oder?"): the last clause after a comma is a tag, and the sentence does not open
 * as a question. It is read as the statement it closes.
 */
function isTagQuestion(trimmed: string, lex: CompiledLexicon): boolean {
  const comma = trimmed.lastIndexOf(",");
  if (comma === -1) return false;
  const tag = (trimmed.slice(comma + 1).match(/[a-z0-9]+/g) ?? []).join(" ");
  const found = findAll(lex.questionTag, tag);
  return (
    found.some((t) => t.start === 0 && t.end === tag.length) &&
    !startsWith(lex.questionOpener, trimmed.replace(/^[¿\s]+/, ""))
  );
}

function startsWith(pattern: RegExp, text: string): boolean {
  const found = findAll(pattern, text.slice(0, 24));
  return found.length > 0 && found[0]!.start === 0;
}

interface Word {
  start: number;
  end: number;
  text: string;
  /** A comma, colon or bracket stands between this word and the next. */
  endsClause: boolean;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of execAll(WORD, text)) {
    words.push({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      endsClause: false,
    });
  }
  for (let i = 0; i < words.length - 1; i++) {
    const between = text.slice(words[i]!.end, words[i + 1]!.start);
    words[i]!.endsClause = CLAUSE_PUNCTUATION.test(between);
  }
  return words;
}

const NEGATION_WINDOW = 6;

/**
 * Whether a negation governs the cue: a negation word inside the cue, or before it in the same
 * clause (within a few words, not past a subject pronoun or a clause edge), unless the
 * negation belongs to a condition ("if you don't remove it, we will sue").
 */
function isNegated(
  sentence: Sentence,
  cue: Span,
  lex: CompiledLexicon,
  language: ScreeningLanguage,
  isIdiom: boolean,
) {
  const words = wordsOf(sentence.text);
  // "No choice but to sue": the negation bears on the choice, the act still stands.
  if (matches(lex.exception, sentence.text.slice(0, cue.start))) return false;
  // "porterons pas plainte" carries its negation inside; "make sure no one" is an idiom.
  if (!isIdiom && matches(lex.negation, cue.text)) return true;
  const firstInCue = words.findIndex((w) => w.start >= cue.start);
  const cueIndex = firstInCue === -1 ? words.length : firstInCue;
  let from = cueIndex;
  for (let i = cueIndex - 1; i >= 0 && cueIndex - i <= NEGATION_WINDOW; i--) {
    const word = words[i]!;
    if (word.endsClause) break;
    if (matches(lex.scopeBreak, word.text)) break;
    from = i;
  }
  if (from < cueIndex) {
    const windowText = sentence.text.slice(words[from]!.start, cue.start);
    for (const negation of findAll(lex.negation, windowText)) {
      const at = words[from]!.start + negation.start;
      if (isPrivativeOutOfReach(words, negation, at, cue, lex)) continue;
      if (isLitotes(words, negation, at, lex)) continue;
      if (!followsConditional(words, at, lex, language)) return true;
    }
  }
  if (isCoordinatedNegation(sentence, words, cue, lex)) return true;
  if (language === "de") {
    // German puts the negation after the verb: "wir verklagen Sie nicht", "niemanden".
    const last = words.filter((w) => w.end <= cue.end).at(-1);
    const after = last?.endsClause ? [] : words.filter((w) => w.start >= cue.end).slice(0, 3);
    for (const word of after) {
      if (matches(lex.negation, word.text)) return true;
      if (word.endsClause) break;
    }
  }
  return false;
}

/** How many words a coordinated negation ("nor", "apalagi") governs after itself. */
const COORDINATION_REACH = 8;

/**
 * "We will neither sue nor ask you to change it", "kami gak bakal minta dihapus, apalagi bawa ke
 * ranah hukum": a coordinator after a negation carries it onto the cue that follows within a
 * few words (across a comma), unless a condition opens in between.
 */
function isCoordinatedNegation(sentence: Sentence, words: Word[], cue: Span, lex: CompiledLexicon) {
  for (const coordinator of findAll(lex.coordinatedNegation, sentence.text.slice(0, cue.start))) {
    if (!matches(lex.negation, sentence.text.slice(0, coordinator.start))) continue;
    const between = words.filter((w) => w.start >= coordinator.end && w.end <= cue.start);
    if (between.length > COORDINATION_REACH) continue;
    if (between.some((w) => matches(lex.conditional, w.text))) continue;
    return true;
  }
  return false;
}

/** How many words a privative ("without permission") governs after itself. */
const PRIVATIVE_REACH = 2;

/** "sin permiso te denunciamos": the privative negates its noun, and the cue stands beyond it. */
function isPrivativeOutOfReach(
  words: Word[],
  negation: Span,
  at: number,
  cue: Span,
  lex: CompiledLexicon,
) {
  if (!matches(lex.privative, negation.text)) return false;
  const between = words.filter((w) => w.start > at && w.end <= cue.start);
  // A person between them starts the main clause: "sin permiso te denunciamos".
  // A verb-second clause carries its subject inside the cue: "Ohne Rechnung wende ich mich an…".
  const startsClause =
    between.some((w) => matches(lex.firstPerson, w.text) || matches(lex.secondPerson, w.text)) ||
    matches(lex.firstPerson, cue.text);
  return startsClause || between.length > PRIVATIVE_REACH;
}

/**
 * "Nicht ohne Konsequenzen", "not without consequences", "pas sans suite", "no sin
 * consecuencias", "tidak tanpa akibat": two negations that cancel out, so the cue stands.
 */
function isLitotes(words: Word[], negation: Span, at: number, lex: CompiledLexicon) {
  const index = words.findIndex((w) => w.start >= at);
  if (index === -1) return false;
  // The pair is read as a run of words, since a negation may span two ("won t").
  const isPrivative = matches(lex.privative, negation.text);
  const from = isPrivative ? Math.max(0, index - LITOTES_GAP - 2) : index;
  const to = isPrivative ? index : index + LITOTES_GAP + 3;
  const run: string[] = [];
  for (const word of words.slice(from, to)) {
    // A clause edge between the two ends the pair.
    if (isPrivative && word.endsClause) run.length = 0;
    else run.push(word.text);
    if (!isPrivative && word.endsClause) break;
  }
  const text = run.join(" ");
  return isPrivative
    ? matches(lex.negation, text)
    : findAll(lex.privative, text).some((p) => p.start > 0);
}

/** How many words may stand between the two negations of a litotes ("won't go without"). */
const LITOTES_GAP = 2;

/**
 * How many words back a conditional opener claims a negation: German conditions put their verb
 * last, so "wenn das bis morgen nicht geklärt ist" keeps the negation in the condition further on.
 */
const CONDITION_REACH: Partial<Record<ScreeningLanguage, number>> = { de: 6 };

function followsConditional(
  words: Word[],
  at: number,
  lex: CompiledLexicon,
  language: ScreeningLanguage,
) {
  const index = words.findIndex((w) => w.start >= at);
  const reach = CONDITION_REACH[language] ?? 3;
  const before = words.slice(Math.max(0, index - reach), index).map((w) => w.text);
  return matches(lex.conditional, before.join(" "));
}

/** Clause edges: punctuation, or a coordinating conjunction of one of the five languages. */
const CLAUSE_EDGE =
  /[,:()]|\s(?:so|and|but|because|donc|et|mais|car|und|aber|denn|also|y|pero|porque|asi que|jadi|dan|tapi|tetapi|karena|sehingga)\s/g;

/** The clause around a span. */
function clauseAround(text: string, span: Span): string {
  let start = 0;
  let end = text.length;
  for (const edge of execAll(CLAUSE_EDGE, text)) {
    if (edge.index + edge[0].length <= span.start) start = edge.index + edge[0].length;
    else if (edge.index >= span.end) {
      end = edge.index;
      break;
    }
  }
  return text.slice(start, end);
}

/**
 * A venue (a court, the police, a lawyer) threatens only when its clause speaks of the
 * future or to the reader, or the sentence sets a condition: "my sister is a lawyer" and "my
 * hearing at the court is on Tuesday" are news, "you will hear from my lawyer" is not.
 */
export function isVenueThreat(sentence: Sentence, venue: Span, lex: CompiledLexicon): boolean {
  const clause = clauseAround(sentence.text, venue);
  return (
    sentence.ultimatums.length > 0 ||
    matches(lex.future, clause) ||
    matches(lex.secondPerson, clause)
  );
}

/** Decides whether a cue (a legal or intimidation phrase) is the sender's own threat. */
export function scopeOf(
  sentence: Sentence,
  cue: Span,
  lex: CompiledLexicon,
  language: ScreeningLanguage,
  isIdiom = false,
  next?: Sentence,
): CueScope {
  if (sentence.quotes.some((q) => q.start <= cue.start && cue.end <= q.end)) return "reported";
  const before = sentence.text.slice(0, cue.start);
  if (isReportedBefore(before, lex) || matches(lex.reporting, cue.text)) return "reported";
  if (matches(lex.reportingAfter, sentence.text.slice(cue.end))) return "reported";
  if (matches(lex.attribution, sentence.text)) return "reported";
  if (sentence.isQuestion) {
    const isRhetoricalUltimatum =
      sentence.hasFirstPerson && sentence.hasSecondPerson && sentence.ultimatums.length > 0;
    // "Do you really want to find out what my lawyer makes of your review?"
    const isRhetoricalDare =
      sentence.hasFirstPerson &&
      sentence.hasSecondPerson &&
      matches(lex.rhetorical, sentence.text) &&
      isReadersReview(sentence, lex);
    if (
      !isRhetoricalUltimatum &&
      !isRhetoricalDare &&
      !isBackedDare(sentence, cue, next, lex, isIdiom)
    )
      return "question";
  }
  if (isNegated(sentence, cue, lex, language, isIdiom)) return "negated";
  if (matches(lex.denial, sentence.text)) return "negated";
  // "Legal action will follow if the review remains online": a condition on the review's fate.
  const isReviewFateCondition =
    sentence.ultimatums.length > 0 &&
    matches(lex.reviewState, sentence.text) &&
    matches(lex.reviewNoun, sentence.text) &&
    !matches(lex.generalModal, sentence.text);
  const isDirected =
    isReviewFateCondition ||
    sentence.hasFirstPerson ||
    sentence.hasSecondPerson ||
    sentence.isPerformative ||
    sentence.ultimatums.some((u) => !matches(lex.conditional, u.text));
  if (!isDirected) return "general";
  if (!sentence.hasFirstPerson && matches(lex.generalModal, before)) return "general";
  return "active";
}

/**
 * A reporting frame before the cue, unless the speaker says it again after the frame ("Saya sudah
 * bilang dan saya tegaskan lagi di sini: kembalikan DP…", "I said it and I repeat it: …").
 */
function isReportedBefore(before: string, lex: CompiledLexicon): boolean {
  const frame = findAll(lex.reporting, before).at(-1);
  if (!frame) return false;
  return !findAll(lex.reaffirmation, before).some((r) => r.start >= frame.start);
}

/**
 * A question that dares the reader and that the speaker backs ("Wollen Sie wirklich, dass ich die
 * Betreibung einleite?", "Préférez-vous régler la facture, ou recevoir une injonction de payer ?",
 * "Do you honestly want this to end up in small claims court? Because that's exactly where it's
 * going if…"): a dare before the cue, and the speaker acting after it, a choice offered after it,
 * or a condition in the next sentence, or the next sentence in the speaker's voice naming the law
 * (for intimidation, which needs a review link anyway, the speaker's voice is enough: "Saya kenal
 * beliau, lho.").
 */
function isBackedDare(
  sentence: Sentence,
  cue: Span,
  next: Sentence | undefined,
  lex: CompiledLexicon,
  isIdiom: boolean,
): boolean {
  const dare = findAll(lex.dare, sentence.text).find((d) => d.start <= cue.start);
  if (!dare) return false;
  const after = sentence.text.slice(dare.end);
  if (matches(lex.firstPerson, after) || matches(lex.disjunction, after)) return true;
  if (!next || next.isQuestion) return false;
  // "…? Because that's where it goes if the £2,000 isn't paid by Friday."
  if (next.ultimatums.length > 0) return true;
  return (
    next.hasFirstPerson &&
    (isIdiom || matches(lex.legal, next.text) || matches(lex.venue, next.text))
  );
}

/** How many words may stand before a removal verb that is still a demand ("please remove"). */
const DEMAND_OPENING = 4;

/** Whether at most a few words stand between the start of the clause and `at`. */
export function isClauseOpening(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const clause = before.split(/[,:;()"\u2013\u2014]|\s-\s/).at(-1) ?? "";
  return clause.trim().split(/\s+/).filter(Boolean).length <= DEMAND_OPENING;
}

/** A review the reader wrote: a review noun with a second-person word right beside it. */
function isReadersReview(sentence: Sentence, lex: CompiledLexicon): boolean {
  return findAll(lex.reviewNoun, sentence.text).some((m) =>
    matches(lex.secondPerson, sentence.text.slice(Math.max(0, m.start - 12), m.end + 8)),
  );
}
