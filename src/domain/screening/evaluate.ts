import { screenText } from "./screen-text";
import {
  SCREENING_LANGUAGES,
  type ScreeningInput,
  type ScreeningResult,
  type ScreeningContext,
  type ScreeningKind,
  type ScreeningLanguage,
} from "./types";

/** The splits of the labelled set, oldest first. */
export const SCREENING_SPLITS = [
  "dev",
  "heldout",
  "heldout-e",
  "heldout-f",
  "heldout-g",
  "heldout-h",
  "heldout-i",
  "heldout-j",
  "heldout-k",
  "heldout-l",
  "heldout-m",
  "heldout-n",
  "heldout-o",
  "heldout-p",
  "heldout-q",
  "heldout-r",
  "heldout-s",
  "heldout-t",
  "heldout-u",
  "heldout-w",
  "heldout-aa",
  "heldout-ab",
  "heldout-ac",
  "heldout-ad",
  "heldout-ae",
  "heldout-af",
  "heldout-ag",
  "heldout-ah",
  "heldout-ai",
  "heldout-aj",
  "heldout-ak",
  "heldout-al",
  "heldout-am",
  "heldout-an",
  "heldout-ao",
  "heldout-aq",
  "heldout-ar",
  "heldout-ap",
] as const;
export type ScreeningSplit = (typeof SCREENING_SPLITS)[number];

/** One hand-labelled text of the screening set. */
export interface LabelledText {
  id: string;
  /**
   * `dev` texts tune the lexicons. The held-out splits were each measured once on first
   * reading (docs/SCREENING.md records those figures) before any fix they inspired.
   */
  split: ScreeningSplit;
  language: ScreeningLanguage;
  kind: ScreeningKind;
  /** What the text exercises: "leverage", "negation", "seed-quote"… */
  case: string;
  text: string;
  context?: ScreeningContext;
}

export interface ClassScore {
  precision: number;
  recall: number;
  /** Texts labelled with the class, and texts screened as it. */
  labelled: number;
  predicted: number;
}

export interface LanguageScore {
  language: ScreeningLanguage | "all";
  texts: number;
  retaliation: ClassScore;
  legalThreat: ClassScore;
  /** Share of texts labelled `none` that were flagged as either threat. */
  harmlessFlagged: number;
  languageAccuracy: number;
}

export interface Mistake {
  id: string;
  expected: ScreeningKind;
  got: ScreeningKind;
  language: ScreeningLanguage;
  text: string;
  explanation: string;
}

export interface Evaluation {
  scores: LanguageScore[];
  mistakes: Mistake[];
}

/** The targets the unseen set is judged by. */
export const SCREENING_TARGETS = {
  retaliation: 0.95,
  legalThreat: 0.9,
  harmlessFlagged: 0.03,
} as const;

function classScore(
  pairs: { expected: ScreeningKind; got: ScreeningKind }[],
  kind: ScreeningKind,
): ClassScore {
  const labelled = pairs.filter((p) => p.expected === kind).length;
  const predicted = pairs.filter((p) => p.got === kind).length;
  const correct = pairs.filter((p) => p.expected === kind && p.got === kind).length;
  return {
    precision: predicted === 0 ? 1 : correct / predicted,
    recall: labelled === 0 ? 1 : correct / labelled,
    labelled,
    predicted,
  };
}

/** Screens every text (with `screen`, by default the classifier) and scores it. */
export function evaluateScreening(
  texts: LabelledText[],
  screen: (input: ScreeningInput) => ScreeningResult = screenText,
): Evaluation {
  return scoreScreening(
    texts.map((t) => ({ item: t, result: screen({ text: t.text, context: t.context }) })),
  );
}

/** Precision and recall per language and class of texts already screened. */
export function scoreScreening(
  results: { item: LabelledText; result: ScreeningResult }[],
): Evaluation {
  const mistakes: Mistake[] = results
    .filter(({ item, result }) => item.kind !== result.kind)
    .map(({ item, result }) => ({
      id: item.id,
      expected: item.kind,
      got: result.kind,
      language: result.language,
      text: item.text,
      explanation: result.explanation,
    }));
  const score = (language: ScreeningLanguage | "all"): LanguageScore => {
    const subset = results.filter((r) => language === "all" || r.item.language === language);
    const pairs = subset.map((r) => ({ expected: r.item.kind, got: r.result.kind }));
    const harmless = pairs.filter((p) => p.expected === "none");
    return {
      language,
      texts: subset.length,
      retaliation: classScore(pairs, "retaliation"),
      legalThreat: classScore(pairs, "legal_threat"),
      harmlessFlagged:
        harmless.length === 0
          ? 0
          : harmless.filter((p) => p.got !== "none").length / harmless.length,
      languageAccuracy:
        subset.length === 0
          ? 1
          : subset.filter((r) => r.result.language === r.item.language).length / subset.length,
    };
  };
  return { scores: [...SCREENING_LANGUAGES.map(score), score("all")], mistakes };
}

/** Whether every language meets the targets (the unit test asserts this on both splits). */
export function meetsTargets(score: LanguageScore): boolean {
  return (
    score.retaliation.precision >= SCREENING_TARGETS.retaliation &&
    score.retaliation.recall >= SCREENING_TARGETS.retaliation &&
    score.legalThreat.precision >= SCREENING_TARGETS.legalThreat &&
    score.legalThreat.recall >= SCREENING_TARGETS.legalThreat &&
    score.harmlessFlagged <= SCREENING_TARGETS.harmlessFlagged
  );
}

/** A share as the evaluation tables print it: one decimal, right-aligned in seven columns. */
export const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);

/** A plain-text table of an evaluation, one row per language and a total row. */
export function formatEvaluation(title: string, evaluation: Evaluation): string {
  const lines = [
    title,
    "lang  texts   ret.P   ret.R   leg.P   leg.R  harmless-flagged  lang-id  targets",
  ];
  for (const s of evaluation.scores) {
    lines.push(
      [
        s.language.padEnd(4),
        String(s.texts).padStart(6),
        percent(s.retaliation.precision),
        percent(s.retaliation.recall),
        percent(s.legalThreat.precision),
        percent(s.legalThreat.recall),
        percent(s.harmlessFlagged).padStart(17),
        percent(s.languageAccuracy).padStart(8),
        meetsTargets(s) ? "  met" : "  MISSED",
      ].join(" "),
    );
  }
  return lines.join("\n");
}
