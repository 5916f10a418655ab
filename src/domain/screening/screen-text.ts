import { compileLexicon, findAll, matches, type CompiledLexicon, type Span } from "./compile";
import { identifyLanguage } from "./language";
import { de } from "./lexicon/de";
import { en } from "./lexicon/en";
import { es } from "./lexicon/es";
import { fr } from "./lexicon/fr";
import { id } from "./lexicon/id";
import { normaliseText, originalSpan, type NormalisedText } from "./normalise";
import { isVenueThreat, scopeOf, splitSentences, type CueScope, type Sentence } from "./structure";
import type {
  Evidence,
  EvidenceRole,
  ScreeningInput,
  ScreeningKind,
  ScreeningLanguage,
  ScreeningResult,
} from "./types";

const LEXICONS: Record<ScreeningLanguage, CompiledLexicon> = {
  en: compileLexicon(en),
  fr: compileLexicon(fr),
  de: compileLexicon(de),
  es: compileLexicon(es),
  id: compileLexicon(id),
};

/** How far (in characters) a removal verb may stand from the review it targets. */
const REMOVAL_REACH = 60;

const IGNORED_ROLE: Record<Exclude<CueScope, "active">, EvidenceRole> = {
  negated: "negated-ignored",
  reported: "reported-ignored",
  question: "question-ignored",
  general: "general-ignored",
};

interface Reading {
  original: string;
  norm: NormalisedText;
  lex: CompiledLexicon;
  language: ScreeningLanguage;
  sentences: Sentence[];
}

interface Finding {
  kind: ScreeningKind;
  evidence: Evidence[];
}

/**
 * Screens one text. `retaliation` needs a threat the sender makes (legal words, intimidation,
 * or a business sanction tied to a review) and a link to a review (the context, or the text
 * naming a review or demanding its removal), or a review used as leverage in an ultimatum.
 * `legal_threat` is the sender's own legal escalation with no review link. A cue that is
 * negated, reported, asked about or said of third parties in general counts for nothing.
 */
export function screenText(input: ScreeningInput): ScreeningResult {
  const norm = normaliseText(input.text);
  const language = identifyLanguage(input.text, norm.text);
  const lex = LEXICONS[language];
  const reading: Reading = {
    original: input.text,
    norm,
    lex,
    language,
    sentences: splitSentences(norm.text, lex),
  };
  const contextLink: Evidence[] = [];
  if (input.context?.followsReviewOfSender) {
    contextLink.push({ phrase: "followsReviewOfSender", role: "context-link" });
  }
  if (input.context?.reviewId) {
    contextLink.push({ phrase: `reviewId ${input.context.reviewId}`, role: "context-link" });
  }
  const finding = decide(reading, contextLink);
  return {
    kind: finding.kind,
    language,
    evidence: finding.evidence,
    explanation: explain(finding),
  };
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
  const reviewLinks = sentences.map((sentence) =>
    reviewLinkOf(sentence, lex, contextLink.length > 0),
  );
  const ignored: Evidence[] = [];
  let legal: Finding | null = null;

  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    const near = [reviewLinks[i - 1], reviewLinks[i], reviewLinks[i + 1]].filter(
      (l) => l !== undefined,
    );
    const textLink = near.flatMap((l) => l.mentions.map((m) => ({ ...m, sentence: l.sentence })));
    const removal = near.flatMap((l) => l.removals.map((m) => ({ ...m, sentence: l.sentence })));
    const linkEvidence: Evidence[] = [
      ...contextLink,
      ...removal.map((r) => ({ phrase: quote(r.sentence, r), role: "removal-demand" as const })),
      ...textLink.map((m) => ({ phrase: quote(m.sentence, m), role: "review-mention" as const })),
    ];
    const isLinked = linkEvidence.length > 0;
    const ultimatumEvidence = sentence.ultimatums.map((u) => ({
      phrase: quote(sentence, u),
      role: "ultimatum" as const,
    }));

    /** The cues that are the sender's own threat; the others are kept to explain a `none`. */
    const active = (cues: Span[], role: EvidenceRole, isIdiom = false, where = sentence) => {
      const found: Evidence[] = [];
      for (const cue of cues) {
        const scope = scopeOf(where, cue, lex, reading.language, isIdiom);
        if (scope === "active") found.push({ phrase: quote(where, cue), role });
        else ignored.push({ phrase: quote(where, cue), role: IGNORED_ROLE[scope] });
      }
      return found;
    };

    const legalSpans = findAll(lex.legal, sentence.text);
    const venues = findAll(lex.venue, sentence.text).filter(
      (v) =>
        !legalSpans.some((l) => l.start < v.end && v.start < l.end) &&
        isVenueThreat(sentence, v, lex),
    );
    const legalCues = active([...legalSpans, ...venues], "legal-threat");
    if (legalCues.length > 0) {
      if (isLinked) {
        return {
          kind: "retaliation",
          evidence: [...legalCues, ...ultimatumEvidence, ...linkEvidence],
        };
      }
      legal ??= { kind: "legal_threat", evidence: [...legalCues, ...ultimatumEvidence] };
    }
    const intimidation = active(findAll(lex.intimidation, sentence.text), "intimidation", true);
    if (intimidation.length > 0 && isLinked) {
      return {
        kind: "retaliation",
        evidence: [...intimidation, ...ultimatumEvidence, ...linkEvidence],
      };
    }
    // A business sanction punishes a review only when the text itself ties it to one.
    const ownLink = reviewLinks[i]!;
    if (ownLink.removals.length + ownLink.mentions.length > 0 && sentence.ultimatums.length > 0) {
      const sanctions = active(findAll(lex.sanction, sentence.text), "sanction", true);
      if (sanctions.length > 0) {
        return {
          kind: "retaliation",
          evidence: [...sanctions, ...ultimatumEvidence, ...linkEvidence],
        };
      }
    }
    const leverage = reviewLeverage(sentences, i, lex);
    if (leverage) {
      const own = leverage.source;
      const posts = active(
        [...findAll(lex.reviewPost, own.text), ...findAll(lex.ownReview, own.text)],
        "review-leverage",
        false,
        own,
      );
      if (posts.length > 0) {
        return {
          kind: "retaliation",
          evidence: [
            ...posts,
            ...leverage.marks.map((m) => ({
              phrase: quote(m.sentence, m),
              role: "ultimatum" as const,
            })),
          ],
        };
      }
    }
    // A hostile review in answer to a review: the reviewed party strikes back with its own.
    const answersReview =
      contextLink.length > 0 || reviewLinks.flatMap((l) => l.mentions).length >= 2;
    const hostile = findAll(lex.negativeReview, sentence.text);
    if (answersReview && hostile.length > 0 && sentence.hasFirstPerson) {
      const posts = active(findAll(lex.reviewPost, sentence.text), "review-leverage");
      if (posts.length > 0) {
        const marks = hostile.map((h) => ({
          phrase: quote(sentence, h),
          role: "review-leverage" as const,
        }));
        return { kind: "retaliation", evidence: [...posts, ...marks, ...linkEvidence] };
      }
    }
  }
  return legal ?? { kind: "none", evidence: ignored };
}

interface ReviewLink {
  sentence: Sentence;
  mentions: Span[];
  removals: Span[];
}

/** Review nouns in a sentence, and removal verbs aimed at one (or at "it" when the context links a review). */
function reviewLinkOf(
  sentence: Sentence,
  lex: CompiledLexicon,
  hasContextLink: boolean,
): ReviewLink {
  const mentions = findAll(lex.reviewNoun, sentence.text);
  const removals = findAll(lex.removal, sentence.text).filter(
    (verb) =>
      hasContextLink || mentions.some((m) => Math.abs(m.start - verb.start) <= REMOVAL_REACH),
  );
  return { sentence, mentions, removals };
}

/**
 * A review used as leverage: the sender's review of the other side under an ultimatum that
 * asks for something (a refund, a discount) or promises a hostile review (one star,
 * everywhere). The ultimatum may sit in the sentence before ("Refund me. Otherwise …").
 * Returns the ultimatum and demand spans, or null.
 */
function reviewLeverage(sentences: Sentence[], i: number, lex: CompiledLexicon) {
  const sentence = sentences[i]!;
  const previous = sentences[i - 1];
  const speaksOfOwnReview = (s: Sentence | undefined) =>
    s !== undefined && (matches(lex.reviewPost, s.text) || matches(lex.ownReview, s.text));
  if (sentence.ultimatums.length === 0) return null;
  const hostile = [
    ...findAll(lex.negativeReview, sentence.text),
    ...findAll(lex.reviewReach, sentence.text),
  ];
  // "Keep my rating at four stars; if not, expect one star": the review sits one sentence back.
  const source = speaksOfOwnReview(sentence)
    ? sentence
    : hostile.length > 0 && speaksOfOwnReview(previous)
      ? previous!
      : null;
  if (source === null) return null;
  const demands = [
    ...findAll(lex.demand, sentence.text).map((d) => ({ ...d, sentence })),
    ...(previous
      ? findAll(lex.demand, previous.text).map((d) => ({ ...d, sentence: previous }))
      : []),
  ];
  if (demands.length === 0 && hostile.length === 0) return null;
  return {
    source,
    marks: [
      ...sentence.ultimatums.map((u) => ({ ...u, sentence })),
      ...hostile.map((h) => ({ ...h, sentence })),
      ...demands,
    ],
  };
}

function explain(finding: Finding): string {
  const list = (role: EvidenceRole) =>
    finding.evidence.filter((e) => e.role === role).map((e) => `"${e.phrase}"`);
  const threat = [
    ...list("legal-threat").map((p) => `legal threat ${p}`),
    ...list("intimidation").map((p) => `intimidation ${p}`),
    ...list("sanction").map((p) => `sanction ${p}`),
    ...list("review-leverage").map((p) => `review used as leverage ${p}`),
  ].join(", ");
  const condition = list("ultimatum");
  const link = [
    ...finding.evidence.filter((e) => e.role === "context-link").map((e) => `context ${e.phrase}`),
    ...list("removal-demand").map((p) => `removal demand ${p}`),
    ...list("review-mention").map((p) => `review named ${p}`),
  ];
  const when = condition.length > 0 ? ` under the condition ${condition.join(", ")}` : "";
  switch (finding.kind) {
    case "retaliation":
      return `Retaliation: ${threat}${when}${link.length > 0 ? `, linked to a review by ${link.join(", ")}` : ""}.`;
    case "legal_threat":
      return `Legal threat: ${threat}${when}; no link to a review.`;
    case "none": {
      if (finding.evidence.length === 0)
        return "No threat: no legal, intimidating or leverage phrase.";
      const why = finding.evidence.map((e) => `"${e.phrase}" (${e.role.replace("-ignored", "")})`);
      return `No threat: ${why.join(", ")} did not count.`;
    }
  }
}
