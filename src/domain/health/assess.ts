import type { Side } from "../engagement/engagement";
import type { Cohort } from "./cohort";
import { scoreEngagement } from "./engagement-score";
import type { HealthFacts } from "./facts";
import { bestImprovement, type Improvement } from "./improvement";
import type { SideScore } from "./score";
import { engagementWarnings, type HealthWarning } from "./warnings";
import { scoreOrganisation, type OrganisationScore } from "./org-aggregate";

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
  const explain = (side: Side): ExplainedScore => ({
    ...scores[side],
    improvement: bestImprovement(side, facts, now, cohort),
  });
  return {
    provider: explain("provider"),
    client: explain("client"),
    warnings: engagementWarnings(facts, now),
  };
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
