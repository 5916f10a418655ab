import type { Side } from "../engagement/engagement";
import type { Cohort } from "./cohort";
import { measureSide, recognitionOf, scoreEngagement } from "./engagement-score";
import type { HealthFacts } from "./facts";
import { bestImprovement, type Improvement } from "./improvement";
import { scoreValue, type SideScore } from "./score";
import { engagementWarnings, type HealthWarning } from "./warnings";
import {
  scoreOrganisation,
  shareFromMeasures,
  type EngagementShares,
  type OrganisationScore,
} from "./org-aggregate";

export type ExplainedScore = SideScore & { improvement: Improvement | null };

export interface EngagementAssessment {
  provider: ExplainedScore;
  client: ExplainedScore;
  warnings: HealthWarning[];
}

/** Everything an engagement shows about its health at `now`: both scores explained, and warnings. */
export function assessEngagement(
  facts: HealthFacts,
  now: string,
  cohort: Cohort,
): EngagementAssessment {
  const scores = scoreEngagement(facts, now, cohort);
  // Field by field, in `scoreSide`'s order (the stored explanation's text): see `emptyFacts`.
  const explain = (side: Side): ExplainedScore => ({
    side: scores[side].side,
    score: scores[side].score,
    uncapped: scores[side].uncapped,
    cap: scores[side].cap,
    inputs: scores[side].inputs,
    recognition: scores[side].recognition,
    improvement: bestImprovement(side, facts, now, cohort),
  });
  return {
    provider: explain("provider"),
    client: explain("client"),
    warnings: engagementWarnings(facts, now),
  };
}

/**
 * What is kept current on every event and by `accord rescore`: both sides' scores, the
 * engagement's shares of its organisations' sums, and its warnings, each side measured once.
 * The explanation (every input with its evidence, the best improvement: a dozen more scorings)
 * is `assessEngagement` at the same instant and cohort, built when someone reads it; its
 * scores are these (the equivalence test checks it).
 */
export interface EngagementStanding {
  scores: Record<Side, number | null>;
  shares: EngagementShares;
  warnings: HealthWarning[];
}

export function standingOf(facts: HealthFacts, now: string, cohort: Cohort): EngagementStanding {
  const scores = { client: null, provider: null } as Record<Side, number | null>;
  const shares = {} as EngagementShares;
  for (const side of ["client", "provider"] as const) {
    const measured = measureSide(side, facts, now, cohort);
    const recognition = recognitionOf(measured, now);
    scores[side] = scoreValue(side, measured.measures, cohort, measured.flags, recognition);
    shares[side] = shareFromMeasures(side, facts, now, measured);
  }
  return { scores, shares, warnings: engagementWarnings(facts, now) };
}

export type { OrganisationScore };
export { scoreOrganisation };

/** A cohort as JSON (its set of harsh raters as a sorted list), and back. */
export function cohortToJson(cohort: Cohort): string {
  return JSON.stringify({ ...cohort, harshRaterOrgIds: [...cohort.harshRaterOrgIds].sort() });
}

export function cohortFromJson(text: string): Cohort {
  const parsed = JSON.parse(text) as Omit<Cohort, "harshRaterOrgIds"> & {
    harshRaterOrgIds: string[];
  };
  return { ...parsed, harshRaterOrgIds: new Set(parsed.harshRaterOrgIds) };
}
