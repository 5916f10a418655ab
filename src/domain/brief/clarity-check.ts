import { day, foldText, type Finding } from "../findings";
import { plannedStartOf, type Brief } from "./brief";

export const CLARITY_CODES = [
  "goal_missing",
  "success_measure_missing",
  "success_measure_not_measurable",
  "skills_missing",
  "budget_missing",
  "budget_inverted",
  "budget_range_wide",
  "deadline_missing",
  "deadline_passed",
  "deadline_before_feasible_start",
  "must_haves_contradict",
  "must_have_also_nice_to_have",
  "client_people_missing",
  "business_model_scope_missing",
  "preferred_language_missing",
  "earliest_start_passed",
  "deadline_before_earliest_start",
] as const;
export type ClarityCode = (typeof CLARITY_CODES)[number];

/** The shortest time, in days, between a brief's publication (or earliest start) and its deadline. */
export const MINIMUM_LEAD_DAYS = 7;
/** A budget whose top is more than this many times its bottom says little about resources. */
export const WIDE_BUDGET_RATIO = 3;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Words that negate what follows, in the five interface languages, so "no mobile app" and
 * "mobile app" are seen as contradicting must-haves.
 */
const NEGATIONS = [
  "no",
  "not",
  "without",
  "sans",
  "pas de",
  "pas d'",
  "aucun",
  "aucune",
  "kein",
  "keine",
  "keinen",
  "ohne",
  "sin",
  "ningun",
  "ninguna",
  "tanpa",
  "tidak ada",
  "bukan",
];

/** "Measurable" means it names a quantity: a number, a percentage or a count. */
function isMeasurable(measure: string): boolean {
  return /\d/.test(measure);
}

function stripNegation(folded: string): { isNegated: boolean; core: string } {
  for (const word of NEGATIONS) {
    const prefix = word.endsWith("'") ? word : `${word} `;
    if (folded.startsWith(prefix)) return { isNegated: true, core: folded.slice(prefix.length) };
  }
  return { isNegated: false, core: folded };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * Lists what is missing or vague in a brief. Invariant: a brief may be published to providers
 * only when no finding is blocking. `today` is the client's current date (YYYY-MM-DD).
 */
export function checkBriefClarity(brief: Brief, today: string): Finding<ClarityCode>[] {
  const findings: Finding<ClarityCode>[] = [];
  const block = (code: ClarityCode, path: string, values?: Finding["values"]) =>
    findings.push({ code, severity: "blocking", path, ...(values && { values }) });
  const warn = (code: ClarityCode, path: string, values?: Finding["values"]) =>
    findings.push({ code, severity: "warning", path, ...(values && { values }) });

  if (brief.goals.every((g) => g.trim() === "")) block("goal_missing", "goals");
  if (brief.successMeasures.every((m) => m.trim() === "")) {
    block("success_measure_missing", "successMeasures");
  } else {
    brief.successMeasures.forEach((measure, index) => {
      if (measure.trim() !== "" && !isMeasurable(measure)) {
        warn("success_measure_not_measurable", `successMeasures.${index}`);
      }
    });
  }
  if (brief.skillIds.length === 0) block("skills_missing", "skillIds");

  // A range of nothing (0 to 0) tells providers no more about resources than no range at all;
  // a minimum over a maximum of 0 is a range typed upside down, and named so.
  if (!brief.budget || (brief.budget.maxMinor === 0 && brief.budget.minMinor === 0)) {
    block("budget_missing", "budget");
  } else if (brief.budget.minMinor > brief.budget.maxMinor) {
    block("budget_inverted", "budget");
  } else if (
    brief.budget.minMinor > 0 &&
    brief.budget.maxMinor > brief.budget.minMinor * WIDE_BUDGET_RATIO
  ) {
    warn("budget_range_wide", "budget", { ratio: WIDE_BUDGET_RATIO });
  }

  checkDates(brief, today, block, warn);
  checkMustHaves(brief, block);

  if (brief.clientPeople.length === 0) warn("client_people_missing", "clientPeople");
  if (brief.businessModelScope.trim() === "")
    warn("business_model_scope_missing", "businessModelScope");
  if (brief.preferredLanguages.length === 0)
    warn("preferred_language_missing", "preferredLanguages");
  return findings;
}

type AddFinding = (code: ClarityCode, path: string, values?: Finding["values"]) => void;

function checkDates(brief: Brief, today: string, block: AddFinding, warn: AddFinding): void {
  // A start already gone by is read as today (matching and feasibility count from today): said,
  // so the client sees the brief's dates as providers will plan them, but it blocks nothing.
  if (brief.earliestStart && brief.earliestStart < today) {
    warn("earliest_start_passed", "earliestStart", {
      start: day(brief.earliestStart),
      today: day(today),
    });
  }
  if (!brief.deadline) {
    block("deadline_missing", "deadline");
    return;
  }
  if (brief.deadline <= today) {
    block("deadline_passed", "deadline");
    return;
  }
  const start = plannedStartOf(brief, today);
  if (brief.deadline < start) {
    block("deadline_before_earliest_start", "deadline", {
      deadline: day(brief.deadline),
      start: day(start),
    });
    return;
  }
  if (daysBetween(start, brief.deadline) < MINIMUM_LEAD_DAYS) {
    block("deadline_before_feasible_start", "deadline", {
      days: MINIMUM_LEAD_DAYS,
      start: day(start),
    });
  }
}

function checkMustHaves(brief: Brief, block: (code: ClarityCode, path: string) => void): void {
  const seen = new Map<string, { index: number; isNegated: boolean }>();
  brief.mustHaves.forEach((item, index) => {
    const { isNegated, core } = stripNegation(foldText(item.text));
    const other = seen.get(core);
    if (other && other.isNegated !== isNegated)
      block("must_haves_contradict", `mustHaves.${index}`);
    seen.set(core, { index, isNegated });
  });
  const mustTexts = new Set(brief.mustHaves.map((m) => foldText(m.text)));
  brief.niceToHaves.forEach((item, index) => {
    if (mustTexts.has(foldText(item.text)))
      block("must_have_also_nice_to_have", `niceToHaves.${index}`);
  });
}
