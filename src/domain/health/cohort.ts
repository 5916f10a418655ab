import type { Side } from "../engagement/engagement";
import { HEALTH } from "./constants";
import { deliveredOnAsJudged, judgingDay } from "./engagement-end";
import type { HealthFacts } from "./facts";
import type { RaterDiscounts } from "./measures";

/**
 * What a side is compared with: the cohort's mean rates (the smoothing's `p0`), the smoothed
 * mean rating of every organisation on that side (for satisfaction percentiles), and the raters
 * whose ratings are discounted. Computed from all engagements' facts at once, stored, and read by
 * every score until the next refresh, so one event rescoring one engagement stays bounded work.
 */
export interface Cohort extends RaterDiscounts {
  priors: Record<
    Side,
    { reliability: number; quality: number; responsiveness: number; rating: number }
  >;
  /** Sorted smoothed mean ratings of each organisation on that side. */
  ratings: Record<Side, number[]>;
}

/**
 * What the cohort reads of an engagement's facts: `accord rescore`'s workers send the writer only
 * these, in the engagements' order, which computes the cohort as from the whole facts.
 */
export type CohortFacts = Pick<
  HealthFacts,
  "clientOrgId" | "providerOrgId" | "checkIns" | "milestones" | "submissions" | "exit"
>;

/** The parts of `facts` the cohort reads (the same objects, not copies). */
export function cohortFactsOf(facts: HealthFacts): CohortFacts {
  return {
    clientOrgId: facts.clientOrgId,
    providerOrgId: facts.providerOrgId,
    checkIns: facts.checkIns,
    milestones: facts.milestones,
    submissions: facts.submissions,
    exit: facts.exit,
  };
}

export function defaultCohort(): Cohort {
  const p = HEALTH.defaultPriors;
  return {
    priors: { client: { ...p }, provider: { ...p } },
    ratings: { client: [], provider: [] },
    harshRaterOrgIds: new Set(),
  };
}

/** Organisations that rated at least 3 counterparts, each on average 6 or less. */
export function findHarshRaters(all: readonly CohortFacts[]): Set<string> {
  const given = new Map<string, Map<string, { sum: number; count: number }>>();
  for (const facts of all) {
    for (const answer of facts.checkIns) {
      const rated = answer.side === "client" ? facts.providerOrgId : facts.clientOrgId;
      const byRated =
        given.get(answer.raterOrgId) ?? new Map<string, { sum: number; count: number }>();
      const entry = byRated.get(rated) ?? { sum: 0, count: 0 };
      entry.sum += answer.counterpartRating;
      entry.count += 1;
      byRated.set(rated, entry);
      given.set(answer.raterOrgId, byRated);
    }
  }
  const harsh = new Set<string>();
  for (const [rater, byRated] of given) {
    const means = [...byRated.values()].map((e) => e.sum / e.count);
    if (
      means.length >= HEALTH.harshRater.minCounterparties &&
      means.every((mean) => mean <= HEALTH.harshRater.maxMeanRating)
    ) {
      harsh.add(rater);
    }
  }
  return harsh;
}

/** The cohort of every engagement's facts (pure; the caller decides when to refresh it). */
export function computeCohort(all: readonly CohortFacts[], now: string): Cohort {
  const harshRaterOrgIds = findHarshRaters(all);
  const base = defaultCohort();
  const sides: Side[] = ["client", "provider"];
  const priors = { ...base.priors };
  const ratings: Record<Side, number[]> = { client: [], provider: [] };
  for (const side of sides) {
    const rated = new Map<string, { sum: number; weight: number }>();
    let ratingSum = 0;
    let ratingWeight = 0;
    const rates = { reliability: [0, 0], quality: [0, 0], responsiveness: [0, 0] };
    for (const facts of all) {
      const orgId = side === "client" ? facts.clientOrgId : facts.providerOrgId;
      for (const answer of facts.checkIns) {
        if (answer.side === side) continue;
        const w = harshRaterOrgIds.has(answer.raterOrgId) ? HEALTH.harshRater.weight : 1;
        const entry = rated.get(orgId) ?? { sum: 0, weight: 0 };
        entry.sum += w * answer.counterpartRating;
        entry.weight += w;
        rated.set(orgId, entry);
        ratingSum += w * answer.counterpartRating;
        ratingWeight += w;
      }
      if (side === "provider") countProviderRates(facts, now, rates);
    }
    const rating = ratingWeight > 0 ? ratingSum / ratingWeight : base.priors[side].rating;
    const m = HEALTH.smoothingM;
    ratings[side] = [...rated.values()]
      .map((e) => (e.sum + m * rating) / (e.weight + m))
      .sort((a, b) => a - b);
    const rateOf = (pair: number[], fallback: number) =>
      (pair[1] ?? 0) > 0 ? (pair[0] ?? 0) / (pair[1] ?? 1) : fallback;
    priors[side] = {
      reliability: rateOf(rates.reliability, base.priors[side].reliability),
      quality: rateOf(rates.quality, base.priors[side].quality),
      responsiveness: rateOf(rates.responsiveness, base.priors[side].responsiveness),
      rating,
    };
  }
  return { priors, ratings, harshRaterOrgIds };
}

function countProviderRates(
  facts: CohortFacts,
  now: string,
  into: { reliability: number[]; quality: number[]; responsiveness: number[] },
): void {
  // As `measureReliability` judges them: after an exit's end, as they stood on it.
  const judging = judgingDay(facts, now);
  for (const milestone of facts.milestones) {
    const on = deliveredOnAsJudged(milestone, judging);
    if (on === null && milestone.dueDate >= judging.day) continue;
    into.reliability[1] =
      (into.reliability[1] ?? 0) + (on === null ? HEALTH.openLatenessWeight : 1);
    if (on !== null && on <= milestone.dueDate)
      into.reliability[0] = (into.reliability[0] ?? 0) + 1;
  }
  for (const submission of facts.submissions) {
    if (submission.round !== 1 || submission.outcome === null) continue;
    into.quality[1] = (into.quality[1] ?? 0) + 1;
    if (submission.outcome !== "changes_requested") into.quality[0] = (into.quality[0] ?? 0) + 1;
  }
}
