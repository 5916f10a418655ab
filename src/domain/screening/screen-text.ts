import { findAll, matches, type CompiledLexicon, type Span } from "./compile";
import { LEXICONS } from "./compiled-lexicons";
import { explain, type Finding } from "./explain";
import { impliedRetaliationIn, indirectLegal, isCounselAtWork } from "./implied";
import { pressureIn } from "./pressure";
import { identifyLanguage } from "./language";
import {
  learnedFinding,
  scoreReading,
  scorerPhrases,
  type Scorer,
} from "./learned/learned-finding";
import { DEFAULT_SCORER } from "./learned/default-scorer";
import { signalFinding } from "./learned/signal-finding";
import { normaliseText, originalSpan, type NormalisedText } from "./normalise";
import { reviewLeverage, reviewLinkOf, type ReviewLink } from "./review-link";
import {
  isClauseOpening,
  isVenueThreat,
  scopeOf,
  splitSentences,
  type CueScope,
  type Sentence,
} from "./structure";
import type {
  Evidence,
  EvidenceRole,
  ScreeningInput,
  ScreeningLanguage,
  ScreeningResult,
} from "./types";

const IGNORED_ROLE: Record<Exclude<CueScope, "active">, EvidenceRole> = {
  negated: "negated-ignored",
  reported: "reported-ignored",
  question: "question-ignored",
  general: "general-ignored",
};

export interface Reading {
  original: string;
  norm: NormalisedText;
  lex: CompiledLexicon;
  language: ScreeningLanguage;
  sentences: Sentence[];
}

/**
 * Screens one text. `retaliation` needs a threat the sender makes (legal words, intimidation,
 * or a business sanction tied to a review) and a link to a review (the context, or the text
 * naming a review or demanding its removal), or a review used as leverage in an ultimatum.
 * `legal_threat` is the sender's own legal escalation with no review link. A cue that is
 * negated, reported, asked about or said of third parties in general counts for nothing.
 */
export function screenText(input: ScreeningInput): ScreeningResult {
  return screenTextWith(input, DEFAULT_SCORER);
}

/** Normalises a text, identifies its language and splits it into sentences. */
export function readText(text: string): Reading {
  const norm = normaliseText(text);
  const language = identifyLanguage(text, norm.text);
  const lex = LEXICONS[language];
  return { original: text, norm, lex, language, sentences: splitSentences(norm.text, lex) };
}

/**
 * Screens one text with the rules, then, when they find nothing, with a learned scorer (or
 * none: `null`): the scorer may flag a threat the lexicons do not know, and the rules'
 * negation, reporting and question scopes still veto it.
 */
export function screenTextWith(input: ScreeningInput, scorer: Scorer | null): ScreeningResult {
  const reading = readText(input.text);
  const { language } = reading;
  const contextLink: Evidence[] = [];
  if (input.context?.followsReviewOfSender) {
    contextLink.push({ phrase: "followsReviewOfSender", role: "context-link" });
  }
  if (input.context?.reviewId) {
    contextLink.push({ phrase: `reviewId ${input.context.reviewId}`, role: "context-link" });
  }
  const ruled = decide(reading, contextLink);
  let finding = ruled;
  // "A vendor wrote me 'delete your review or I'll sue'. Is that allowed?": a quoted threat
  // asked about is no threat, for the learned stages either.
  if (ruled.kind === "none" && scorer && quotedForQuestion(reading) === null) {
    const scored = scoreReading(reading, contextLink.length > 0, scorer.model);
    finding =
      learnedFinding(reading, contextLink, scorer, ruled, scored) ??
      (scorer.signals &&
        signalFinding(reading, contextLink, scorer.signals, scored.score.retaliation, () =>
          scorerPhrases(reading, scored, 2),
        )) ??
      ruled;
  }
  return {
    kind: finding.kind,
    language,
    evidence: finding.evidence,
    explanation: explain(finding),
  };
}

/** What the rules need to know about one sentence. */
interface SentenceView {
  reading: Reading;
  sentences: Sentence[];
  index: number;
  sentence: Sentence;
  reviewLinks: ReviewLink[];
  hasContextLink: boolean;
  /** Context link, removal demands and review mentions within one sentence either side. */
  linkEvidence: Evidence[];
  ultimatumEvidence: Evidence[];
  /** The cues that are the sender's own threat (the others are noted to explain a `none`). */
  /** `hasAgent`: the speaker was named in the sentence before ("we…; all orders are cancelled"). */
  active: (
    cues: Span[],
    role: EvidenceRole,
    isIdiom?: boolean,
    where?: Sentence,
    hasAgent?: boolean,
  ) => Evidence[];
  quote: (sentence: Sentence, span: Span) => string;
}

function decide(reading: Reading, contextLink: Evidence[]): Finding {
  const { lex, sentences } = reading;
  const quote = (sentence: Sentence, span: Span) =>
    originalSpan(
      reading.original,
      reading.norm,
      sentence.start + span.start,
      sentence.start + span.end,
    );
  const hasContextLink = contextLink.length > 0;
  const reviewLinks: ReviewLink[] = [];
  for (const sentence of sentences) {
    reviewLinks.push(
      reviewLinkOf(sentence, lex, hasContextLink, reviewLinks.at(-1), reviewLinks.at(-2)),
    );
  }
  const ignored: Evidence[] = [];
  let legal: Finding | null = null;
  // "I said I'd take you to court… That was out of line": the speaker's own earlier threat,
  // quoted in a sentence up to the one that withdraws it, is reported, not made.
  let lastRetraction = -1;
  sentences.forEach((s, i) => {
    if (matches(lex.retraction, s.text)) lastRetraction = i;
  });
  const quoted = quotedForQuestion(reading);
  const isRetracted = (where: Sentence, cue: Span) =>
    sentences.indexOf(where) <= lastRetraction &&
    matches(lex.ownSaying, where.text.slice(0, cue.start));

  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    if (quoted && index >= quoted.from && index < quoted.to) continue;
    // Two sentences back: "Your review? Fine. I'll warn every organiser in the region."
    const near = reviewLinks.slice(Math.max(0, index - 2), index + 2);
    const view: SentenceView = {
      reading,
      sentences,
      index,
      sentence,
      reviewLinks,
      hasContextLink,
      linkEvidence: [
        ...contextLink,
        ...near.flatMap((l) =>
          l.removals.map((r) => ({
            phrase: quote(l.sentence, r),
            role: "removal-demand" as const,
          })),
        ),
        ...near.flatMap((l) =>
          l.mentions.map((m) => ({
            phrase: quote(l.sentence, m),
            role: "review-mention" as const,
          })),
        ),
      ],
      ultimatumEvidence: sentence.ultimatums.map((u) => ({
        phrase: quote(sentence, u),
        role: "ultimatum" as const,
      })),
      active: (cues, role, isIdiom = false, where = sentence, hasAgent = false) => {
        const found: Evidence[] = [];
        const next = sentences[sentences.indexOf(where) + 1];
        for (const cue of cues) {
          const scope = isRetracted(where, cue)
            ? "reported"
            : scopeOf(where, cue, lex, reading.language, isIdiom, next);
          if (scope === "active" || (hasAgent && scope === "general"))
            found.push({ phrase: quote(where, cue), role });
          else ignored.push({ phrase: quote(where, cue), role: IGNORED_ROLE[scope] });
        }
        return found;
      },
      quote,
    };
    const legalFinding = legalThreatIn(view);
    if (legalFinding?.kind === "retaliation") return legalFinding;
    legal ??= legalFinding;
    const retaliation =
      intimidationIn(view) ??
      sanctionIn(view) ??
      heldUntilReviewIn(view) ??
      whileReviewStandsIn(view) ??
      veiledIn(view) ??
      leverageIn(view) ??
      counterReviewIn(view) ??
      coercedRemovalIn(view) ??
      impliedRetaliationIn(view) ??
      pressureIn(view);
    if (retaliation) return retaliation;
  }
  // "I've cc'd our attorney, Mr. …": indirect escalation is read across sentences.
  const mentions = reviewLinks.flatMap((l) =>
    l.mentions.map((m) => ({ phrase: quote(l.sentence, m), role: "review-mention" as const })),
  );
  return (
    legal ??
    indirectLegal(reading, [...contextLink, ...mentions]) ?? { kind: "none", evidence: ignored }
  );
}

/** Legal words (or a venue in a threatening clause): retaliation when linked to a review. */
function legalThreatIn(view: SentenceView): Finding | null {
  const { sentence, reading } = view;
  const legalSpans = findAll(reading.lex.legal, sentence.text);
  const venues = findAll(reading.lex.venue, sentence.text).filter(
    (v) =>
      !legalSpans.some((l) => l.start < v.end && v.start < l.end) &&
      isVenueThreat(sentence, v, reading.lex),
  );
  // "Our lawyer will attend the kickoff": a lawyer at a meeting, with no condition, is news.
  // A bare deadline ("please have a look before Friday") is a request, not a condition.
  const isConditional = sentence.ultimatums.some(
    (u) => matches(reading.lex.conditional, u.text) || matches(reading.lex.orElse, u.text),
  );
  const isNeutral = !isConditional && matches(reading.lex.neutralVenue, sentence.text);
  // "While your lawyer reviewed the licence terms": the reader's own counsel is news.
  const readersCounsel = isConditional ? [] : findAll(reading.lex.readersCounsel, sentence.text);
  const candidates = [...legalSpans, ...venues].filter(
    (cue) =>
      (!isNeutral || !matches(reading.lex.venue, cue.text)) &&
      !readersCounsel.some((r) => r.start <= cue.start && cue.end <= r.end) &&
      !isPaperwork(sentence.text, cue, reading.lex) &&
      !isCounselAtWork(reading, sentence, cue),
  );
  const cues = view.active(candidates, "legal-threat");
  if (cues.length === 0) return null;
  return view.linkEvidence.length > 0
    ? { kind: "retaliation", evidence: [...cues, ...view.ultimatumEvidence, ...view.linkEvidence] }
    : { kind: "legal_threat", evidence: [...cues, ...view.ultimatumEvidence] };
}

/** How many words before a legal notice a verb of work on it may stand ("translate the attached…"). */
const PAPERWORK_REACH = 4;

/** "Tolong terjemahkan surat somasi terlampir": a legal notice as the object of a job. */
function isPaperwork(text: string, cue: Span, lex: CompiledLexicon): boolean {
  const before = text.slice(0, cue.start).split(/[,;:]/).at(-1) ?? "";
  const words = before.trim().split(/\s+/).slice(-PAPERWORK_REACH).join(" ");
  return matches(lex.paperwork, words);
}

/** Intimidation without legal words counts only when linked to a review. */
function intimidationIn(view: SentenceView): Finding | null {
  if (view.linkEvidence.length === 0) return null;
  // Sent by the reviewed party or attached to the review, an intimidation with no pronoun is
  // addressed to the reviewer by its form ("Careful from now on."), unless it is policy talk;
  // so is one beside a demand to remove the review ("Quite la reseña mientras está a tiempo").
  const { lex } = view.reading;
  // "Maybe I should drop him a line. Or you could just delete the review…": the demand may follow.
  const demandsRemoval = [view.index, view.index + 1].some(
    (i) => (view.reviewLinks[i]?.removals.length ?? 0) > 0,
  );
  const isAddressed =
    (view.hasContextLink || demandsRemoval) && !matches(lex.generalModal, view.sentence.text);
  // "Hab Ihre Bewertung gesehen. Jeder kennt jeden hier.": the small world answers a review,
  // unless the text thanks or praises ("Thanks for the review! Everyone knows everyone at the market").
  const text = view.reading.norm.text;
  const smallWorld =
    matches(lex.gratitude, text) || matches(lex.praise, text)
      ? []
      : findAll(lex.smallWorld, view.sentence.text);
  // Right after "Saw your review." / "J'ai vu votre avis.", the small world is said to the reviewer.
  const previous = view.reviewLinks[view.index - 1];
  const answersReview =
    previous !== undefined &&
    previous.mentions.length > 0 &&
    (previous.sentence.hasFirstPerson || previous.sentence.hasSecondPerson);
  const cues = [
    ...view.active(
      findAll(lex.intimidation, view.sentence.text),
      "intimidation",
      true,
      view.sentence,
      isAddressed,
    ),
    ...view.active(smallWorld, "intimidation", true, view.sentence, isAddressed || answersReview),
  ];
  if (cues.length === 0) return null;
  return {
    kind: "retaliation",
    evidence: [...cues, ...view.ultimatumEvidence, ...view.linkEvidence],
  };
}

/**
 * A business sanction punishes a review only when the sentence itself ties it to one, under a
 * condition ("change your rating or we cancel") or as its cause ("since you gave us two stars,
 * we are adding a fee").
 */
function sanctionIn(view: SentenceView): Finding | null {
  const { lex } = view.reading;
  const own = view.reviewLinks[view.index]!;
  const previous = view.index > 0 ? view.reviewLinks[view.index - 1] : undefined;
  // "…isn't getting paid until that comes down": the condition is the review's fate.
  const isFateCondition =
    view.linkEvidence.length > 0 &&
    view.sentence.ultimatums.some((u) =>
      [...findAll(lex.reviewState, view.sentence.text), ...own.removals].some(
        (f) => f.start >= u.end,
      ),
    );
  // "Your renewal is declined, and good luck migrating by Monday", sent after the review.
  const next = view.sentences[view.index + 1];
  // "Für alle anderen bleibt es beim alten Preis. Sie wissen sicher, warum.": up to two sentences on.
  const isTaunted =
    view.hasContextLink &&
    [view.sentence, next, view.sentences[view.index + 2]].some(
      (s) => s && matches(lex.taunt, s.text),
    );
  // "Ab sofort ist Ihre Garantie gestrichen", sent in answer to the reader's review: a measure
  // on the reader that starts now is imposed because of the review.
  const isImposed =
    view.hasContextLink &&
    view.sentence.hasSecondPerson &&
    matches(lex.onset, view.sentence.text) &&
    !matches(lex.requested, view.sentence.text);
  const isOwnLinked =
    own.removals.length + own.mentions.length > 0 || isFateCondition || isTaunted || isImposed;
  // "Your review is up, so your warranty is gone": a consequence drawn from the review.
  // The sanction falls on the reader ("your warranty"), not on a thing done for them.
  const firstMention = own.mentions[0];
  const sanctions = findAll(lex.sanction, view.sentence.text);
  const isConsequence =
    firstMention !== undefined &&
    findAll(lex.consequence, view.sentence.text).some(
      (c) =>
        c.start > firstMention.end &&
        sanctions.some(
          (s) =>
            s.start > c.end && matches(lex.secondPerson, view.sentence.text.slice(c.end, s.end)),
        ),
    );
  const isOwnTied =
    view.sentence.ultimatums.length > 0 ||
    matches(lex.cause, view.sentence.text) ||
    isConsequence ||
    isTaunted ||
    isImposed;
  const isCarried = !(isOwnLinked && isOwnTied);
  // Sent after the review, right after a sentence naming it, to the reader: "We read your
  // feedback on Malt. We have decided to stop the maintenance of your website."
  const isContextAnswer =
    view.hasContextLink &&
    previous !== undefined &&
    previous.mentions.length > 0 &&
    !matches(lex.praise, previous.sentence.text) &&
    view.sentence.hasFirstPerson &&
    view.sentence.hasSecondPerson;
  if (isCarried && !isContextAnswer && !followsReviewCause(view.sentence, previous, lex)) {
    return null;
  }
  // "Clients who leave reviews like the one you posted tend to find their tickets at the bottom
  // of the queue": a rule about reviewers, said to one, is addressed to the reader.
  const isToReader = !isCarried && view.sentence.hasSecondPerson;
  const cues = view.active(
    findAll(lex.sanction, view.sentence.text),
    "sanction",
    true,
    view.sentence,
    (isCarried && previous?.sentence.hasFirstPerson) || isToReader,
  );
  if (cues.length === 0) return null;
  return {
    kind: "retaliation",
    evidence: [...cues, ...view.ultimatumEvidence, ...view.linkEvidence],
  };
}

/**
 * Something the reader waits for, handed over only once a review goes: "I'll send the warranty
 * certificate once that 2-star review is changed", "Nanti saya kirim kalau review bintang 2 itu
 * sudah diganti", "je peux vous accorder l'échéancier, mais uniquement si votre note est revue".
 * The speaker's release stands outside a condition (or temporal link) whose clause holds the
 * review's fate; the review is named in the sentence or the context links one.
 */
function heldUntilReviewIn(view: SentenceView): Finding | null {
  const { lex } = view.reading;
  const { sentence } = view;
  const own = view.reviewLinks[view.index]!;
  if (own.mentions.length === 0 && !view.hasContextLink) return null;
  if (matches(lex.courtesy, sentence.text) || matches(lex.gratitude, sentence.text)) return null;
  // Only a review removed or changed: "once the review is published we will send…" is a promise.
  const fates = own.removals;
  const conditions = [...sentence.ultimatums, ...findAll(lex.temporal, sentence.text)];
  // "…once that review is changed" (the fate inside the condition), or "Change the review
  // first, then we hand over the files" (the fate before the condition, the release after it).
  const held = findAll(lex.release, sentence.text).filter((release) =>
    conditions.some((c) =>
      fates.some(
        (f) =>
          (f.start >= c.end && (release.end <= c.start || release.start >= f.end)) ||
          (f.end <= c.end && release.start >= c.end),
      ),
    ),
  );
  const cues = view.active(held, "sanction", true, sentence, true);
  if (cues.length === 0) return null;
  return {
    kind: "retaliation",
    evidence: [...cues, ...view.ultimatumEvidence, ...view.linkEvidence],
  };
}

/**
 * A service refused or suspended while a review stays up: "As long as that review is up, our
 * technicians won't be coming out", "Tant que votre avis reste en ligne, nous ne viendrons pas",
 * "Solange Ihre Bewertung online ist, kommen wir nicht vorbei", "Mientras su reseña siga
 * publicada, no vamos a…", "Selama ulasan itu masih tayang, teknisi kami tidak akan datang". The
 * "while" clause names the review and its standing; a negation, a sanction or a suspension
 * stands outside it, in a sentence that speaks for the speaker or to the reader. Twins: "as long
 * as the review process is open", "solange die Bewertung läuft", or thanks beside it.
 */
function whileReviewStandsIn(view: SentenceView): Finding | null {
  const { lex } = view.reading;
  const { sentence } = view;
  if (sentence.isQuestion || !(sentence.hasFirstPerson || sentence.hasSecondPerson)) return null;
  const text = sentence.text;
  if (matches(lex.gratitude, text) || matches(lex.praise, text) || matches(lex.reporting, text)) {
    return null;
  }
  const own = view.reviewLinks[view.index]!;
  // The review named in the "while" clause, or before it in the sentence ("Zu Ihrer Bewertung:
  // solange die online ist, …", "Sobre tu reseña: mientras siga publicada, …").
  const stands = findAll(lex.reviewStands, text).find((s) =>
    own.mentions.some((m) => (m.start >= s.start && m.end <= s.end) || m.end <= s.start),
  );
  if (!stands) return null;
  const clauseEnd = text.slice(stands.end).search(/[,;:]/);
  const end = clauseEnd < 0 ? text.length : stands.end + clauseEnd;
  const outside = (s: Span) => s.end <= stands.start || s.start >= end;
  const withheld = [
    ...findAll(lex.withheld, text),
    ...findAll(lex.sanction, text),
    ...findAll(lex.negation, text),
  ].filter(outside);
  // "Tant que votre avis reste en ligne, on ne peut pas le modifier à votre place": what is not
  // done is the review's own change, not a service.
  const isReviewEdit = findAll(lex.removal, text).some(outside);
  if (withheld.length === 0 || isReviewEdit) return null;
  return {
    kind: "retaliation",
    evidence: [
      ...withheld
        .slice(0, 1)
        .map((w) => ({ phrase: view.quote(sentence, w), role: "sanction" as const })),
      { phrase: view.quote(sentence, stands), role: "review-mention" as const },
      ...view.linkEvidence,
    ],
  };
}

/**
 * A veiled hint, left to the reader to finish: "Saw your review. Just thinking out loud about what
 * could happen if…", "Stellen Sie sich mal vor, Ihr Wartungsvertrag würde nicht verlängert", "Les
 * clients qui laissent des avis comme le vôtre le regrettent souvent. Je dis ça, je dis rien",
 * "Solo digo que a mí se me haría muy difícil…". The hint stands in the sentence or the one
 * before or after; a review is named within a sentence or the context links one; a harm, a
 * sanction, a hardship or an intimidation stands in the sentence. Never beside thanks or praise.
 */
function veiledIn(view: SentenceView): Finding | null {
  const { lex, norm } = view.reading;
  const { sentence, sentences, index } = view;
  if (view.linkEvidence.length === 0 || sentence.isQuestion) return null;
  if (matches(lex.gratitude, norm.text) || matches(lex.praise, norm.text)) return null;
  const hint = [sentences[index - 1], sentence, sentences[index + 1]]
    .filter((s): s is Sentence => s !== undefined)
    .flatMap((s) => findAll(lex.veiled, s.text).map((span) => ({ s, span })))[0];
  if (!hint || matches(lex.reporting, sentence.text)) return null;
  const harms = [
    ...findAll(lex.harm, sentence.text),
    ...findAll(lex.sanction, sentence.text),
    ...findAll(lex.hardship, sentence.text),
    ...findAll(lex.intimidation, sentence.text),
  ];
  if (harms.length === 0) return null;
  return {
    kind: "retaliation",
    evidence: [
      { phrase: view.quote(hint.s, hint.span), role: "intimidation" },
      { phrase: view.quote(sentence, harms[0]!), role: "intimidation" },
      ...view.linkEvidence,
    ],
  };
}

/**
 * The sentences of a message someone else sent the speaker, quoted before a question whether it
 * is allowed ("A vendor wrote me 'delete your review or I'll sue'. Is that allowed?", "Un
 * proveedor me escribió '…'. ¿Eso está permitido?", "Darf der das?"): from the first sentence
 * with the frame up to the question, or null.
 */
export function quotedForQuestion(reading: Reading): { from: number; to: number } | null {
  const { sentences, lex } = reading;
  let to = -1;
  sentences.forEach((s, i) => {
    if (matches(lex.permissionQuestion, s.text)) to = i;
  });
  if (to <= 0) return null;
  const from = sentences.findIndex((s, i) => i < to && matches(lex.quoteFrame, s.text));
  return from < 0 ? null : { from, to };
}

/**
 * A sanction in the sentence after one that names a review as its cause ("Because of your
 * review we can no longer support you; all orders are cancelled"), or after a rhetorical
 * question or a hostile mark about the review, opened by a consequence ("You gave me two
 * stars? Then I won't pay the invoice").
 */
function followsReviewCause(
  sentence: Sentence,
  previous: ReviewLink | undefined,
  lex: CompiledLexicon,
) {
  if (!previous || previous.mentions.length === 0) return false;
  if (matches(lex.cause, previous.sentence.text)) return true;
  const opener = findAll(lex.consequence, sentence.text.slice(0, 16))[0];
  const opensWithConsequence =
    opener !== undefined && sentence.text.slice(0, opener.start).trim() === "";
  return (
    opensWithConsequence &&
    (previous.sentence.isQuestion || matches(lex.negativeReview, previous.sentence.text))
  );
}

/** The sender's review used as leverage in an ultimatum. */
function leverageIn(view: SentenceView): Finding | null {
  const { lex } = view.reading;
  const leverage = reviewLeverage(view.sentences, view.index, lex);
  if (!leverage) return null;
  const own = leverage.source;
  // "…but I will still leave a fair review": an honest review that comes whatever happens.
  if (matches(lex.honest, own.text) && matches(lex.regardless, own.text)) return null;
  const named = [...findAll(lex.reviewPost, own.text), ...findAll(lex.ownReview, own.text)];
  // A review threatened through its audience only ("…or everyone on Google will read it").
  const threatened = leverage.reviews
    ? leverage.reviews
    : named.length > 0
      ? named
      : [...findAll(lex.negativeReview, own.text), ...findAll(lex.reviewReach, own.text)];
  // A bargain opens with an imperative demand: it is addressed to the reader by its form.
  const isSilent = "silent" in leverage && leverage.silent === true && !own.isQuestion;
  const posts = isSilent
    ? threatened.map((t) => ({ phrase: view.quote(own, t), role: "review-leverage" as const }))
    : view.active(
        threatened,
        "review-leverage",
        false,
        own,
        leverage.reviews !== undefined || isHostileBargain(leverage.marks, threatened, lex),
      );
  if (posts.length === 0) return null;
  const marks = leverage.marks.map((m) => ({
    phrase: view.quote(m.sentence, m),
    role: "ultimatum" as const,
  }));
  return { kind: "retaliation", evidence: [...posts, ...marks] };
}

/**
 * A demand and a hostile review (one star, "negative") under a condition is a bargain addressed
 * to the reader by its form, with no pronoun needed: "Kalo ongkirnya nggak digratisin, ulasan
 * bintang satu siap meluncur di Shopee".
 */
function isHostileBargain(marks: Span[], threatened: Span[], lex: CompiledLexicon): boolean {
  return (
    marks.some((m) => matches(lex.demand, m.text)) &&
    marks.some((m) => matches(lex.ultimatum, m.text)) &&
    threatened.some((t) => matches(lex.negativeReview, t.text))
  );
}

/** A hostile review in answer to a review: the reviewed party strikes back with its own. */
function counterReviewIn(view: SentenceView): Finding | null {
  const { sentence, reading } = view;
  const answersReview =
    view.hasContextLink || view.reviewLinks.flatMap((l) => l.mentions).length >= 2;
  if (!answersReview || !sentence.hasFirstPerson) return null;
  const postSpans = findAll(reading.lex.reviewPost, sentence.text);
  const negative = findAll(reading.lex.negativeReview, sentence.text);
  const hostile = negative.length > 0 ? negative : reciprocalReview(sentence, postSpans, reading);
  if (hostile.length === 0) return null;
  const posts = view.active(postSpans, "review-leverage");
  if (posts.length === 0) return null;
  const marks = hostile.map((h) => ({
    phrase: view.quote(sentence, h),
    role: "review-leverage" as const,
  }));
  return { kind: "retaliation", evidence: [...posts, ...marks, ...view.linkEvidence] };
}

/**
 * A review returned in kind, about the reader ("I'll leave my own review about how you pay
 * late", "je vais vous laisser moi aussi un avis sur votre façon de payer", "gue juga bakal
 * kasih review soal lo"): reciprocity and the reader's conduct after the posting verb, with no
 * praise and no honest-review marker in the sentence. Returns the spans that make it hostile.
 */
function reciprocalReview(sentence: Sentence, posts: Span[], reading: Reading): Span[] {
  const { lex } = reading;
  const first = posts[0];
  if (!first || !matches(lex.reciprocity, sentence.text)) return [];
  if (matches(lex.praise, sentence.text) || matches(lex.honest, sentence.text)) return [];
  return findAll(lex.aboutReader, sentence.text).filter((a) => a.start >= first.start);
}

/** Nothing but object pronouns and particles between a removal verb and its deadline. */
const PRONOUN_OBJECT =
  /^(?:\s*(?:it|this|that|them|now|ca|cela|le|les|maintenant|das|es|sie|ihn|jetzt|sofort|lo|los|eso|esto|ahora|itu|ini|aja|saja|ya|dong|sekarang))*\s*$/;

/**
 * A demand to remove or change a review under an alternative: "take that review down or we'll
 * see", "delete your rating and we restore your access; keep it, and the account stays
 * locked", "if the review is not removed, expect a letter". The removal verb must open its
 * clause (an imperative, "please remove", "you must remove"), and the
 * alternative must follow it in the same or the next sentence.
 */
function coercedRemovalIn(view: SentenceView): Finding | null {
  const { sentence, reading, index } = view;
  const own = view.reviewLinks[index]!;
  const removals = own.removals.filter((r) => isClauseOpening(sentence.text, r.start));
  if (removals.length === 0) return null;
  const next = view.sentences[index + 1];
  const after = removals[0]!.end;
  const alternatives = [
    ...findAll(reading.lex.orElse, sentence.text)
      .filter((a) => a.start >= after)
      .map((a) => ({ span: a, where: sentence })),
    ...(next ? findAll(reading.lex.orElse, next.text).map((a) => ({ span: a, where: next })) : []),
  ];
  // A bare "or" with someone acting after it, unless it already opens a known alternative.
  const isKnown = (at: number) =>
    alternatives.some((a) => a.where === sentence && a.span.start <= at && at < a.span.end);
  alternatives.push(
    ...findAll(reading.lex.disjunction, sentence.text)
      .filter(
        (a) =>
          a.start >= after &&
          !isKnown(a.start) &&
          isThreateningAlternative(sentence.text.slice(a.end), reading.lex),
      )
      .map((a) => ({ span: a, where: sentence })),
  );
  // "Take the review down. You have until Friday.": a deadline set on an imperative removal,
  // unless the demand is polite ("please remove the duplicate review by Friday").
  // The removal must aim at the review: named in its sentence, or a bare pronoun ("delete it").
  const isPolite = matches(reading.lex.politeness, sentence.text);
  const namesReview = own.mentions.length > 0;
  const aimsAtReview = (between: string) =>
    namesReview || PRONOUN_OBJECT.test(between.replace(/[.,;:!?]/g, " "));
  if (!isPolite) {
    alternatives.push(
      ...findAll(reading.lex.deadline, sentence.text)
        .filter((d) => d.start >= after && aimsAtReview(sentence.text.slice(after, d.start)))
        .map((d) => ({ span: d, where: sentence })),
      ...(next &&
      !matches(reading.lex.politeness, next.text) &&
      aimsAtReview(sentence.text.slice(after))
        ? findAll(reading.lex.deadline, next.text).map((d) => ({ span: d, where: next }))
        : []),
    );
  }
  // "Remove the duplicate, or I can do it for you": a request with a courteous way out.
  // "Delete it or I'm sending your emails to all your clients. Your choice.": after a threat
  // in the sentence itself, a "your choice" that follows is part of the ultimatum.
  const isThreatened = alternatives.some(
    (a) => a.where === sentence && matches(reading.lex.firstPerson, a.span.text),
  );
  const courteous =
    matches(reading.lex.courtesy, sentence.text) ||
    (!isThreatened && next !== undefined && matches(reading.lex.courtesy, next.text));
  if (courteous) return null;
  if (alternatives.length === 0) return null;
  // A removal verb opening the sentence is an imperative: addressed to the reader by its form.
  const isImperative =
    isClauseOpening(sentence.text, removals[0]!.start) &&
    !/[,;:]/.test(sentence.text.slice(0, removals[0]!.start));
  const demands = view.active(removals, "removal-demand", true, sentence, isImperative);
  if (demands.length === 0) return null;
  return {
    kind: "retaliation",
    evidence: [
      ...demands,
      ...alternatives.map((a) => ({
        phrase: view.quote(a.where, a.span),
        role: "ultimatum" as const,
      })),
      ...view.linkEvidence.filter((e) => e.role !== "removal-demand"),
    ],
  };
}

/**
 * What follows a bare "or" after a removal demand is a threat when someone acts in it (the
 * speaker, the reader, a future) or it is intimidation: "delete it or ill make sure…", "hapus
 * review itu atau lihat saja nanti". "Remove or correct the review" has none of these.
 */
function isThreateningAlternative(rest: string, lex: CompiledLexicon): boolean {
  const clause = rest.split(/[,;:]/)[0] ?? "";
  const words = clause.trim().split(/\s+/).filter(Boolean);
  if (words.length < 3) return false;
  return (
    matches(lex.firstPerson, clause) ||
    matches(lex.future, clause) ||
    matches(lex.intimidation, clause)
  );
}
