import { findAll, matches, type CompiledLexicon, type Span } from "./compile";
import type { Finding } from "./explain";
import type { ImpliedView } from "./implied";
import type { Reading } from "./screen-text";
import { scopeOf, type Sentence } from "./structure";

const present = (s: Sentence | undefined): s is Sentence => s !== undefined;

/** Words of how someone behaves or writes, in the five languages (stems of normalised text). */
const CONDUCT =
  /(?:treat|behav|conduct|deal(?:s|ing)? with|talk|speak|post|writ|trait|comport|parl|ecri|umgeh|umgang|verhalt|behandel|schreib|trata|comporta|habla|escrib|perlaku|sikap|menulis|tulis)/;

/** A pronoun standing for a review named before it ("until it's gone", "bis die weg ist"). */
const PRONOUN = /(?:^|\s)(?:it|il|elle|er|es|sie|die|der|ella|el|itu|ini|nya)(?:\s|$)/;

/** Not reported, negated or asked about: the speaker's own statement. */
function isOwn(reading: Reading, sentence: Sentence, cue: Span): boolean {
  const next = reading.sentences[reading.sentences.indexOf(sentence) + 1];
  const scope = scopeOf(sentence, cue, reading.lex, reading.language, true, next);
  return scope === "active" || scope === "general";
}

/** "Thanks to your review", "grâce à votre avis", "dank Ihrer Bewertung": a cause, not thanks. */
const CAUSAL_THANKS = /(?:thanks to|grace a|gracias a|dank (?=ihr|dein|der|des|dem|ein))/g;

/** "I know your director very well", "kenne … sehr gut": acquaintance, not praise. */
const KNOWN_WELL =
  /(?:know|knew|kenn|connai|connu|conoz|conoce|kenal)\w*(?: \w+){0,4} (?:sehr |very |tres |muy )?(?:gut|well|bien|baik)/g;

/** Thanks or praise (not negated: "nicht positiv") in the passage: it is friendly. */
function isFriendly(texts: (string | undefined)[], lex: CompiledLexicon): boolean {
  return texts
    .filter((t): t is string => t !== undefined)
    .map((t) => t.replace(CAUSAL_THANKS, " ").replace(KNOWN_WELL, " "))
    .some(
      (t) =>
        matches(lex.gratitude, t) ||
        findAll(lex.praise, t).some(
          (p) => !matches(lex.negation, t.slice(Math.max(0, p.start - 16), p.start)),
        ),
    );
}

/**
 * The review is the reader's: the context links it, a removal is demanded nearby, or a review is
 * named in a sentence that speaks to the reader ("over this review of my work", "votre avis").
 * "I left him two stars" is the speaker's own review, which gives the speaker no lever.
 */
function isReadersReview(view: ImpliedView, from: number, to: number): boolean {
  if (view.hasContextLink) return true;
  return view.reviewLinks
    .slice(Math.max(0, from), to + 1)
    .some(
      (l) =>
        l.removals.length > 0 ||
        (l.mentions.length > 0 &&
          l.sentence.hasSecondPerson &&
          !matches(view.reading.lex.ownReview, l.sentence.text)),
    );
}

/**
 * Going over the reader's head: the reader's boss, director, owner, head office or professional
 * body named ("I play golf with your boss", "Vous êtes inscrit à l'Ordre ?", "Ihr Bereichsleiter
 * und ich…"), and in the same sentence or up to two after it the speaker telling them, or their
 * interest in hearing how the reader behaves ("might mention how you treat contractors", "il
 * serait curieux de savoir…", "Ich gebe das gerne weiter", "le comento", "saya ceritakan ke
 * beliau"), with the reader's review linked. Reports of such threats (reported speech), the
 * speaker's own boss, a manager asked for, escalation with no review, or thanks nearby are none.
 */
function overHeadIn(view: ImpliedView): Finding | null {
  const { reading, sentences, index } = view;
  const { lex } = reading;
  const sentence = sentences[index]!;
  if (sentence.isQuestion || view.linkEvidence.length === 0) return null;
  // What is told is the reader or the review: "how you treat contractors", "was du geschrieben
  // hast", "comment son chef de projet traite…", a sentence to the reader ("si tu l'enlèves pas…,
  // j'vais y en glisser un mot"); "how much we enjoyed the launch" is news.
  const disclosure = findAll(lex.disclosure, sentence.text).find((c) => {
    const told = sentence.text.slice(c.start);
    return (
      isOwn(reading, sentence, c) &&
      (matches(lex.secondPerson, sentence.text) ||
        matches(lex.reviewNoun, sentence.text) ||
        CONDUCT.test(told))
    );
  });
  if (!disclosure) return null;
  const around = [sentences[index - 2], sentences[index - 1], sentence];
  const superior = around
    .filter(present)
    .flatMap((s) => findAll(lex.superior, s.text).map((span) => ({ s, span })))[0];
  if (!superior || !isReadersReview(view, index - 2, index + 1)) return null;
  if (
    isFriendly(
      around.map((s) => s?.text),
      lex,
    )
  )
    return null;
  return {
    kind: "retaliation",
    evidence: [
      { phrase: view.quote(superior.s, superior.span), role: "intimidation" },
      { phrase: view.quote(sentence, disclosure), role: "intimidation" },
      ...view.linkEvidence,
    ],
  };
}

/**
 * Something the reader needs, kept until the review changes: "I'm keeping your deposit until
 * those two stars become five", "Vous n'aurez pas le solde avant que cette note remonte à 5",
 * "Die Zugangsdaten bleiben bei mir, bis Ihre Bewertung verschwunden ist", "File master tidak
 * akan saya kirim sebelum rating itu diganti". The held thing stands before the "until", and the
 * clause after it names a review and its change; "until the final inspection" is the contract.
 */
function keptUntilReviewIn(view: ImpliedView): Finding | null {
  const { reading, sentences, index } = view;
  const { lex } = reading;
  const sentence = sentences[index]!;
  const { text } = sentence;
  if (sentence.isQuestion) return null;
  for (const until of findAll(lex.untilReview, text)) {
    // "…until those two stars become five": the stars asked for are no praise.
    if (isFriendly([text.slice(0, until.start)], lex)) continue;
    const rest = text.slice(until.end);
    const clauseEnd = rest.search(/[;:]|,\s(?!\d)/);
    const clause = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
    // "About your review: until it's deleted, I'm not handing over…": the review named before.
    const isReview =
      matches(lex.reviewNoun, clause) ||
      (PRONOUN.test(clause) && matches(lex.reviewNoun, text.slice(0, until.start)));
    if (!isReview || !matches(lex.reviewChange, clause)) continue;
    const goods = [
      ...findAll(lex.heldGoods, text.slice(0, until.start)),
      ...findAll(lex.heldGoods, rest.slice(clause.length)).map((g) => ({
        ...g,
        start: g.start + until.end + clause.length,
        end: g.end + until.end + clause.length,
      })),
    ][0];
    if (!goods) continue;
    const next = sentences[index + 1];
    const scope = scopeOf(sentence, until, lex, reading.language, true, next);
    if (scope === "reported" || scope === "question") continue;
    return {
      kind: "retaliation",
      evidence: [
        { phrase: view.quote(sentence, goods), role: "sanction" },
        { phrase: view.quote(sentence, until), role: "ultimatum" },
        ...view.linkEvidence,
      ],
    };
  }
  return null;
}

/**
 * The reader's name passed around a trade because of the review: "your name is circulating
 * among every caterer in the county", "votre nom tourne chez tous les traiteurs", "Ihr Name
 * macht die Runde", "tu nombre anda en boca de todos", "nama Bapak beredar di semua katering",
 * with the review linked and no thanks or praise nearby ("everyone loved your wedding").
 */
function circulatedIn(view: ImpliedView): Finding | null {
  const { reading, sentences, index } = view;
  const { lex } = reading;
  const sentence = sentences[index]!;
  if (sentence.isQuestion || view.linkEvidence.length === 0) return null;
  if (
    isFriendly(
      [sentences[index - 1], sentence, sentences[index + 1]].map((s) => s?.text),
      lex,
    )
  ) {
    return null;
  }
  const cue = findAll(lex.circulated, sentence.text).find((c) => isOwn(reading, sentence, c));
  if (!cue) return null;
  return {
    kind: "retaliation",
    evidence: [{ phrase: view.quote(sentence, cue), role: "intimidation" }, ...view.linkEvidence],
  };
}

/** Pressure said in plain words, tried on one sentence in turn after the older rules. */
export function pressureIn(view: ImpliedView): Finding | null {
  return overHeadIn(view) ?? keptUntilReviewIn(view) ?? circulatedIn(view);
}
