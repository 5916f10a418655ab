import { HOURS_PER_DAY } from "../agreement/terms";
import { plannedStartOf, type Brief } from "../brief/brief";
import { language as languageValue, money, type MessageValue } from "../findings";
import { wilsonLowerBound } from "../health/mechanics";
import type { ProviderProfile, TrackRecord } from "./provider-profile";

export type MatchFactor =
  "capability" | "language" | "trackRecord" | "health" | "availability" | "price";

/**
 * How much each factor counts. Price is one factor among six and never the only sort: the seeds
 * ask to choose a provider by aptitude, not on impulse or by budget alone.
 */
export const MATCH_WEIGHTS: Record<MatchFactor, number> = {
  capability: 0.35,
  trackRecord: 0.1,
  health: 0.1,
  language: 0.15,
  availability: 0.15,
  price: 0.15,
};

/** Every reason a factor can give, for its catalogue message `match.<factor>.<reason>`. */
export const MATCH_REASONS = {
  capability: ["covered"],
  trackRecord: ["history", "new"],
  health: ["score", "new"],
  language: ["any", "first_choice", "other_choice", "none"],
  availability: ["in_time", "late"],
  price: ["within", "above", "unknown"],
} as const satisfies Record<MatchFactor, readonly string[]>;

export interface FactorScore {
  factor: MatchFactor;
  /** 0–1. */
  score: number;
  weight: number;
  /** score × weight, the share of the total this factor gives. */
  contribution: number;
  /** Why, as a catalogue code with values: `match.<factor>.<reason>`. */
  reason: string;
  values: Record<string, MessageValue>;
}

export interface ProviderMatch {
  orgId: string;
  name: string;
  score: number;
  factors: FactorScore[];
  missingSkillIds: string[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
const TRACK_RECORD_SATURATION = 10;
/** The health factor of a provider too new to have a score: neither rewarded nor punished. */
export const NEW_PROVIDER_HEALTH = 0.5;

function days(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Working days in a window, counting five of every seven. */
function workingDays(from: string, to: string): number {
  return Math.max(1, Math.floor((days(from, to) * 5) / 7));
}

function dayRateMinor(provider: ProviderProfile, currency: string): number | null {
  const rate =
    provider.rates.find((r) => r.unit === "day" && r.currency === currency) ??
    provider.rates.find((r) => r.unit === "hour" && r.currency === currency);
  // Never the floor rate: it is the provider's walk-away price, not an offer, and the match
  // shows the client the rate it priced with.
  return rate ? (rate.unit === "day" ? rate.amountMinor : rate.amountMinor * HOURS_PER_DAY) : null;
}

type Scored = Omit<FactorScore, "weight" | "contribution" | "factor">;

function capability(brief: Brief, provider: ProviderProfile): Scored & { missing: string[] } {
  const offered = new Set(provider.skillIds);
  const missing = brief.skillIds.filter((s) => !offered.has(s));
  const covered = brief.skillIds.length - missing.length;
  const score = brief.skillIds.length === 0 ? 0 : covered / brief.skillIds.length;
  return {
    score,
    reason: "covered",
    values: { covered, required: brief.skillIds.length },
    missing,
  };
}

function language(brief: Brief, provider: ProviderProfile): Scored {
  if (brief.preferredLanguages.length === 0) return { score: 1, reason: "any", values: {} };
  const [first] = brief.preferredLanguages;
  if (first && provider.languages.includes(first))
    return { score: 1, reason: "first_choice", values: { language: languageValue(first) } };
  const other = brief.preferredLanguages.find((l) => provider.languages.includes(l));
  return other
    ? { score: 0.7, reason: "other_choice", values: { language: languageValue(other) } }
    : { score: 0, reason: "none", values: {} };
}

/**
 * The track-record factor, 0–1: experience, and how surely clients come back. The rehire share
 * counts by its Wilson lower bound (HEALTH.md: rankings use it), so 1 client of 1 back ranks
 * below 9 of 10: one lucky rehire is weaker evidence than many. Without a client who could have
 * come back there is no rehire term at all (new, not 0).
 */
export function trackRecordScore(record: TrackRecord): number {
  const experience = Math.min(1, record.completedEngagements / TRACK_RECORD_SATURATION);
  if (record.clientsWhoCouldReturn === 0) return experience * 0.7;
  return (
    experience * 0.7 + wilsonLowerBound(record.returningClients, record.clientsWhoCouldReturn) * 0.3
  );
}

function trackRecord(provider: ProviderProfile): Scored {
  const { completedEngagements, activeEngagements, tenureDays } = provider.trackRecord;
  const { returningClients, clientsWhoCouldReturn } = provider.trackRecord;
  // Tenure is shown beside the record (trust takes time); "none" before any engagement, so a
  // provider that started one today is not told apart from one that never did by 0 days alone.
  const tenure = completedEngagements + activeEngagements + tenureDays === 0 ? "none" : "days";
  const score = trackRecordScore(provider.trackRecord);
  // No rehire figure before an engagement has completed: the provider is new, not "0%" or "100%".
  if (clientsWhoCouldReturn === 0) {
    return {
      score,
      reason: "new",
      values: { completed: completedEngagements, tenure, tenureDays },
    };
  }
  return {
    score,
    reason: "history",
    values: {
      completed: completedEngagements,
      // The real figures, not the bound the ranking used: "9 of 10 clients came back".
      returning: returningClients,
      couldReturn: clientsWhoCouldReturn,
      tenure,
      tenureDays,
    },
  };
}

/**
 * How the provider's clients fared with it, by its health score across engagements. A new
 * provider (below the health model's minimum sample) scores in the middle: new is not bad.
 */
function health(provider: ProviderProfile): Scored {
  const { healthScore } = provider.trackRecord;
  if (healthScore === null) return { score: NEW_PROVIDER_HEALTH, reason: "new", values: {} };
  return { score: healthScore / 100, reason: "score", values: { score: healthScore } };
}

function availability(brief: Brief, provider: ProviderProfile, today: string): Scored {
  const start = plannedStartOf(brief, today);
  if (!provider.availableFrom || provider.availableFrom <= start)
    return { score: 1, reason: "in_time", values: {} };
  const window = brief.deadline ? Math.max(1, days(start, brief.deadline)) : 90;
  const late = days(start, provider.availableFrom);
  return { score: Math.max(0, 1 - late / window), reason: "late", values: { days: late } };
}

/**
 * Price fit: can the budget pay the provider full time from the start to the deadline? Fits
 * fully when the provider's day rate is within the budget spread over those working days,
 * and in proportion otherwise.
 */
function price(brief: Brief, provider: ProviderProfile, today: string): Scored {
  if (!brief.budget) return { score: 0.5, reason: "unknown", values: {} };
  const rate = dayRateMinor(provider, brief.budget.currency);
  if (rate === null || rate <= 0) return { score: 0.5, reason: "unknown", values: {} };
  const start = plannedStartOf(brief, today);
  const affordablePerDay = brief.budget.maxMinor / workingDays(start, brief.deadline ?? start);
  const score = Math.min(1, affordablePerDay / rate);
  return {
    score,
    reason: score >= 1 ? "within" : "above",
    values: { rate: money(rate, brief.budget.currency), currency: brief.budget.currency },
  };
}

function weigh(factor: MatchFactor, scored: Scored): FactorScore {
  const weight = MATCH_WEIGHTS[factor];
  return { factor, ...scored, weight, contribution: scored.score * weight };
}

/** Scores one provider for a brief, with every factor's share and reason. */
export function scoreProvider(
  brief: Brief,
  provider: ProviderProfile,
  today: string,
): ProviderMatch {
  const cap = capability(brief, provider);
  const factors = [
    weigh("capability", cap),
    weigh("trackRecord", trackRecord(provider)),
    weigh("health", health(provider)),
    weigh("language", language(brief, provider)),
    weigh("availability", availability(brief, provider, today)),
    weigh("price", price(brief, provider, today)),
  ];
  const score = factors.reduce((sum, f) => sum + f.contribution, 0);
  return {
    orgId: provider.orgId,
    name: provider.name,
    score,
    factors,
    missingSkillIds: cap.missing,
  };
}

/**
 * Ranks providers for a brief by aptitude: best total first, then longer track record, then
 * name. Providers offering none of the brief's skills are left out.
 */
export function rankProviders(
  brief: Brief,
  providers: Iterable<ProviderProfile>,
  today: string,
  limit = 20,
): ProviderMatch[] {
  const top: { match: ProviderMatch; completed: number }[] = [];
  for (const provider of providers) {
    const match = scoreProvider(brief, provider, today);
    if (match.missingSkillIds.length === brief.skillIds.length) continue;
    top.push({ match, completed: provider.trackRecord.completedEngagements });
  }
  top.sort(
    (a, b) =>
      b.match.score - a.match.score ||
      b.completed - a.completed ||
      a.match.name.localeCompare(b.match.name),
  );
  return top.slice(0, limit).map((t) => t.match);
}
