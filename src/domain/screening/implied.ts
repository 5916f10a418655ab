import { findAll, matches, type CompiledLexicon, type Span } from "./compile";
import type { Finding } from "./explain";
import { originalSpan } from "./normalise";
import type { ReviewLink } from "./review-link";
import type { Reading } from "./screen-text";
import { scopeOf, type Sentence } from "./structure";
import type { Evidence } from "./types";

/** What the implied-threat rules read of one sentence (a subset of the decision's view). */
export interface ImpliedView {
  reading: Reading;
  sentences: Sentence[];
  index: number;
  reviewLinks: ReviewLink[];
  hasContextLink: boolean;
  /** Context link, removal demands and review mentions within one sentence either side. */
  linkEvidence: Evidence[];
  quote: (sentence: Sentence, span: Span) => string;
}

/** The speaker's own statement: not quoted, reported, asked about or negated. */
function isOwn(reading: Reading, sentence: Sentence, cue: Span): boolean {
  const next = reading.sentences[reading.sentences.indexOf(sentence) + 1];
  const scope = scopeOf(sentence, cue, reading.lex, reading.language, true, next);
  return scope === "active" || scope === "general";
}

function ownCues(reading: Reading, sentence: Sentence, pattern: RegExp): Span[] {
  return findAll(pattern, sentence.text).filter((cue) => isOwn(reading, sentence, cue));
}

function namesReview(sentence: Sentence | undefined, lex: CompiledLexicon): boolean {
  return (
    sentence !== undefined &&
    (matches(lex.reviewNoun, sentence.text) ||
      matches(lex.ownReview, sentence.text) ||
      matches(lex.reviewPost, sentence.text))
  );
}

const present = (s: Sentence | undefined): s is Sentence => s !== undefined;

/**
 * A review tied to money in a polite or casual tone: "the review we leave will naturally reflect
 * how the extra charge is settled", "the stars are still open, right?", "I had the 5-star review
 * ready, now I'm not sure", "I suppose your rating matters to you". The review is named in the
 * sentence or the one before, and money is in dispute within a sentence either side; thanks or
 * an honest review that comes whatever happens make it none.
 */
function reviewOnTermsIn(view: ImpliedView): Finding | null {
  const { reading, sentences, index } = view;
  const { lex } = reading;
  const sentence = sentences[index]!;
  const previous = sentences[index - 1];
  if ([previous, sentence].some((s) => s && matches(lex.gratitude, s.text))) return null;
  if (matches(lex.honest, sentence.text) && matches(lex.regardless, sentence.text)) return null;
  const terms = ownCues(reading, sentence, lex.reviewTerms);
  if (terms.length === 0 || !(namesReview(sentence, lex) || namesReview(previous, lex))) {
    return null;
  }
  // "Quick question about the delivery fee: per trip or per pallet?" disputes nothing.
  const money = [previous, sentence, sentences[index + 1]]
    .filter(present)
    .filter((s) => !s.isQuestion || s === sentence)
    .flatMap((s) =>
      [...findAll(lex.charge, s.text), ...findAll(lex.demand, s.text)].map((m) => ({ s, m })),
    )[0];
  if (!money) return null;
  return {
    kind: "retaliation",
    evidence: [
      { phrase: view.quote(sentence, terms[0]!), role: "review-leverage" },
      { phrase: view.quote(money.s, money.m), role: "ultimatum" },
    ],
  };
}

/**
 * A third party placed to hear about the reader's review: a relative or friend of the speaker in
 * purchasing or on the panel that decides the reader's work, and an interest in what the reader
 * writes ("My cousin runs purchasing at your biggest client. She'd love to read what you post
 * about clients."), sent after the review or with the review named nearby.
 */
function insiderIn(view: ImpliedView): Finding | null {
  const { reading, sentences, index } = view;
  const { lex } = reading;
  if (view.linkEvidence.length === 0) return null;
  if (matches(lex.gratitude, reading.norm.text) || matches(lex.praise, reading.norm.text)) {
    return null;
  }
  const sentence = sentences[index]!;
  const insider = ownCues(reading, sentence, lex.insider)[0];
  if (!insider) return null;
  const curious = [sentence, sentences[index + 1]]
    .filter(present)
    .flatMap((s) => ownCues(reading, s, lex.curiousReader).map((c) => ({ s, c })))[0];
  if (!curious) return null;
  return {
    kind: "retaliation",
    evidence: [
      { phrase: view.quote(sentence, insider), role: "intimidation" },
      { phrase: view.quote(curious.s, curious.c), role: "intimidation" },
      ...view.linkEvidence,
    ],
  };
}

/** "Our", "notre", "unser", "nuestro", "kami": the speaker's own schedule or process. */
const OWN_POSSESSIVE = /(?:^|\s)(?:our|notre|nos|unser\w*|nuestr[oa]s?|kami)\s/;

/**
 * The reader's service reconsidered right after their review is named: "Your review has been
 * forwarded to head office. Your visits for next month are being reconsidered." The review
 * sentence names the reader's review; the sentence after puts the reader's schedule, slot or
 * contract in doubt, or, when the review was passed on inside the firm, names being discussed.
 * A schedule reviewed with no review named, or the speaker's own process reviewed, is routine.
 */
function reconsideredIn(view: ImpliedView): Finding | null {
  const { reading, sentences, index } = view;
  const { lex } = reading;
  const sentence = sentences[index]!;
  const cue = ownCues(reading, sentence, lex.reconsidered)[0];
  if (!cue) return null;
  const isReadersReview = (i: number) => {
    const link = view.reviewLinks[i];
    return link !== undefined && link.mentions.length > 0 && link.sentence.hasSecondPerson;
  };
  const reviewAt = isReadersReview(index - 1)
    ? index - 1
    : isReadersReview(index) && view.reviewLinks[index]!.mentions[0]!.end <= cue.start
      ? index
      : -1;
  if (reviewAt < 0) return null;
  const review = sentences[reviewAt]!;
  if (
    [review, sentence].some((s) => matches(lex.gratitude, s.text) || matches(lex.praise, s.text))
  ) {
    return null;
  }
  // Passed on inside the firm, the doubt needs no "your": "…certain names are being discussed",
  // unless it is the speaker's own process ("our rota is being reviewed").
  const isForwarded = matches(lex.forwarded, review.text);
  const isOwnProcess = OWN_POSSESSIVE.test(sentence.text.slice(0, cue.start));
  if (!sentence.hasSecondPerson && (!isForwarded || isOwnProcess)) return null;
  return {
    kind: "retaliation",
    evidence: [
      { phrase: view.quote(sentence, cue), role: "sanction" },
      ...view.reviewLinks[reviewAt]!.mentions.map((m) => ({
        phrase: view.quote(review, m),
        role: "review-mention" as const,
      })),
      ...view.linkEvidence.filter((e) => e.role === "context-link"),
    ],
  };
}

/**
 * Sarcasm about the reader's review answered by a harm: "Lovely review, truly. Shame your own
 * profile will look different once your old suppliers start talking." The praise names the
 * review, no thanks stand anywhere in the text, and a harm follows in the sentence or the next two.
 */
function sarcasmIn(view: ImpliedView): Finding | null {
  const { reading, sentences, index } = view;
  const { lex } = reading;
  if (view.linkEvidence.length === 0 || matches(lex.gratitude, reading.norm.text)) return null;
  const sentence = sentences[index]!;
  if (sentence.isQuestion) return null;
  // The praise is of the reader's review: sent after it, or said to the reader ("Nice review of
  // the new café in the paper" praises someone else's).
  const previous = sentences[index - 1];
  const isToReader =
    view.hasContextLink || sentence.hasSecondPerson || previous?.hasSecondPerson === true;
  if (!isToReader) return null;
  const sarcasm = ownCues(reading, sentence, lex.sarcasm)[0];
  if (!sarcasm) return null;
  // "…your contract ends on Friday as agreed" is the plan, not a harm.
  const harm = [sentence, sentences[index + 1], sentences[index + 2]]
    .filter(present)
    .filter((s) => !matches(lex.requested, s.text))
    .flatMap((s) =>
      [...ownCues(reading, s, lex.retort), ...ownCues(reading, s, lex.harm)]
        .filter((h) => s !== sentence || h.start >= sarcasm.end)
        .map((h) => ({ s, h })),
    )[0];
  if (!harm) return null;
  return {
    kind: "retaliation",
    evidence: [
      { phrase: view.quote(sentence, sarcasm), role: "intimidation" },
      { phrase: view.quote(harm.s, harm.h), role: "intimidation" },
      ...view.linkEvidence,
    ],
  };
}

/** The implied threats of retaliation, tried on one sentence in turn. */
export function impliedRetaliationIn(view: ImpliedView): Finding | null {
  return reviewOnTermsIn(view) ?? insiderIn(view) ?? reconsideredIn(view) ?? sarcasmIn(view);
}

/** A text-wide span in its sentence's coordinates, or null when it starts in no sentence. */
function inSentence(reading: Reading, span: Span): { sentence: Sentence; local: Span } | null {
  const sentence = reading.sentences.find(
    (s) => s.start <= span.start && span.start < s.start + s.text.length,
  );
  if (!sentence) return null;
  const start = span.start - sentence.start;
  const end = Math.min(span.end - sentence.start, sentence.text.length);
  return { sentence, local: { start, end, text: sentence.text.slice(start, end) } };
}

/**
 * Legal escalation made indirectly, read across sentences (a title like "Dr." or "Lic." ends
 * one): counsel copied in on a dispute about defects, money or delivery ("I've cc'd our attorney
 * on the unpaid balance", "Je mets Maître … en copie … malfaçons", "Herrn Dr. …, der uns vertritt,
 * in Kopie gesetzt … Mängel"); or a complaint or payment-order claim already drafted and held back
 * pending the reader's answer ("I've filled it in already. Whether I press submit depends on…",
 * "ya tengo redactada la denuncia … La tengo guardada"). Counsel copied in for ordinary work, or a
 * form filled in for a permit, is none. With a review link the escalation is retaliation.
 */
export function indirectLegal(reading: Reading, links: Evidence[]): Finding | null {
  const { lex, norm, sentences } = reading;
  const quoteText = (span: Span) => originalSpan(reading.original, norm, span.start, span.end);
  const finding = (cues: Span[]): Finding => {
    const evidence: Evidence[] = cues.map((c) => ({ phrase: quoteText(c), role: "legal-threat" }));
    return links.length > 0
      ? { kind: "retaliation", evidence: [...evidence, ...links] }
      : { kind: "legal_threat", evidence };
  };
  const dispute = findAll(lex.dispute, norm.text)[0];
  if (dispute) {
    const counsel = findAll(lex.counselCopied, norm.text).find((c) => {
      const at = inSentence(reading, c);
      return at !== null && isOwn(reading, at.sentence, at.local);
    });
    if (counsel) return finding([counsel, dispute]);
  }
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    const drafted = ownCues(reading, sentence, lex.claimDrafted)[0];
    if (!drafted) continue;
    const around = (from: number, to: number) => sentences.slice(Math.max(0, from), to + 1);
    const body = around(i - 1, i + 1).flatMap((s) =>
      findAll(lex.claimBody, s.text).map((b) => ({
        ...b,
        start: b.start + s.start,
        end: b.end + s.start,
      })),
    )[0];
    const held = around(i, i + 1).flatMap((s) =>
      findAll(lex.heldBack, s.text).map((h) => ({
        ...h,
        start: h.start + s.start,
        end: h.end + s.start,
      })),
    )[0];
    if (body && held) {
      const at = {
        ...drafted,
        start: drafted.start + sentence.start,
        end: drafted.end + sentence.start,
      };
      return finding([body, at, held]);
    }
  }
  return null;
}

/** Counsel copied in with no dispute in the text: ordinary work ("…who is preparing the lease"). */
export function isCounselAtWork(reading: Reading, sentence: Sentence, cue: Span): boolean {
  const { lex } = reading;
  if (matches(lex.dispute, reading.norm.text)) return false;
  return findAll(lex.counselCopied, sentence.text).some(
    (c) => c.start < cue.end && cue.start < c.end,
  );
}
