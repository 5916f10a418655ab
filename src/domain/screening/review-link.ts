import { findAll, matches, type CompiledLexicon, type Span } from "./compile";
import { isClauseOpening, type Sentence } from "./structure";

/** How far (in characters) a removal verb may stand from the review it targets. */
const REMOVAL_REACH = 60;
/** How far (in characters) after a conditional opener a removal verb still belongs to it. */
const CONDITION_REACH = 16;

export interface ReviewLink {
  sentence: Sentence;
  mentions: Span[];
  removals: Span[];
}

/**
 * Review nouns in a sentence, and removal verbs aimed at one: near a review noun, at "it" when
 * the context links a review, or opening a demand right after a sentence that names a review
 * ("Your review is a lie. Delete it or…"), or two sentences back.
 */
export function reviewLinkOf(
  sentence: Sentence,
  lex: CompiledLexicon,
  hasContextLink: boolean,
  previous?: ReviewLink,
  earlier?: ReviewLink,
): ReviewLink {
  const mentions = findAll(lex.reviewNoun, sentence.text);
  // "Just saw the 2 stars. After all I did?? Delete it or…": up to two sentences back.
  const previousNamesReview =
    (previous?.mentions.length ?? 0) > 0 || (earlier?.mentions.length ?? 0) > 0;
  // "…no te la pago hasta que la quites": after a condition, the removal aims at the review named before.
  const conditions = findAll(lex.conditional, sentence.text);
  const followsCondition = (at: number) =>
    conditions.some((c) => c.end <= at && at - c.end <= CONDITION_REACH);
  const removals = findAll(lex.removal, sentence.text).filter(
    (verb) =>
      hasContextLink ||
      mentions.some((m) => Math.abs(m.start - verb.start) <= REMOVAL_REACH) ||
      (previousNamesReview &&
        (isClauseOpening(sentence.text, verb.start) || followsCondition(verb.start))),
  );
  return { sentence, mentions, removals };
}

/**
 * A review used as leverage: the sender's review of the other side under an ultimatum that
 * asks for something (a refund, a discount) or promises a hostile review (one star,
 * everywhere). The ultimatum may sit in the sentence before ("Refund me. Otherwise …").
 * Returns the ultimatum and demand spans, or null.
 */
export function reviewLeverage(sentences: Sentence[], i: number, lex: CompiledLexicon) {
  const sentence = sentences[i]!;
  const previous = sentences[i - 1];
  const speaksOfOwnReview = (s: Sentence | undefined) =>
    s !== undefined && (matches(lex.reviewPost, s.text) || matches(lex.ownReview, s.text));
  const bargain =
    reviewBargain(sentence, lex, previous) ??
    reluctantChange(sentences, i, lex) ??
    dependentReview(sentences, i, lex) ??
    softenedReview(sentences, i, lex);
  if (bargain) return bargain;
  if (sentence.ultimatums.length === 0) return null;
  const hostile = [
    ...findAll(lex.negativeReview, sentence.text),
    ...findAll(lex.reviewReach, sentence.text),
  ];
  // "Keep my rating at four stars; if not, expect one star": the review sits one sentence back.
  // "…kalau typo-nya saya perbaiki dulu": the speaker's own work is no demand.
  const demandsIn = (s: Sentence) =>
    findAll(lex.demand, s.text)
      .filter((d) => !isOwnWork(s.text, d.start))
      .map((d) => ({ ...d, sentence: s }));
  const demands = [...demandsIn(sentence), ...(previous ? demandsIn(previous) : [])];
  // "Waive the fee and I keep my five stars. Otherwise…": a bargain, then its alternative.
  const isBargain = speaksOfOwnReview(previous) && demands.some((d) => d.sentence === previous);
  // "Refund me, or everyone on Google will read…": a demand, then an alternative, then the
  // audience a review reaches, in that order, is a review threatened even without its noun.
  const firstDemand = demands.find((d) => d.sentence === sentence);
  const reachAfterAlternative =
    firstDemand !== undefined &&
    findAll(lex.reviewReach, sentence.text).some((r) =>
      sentence.ultimatums.some((u) => firstDemand.end <= u.start && u.end <= r.start),
    );
  // "Match the price or my review will say…": the alternative of an ultimatum is the review.
  const reviewIsAlternative = findAll(lex.orElse, sentence.text).some((a) =>
    [...findAll(lex.ownReview, sentence.text), ...findAll(lex.reviewPost, sentence.text)].some(
      (r) => a.start < r.start,
    ),
  );
  // "If the fix is not free, you get one star on Google from me": demand, condition and a hostile review.
  const isHostileBargain =
    firstDemand !== undefined && findAll(lex.negativeReview, sentence.text).length > 0;
  const source = speaksOfOwnReview(sentence)
    ? sentence
    : (hostile.length > 0 || isBargain) && speaksOfOwnReview(previous)
      ? previous!
      : reachAfterAlternative || isHostileBargain
        ? sentence
        : null;
  if (source === null) return null;
  if (demands.length === 0 && hostile.length === 0 && !reviewIsAlternative) return null;
  return {
    source,
    reviews: undefined,
    marks: [
      ...sentence.ultimatums.map((u) => ({ ...u, sentence })),
      ...hostile.map((h) => ({ ...h, sentence })),
      ...demands,
    ],
  };
}

/**
 * A bargain on a review with no alternative word: a demand, then a conjunction, then the review
 * changing or staying ("knock 30% off and the review stays positive", "accordez-moi une remise
 * et je modifie mon avis"). The review's fate is the price of the demand.
 */
function reviewBargain(sentence: Sentence, lex: CompiledLexicon, previous?: Sentence) {
  const demand = findAll(lex.demand, sentence.text)[0];
  if (!demand) return null;
  // "Thanks for the refund, and I'll update my review": the demand is granted already.
  if (matches(lex.gratitude, sentence.text.slice(0, demand.start))) return null;
  const temporal = findAll(lex.temporal, sentence.text);
  const links = [...findAll(lex.conjunction, sentence.text), ...temporal];
  for (const conjunction of links) {
    if (conjunction.start < demand.end) continue;
    const rest = sentence.text.slice(conjunction.end);
    // "…a refund once the review is gone": after "once" only a removal is a price.
    const isTemporal = temporal.includes(conjunction);
    if (isTemporal && !matches(lex.removal, rest)) continue;
    // "…and nobody has to read about this on Trustpilot": the review named by where it would go.
    const reviews = [
      ...findAll(lex.ownReview, rest),
      ...findAll(lex.reviewNoun, rest),
      ...findAll(lex.reviewReach, rest),
    ];
    const fate = [...findAll(lex.removal, rest), ...findAll(lex.reviewState, rest)];
    // "…read a one-star write-up…? Credit the £600 back by Friday and nobody has to find out.":
    // a hostile review named in the sentence before, its silence the price.
    const isEarlierReview =
      reviews.length === 0 &&
      previous !== undefined &&
      (matches(lex.negativeReview, previous.text) || matches(lex.ownReview, previous.text));
    if ((reviews.length === 0 && !isEarlierReview) || fate.length === 0) continue;
    const shift = (span: Span) => ({
      ...span,
      start: span.start + conjunction.end,
      end: span.end + conjunction.end,
    });
    // "…and my review won't mention the delays": silence is the price, its negation the bargain.
    const silent = fate.some((f) => matches(lex.negation, f.text));
    return {
      source: sentence,
      silent: silent || isEarlierReview,
      reviews: (isEarlierReview ? fate : reviews).map(shift),
      marks: [
        { ...demand, sentence },
        { ...conjunction, sentence },
        ...fate.map((f) => ({ ...shift(f), sentence })),
      ],
    };
  }
  return null;
}

/**
 * A veiled bargain: the speaker would hate to change their own review, and a demand stands in
 * the same or a neighbouring sentence ("I'd hate to have to update my review. A partial refund
 * would make that unnecessary.").
 */
function reluctantChange(sentences: Sentence[], i: number, lex: CompiledLexicon) {
  const sentence = sentences[i]!;
  const reluctance = findAll(lex.reluctance, sentence.text)[0];
  if (!reluctance) return null;
  const reviews = findAll(lex.ownReview, sentence.text);
  const changes = findAll(lex.removal, sentence.text);
  if (reviews.length === 0 || changes.length === 0) return null;
  const demands = [sentences[i - 1], sentence, sentences[i + 1]].flatMap((s) =>
    s ? findAll(lex.demand, s.text).map((d) => ({ ...d, sentence: s })) : [],
  );
  if (demands.length === 0) return null;
  return {
    source: sentence,
    reviews,
    marks: [{ ...reluctance, sentence }, ...changes.map((c) => ({ ...c, sentence })), ...demands],
  };
}

/** How many words may open a sentence before a dependency that refers back ("but that depends"). */
const DEPENDENCY_OPENING = 4;

/**
 * A review made to depend on a demand: "my rating will depend on the discount", "ob die
 * Bewertung gut ausfällt, hängt von Ihrem Nachlass ab", or the review in the sentence before
 * and the dependency opening this one ("I was about to leave a glowing review... but that
 * depends on whether you knock 30% off"). The demand must follow the dependency, which must
 * not be negated ("my review does not depend on any discount").
 */
function dependentReview(sentences: Sentence[], i: number, lex: CompiledLexicon) {
  const sentence = sentences[i]!;
  const dependency = findAll(lex.dependency, sentence.text)[0];
  if (!dependency) return null;
  const demand = findAll(lex.demand, sentence.text).find((d) => d.start >= dependency.end);
  if (!demand) return null;
  const before = sentence.text.slice(0, dependency.start);
  if (matches(lex.negation, before.split(/[,;:]/).at(-1) ?? "")) return null;
  const reviewsOf = (text: string) => [
    ...findAll(lex.ownReview, text),
    ...findAll(lex.reviewPost, text),
    ...findAll(lex.reviewNoun, text),
  ];
  const own = reviewsOf(before);
  const previous = sentences[i - 1];
  const opensSentence = before.trim().split(/\s+/).filter(Boolean).length <= DEPENDENCY_OPENING;
  // "My review's still in draft. Whether it ends up saying … depends a lot on whether…": the
  // speaker's own review in the sentence before, however long the opening.
  const earlier =
    own.length > 0 || !previous
      ? []
      : opensSentence
        ? reviewsOf(previous.text)
        : findAll(lex.ownReview, previous.text);
  const source = own.length > 0 ? sentence : earlier.length > 0 ? previous! : null;
  if (source === null) return null;
  return {
    source,
    // "My review isn't final yet. It all depends on…": the dependency that opens the next
    // sentence is what the review's state is about, whatever that state ("not final").
    silent: own.length === 0,
    reviews: own.length > 0 ? own : earlier,
    marks: [
      { ...dependency, sentence },
      { ...demand, sentence },
    ],
  };
}

/**
 * A soft bargain: a review softened or raised for a price ("If the credit shows up by Friday,
 * I'm sure I'll find much kinder words", "A refund would make it a lot friendlier", "Bump yours
 * back up and mine will stay polite", "Sobald Sie gutschreiben, ändere ich die Bewertung auf 5
 * Sterne"). The price is a demand, or a removal of the reader's review, in the sentence or the
 * one before, not one already thanked for; a review is named in the sentence or the two before.
 */
function softenedReview(sentences: Sentence[], i: number, lex: CompiledLexicon) {
  const sentence = sentences[i]!;
  const softening = findAll(lex.softening, sentence.text);
  if (softening.length === 0) return null;
  const window = [sentences[i - 1], sentence].filter((s): s is Sentence => s !== undefined);
  const prices = window.flatMap((s) =>
    [...findAll(lex.demand, s.text), ...findAll(lex.removal, s.text)]
      .filter((p) => !matches(lex.gratitude, s.text.slice(0, p.start)))
      .filter((p) => s !== sentence || !softening.some((f) => f.start <= p.start && p.end <= f.end))
      // "…would read better if I fixed the typos": the speaker's own edit is no price.
      .filter((p) => !isOwnWork(s.text, p.start))
      .map((p) => ({ ...p, sentence: s })),
  );
  if (prices.length === 0) return null;
  const namesReview = [sentences[i - 2], ...window].some(
    (s) =>
      s !== undefined &&
      (matches(lex.ownReview, s.text) ||
        matches(lex.reviewNoun, s.text) ||
        matches(lex.reviewPost, s.text)),
  );
  if (!namesReview) return null;
  return {
    source: sentence,
    silent: true,
    reviews: softening,
    marks: [...prices, ...softening.map((f) => ({ ...f, sentence }))],
  };
}

/** A first-person subject of the five languages right before a word ("if I fixed", "saya perbaiki"). */
const OWN_SUBJECT = /(?:^|\s)(?:i|we|je|nous|ich|wir|yo|nosotros|saya|aku|gue|gw|kami)\s+$/;

/** The speaker's own work ("…if I fixed the typos", "kalau typo-nya saya perbaiki"): no price. */
function isOwnWork(text: string, at: number): boolean {
  return OWN_SUBJECT.test(text.slice(0, at));
}
