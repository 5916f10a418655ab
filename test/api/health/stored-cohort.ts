import { cohortToJson } from "../../../src/domain/health/assess";
import { defaultCohort } from "../../../src/domain/health/cohort";
import { saveCohort } from "../../../src/server/modules/relationship-health/health.repository";
import type { TestApp } from "../../support/test-app";

/**
 * Stores a cohort with the fewest rated organisations on each side that lets satisfaction rank
 * (`HEALTH.satisfactionMinCohort`), their smoothed mean ratings 6.5, 7 and 7.5, as `accord
 * rescore` would after other engagements: below it satisfaction has no value, so a test that
 * reads satisfaction counting a rating needs one.
 */
export async function storeRatedCohort(t: TestApp): Promise<void> {
  const ratings = [6.5, 7, 7.5];
  const cohort = { ...defaultCohort(), ratings: { client: ratings, provider: ratings } };
  await saveCohort(t.deps.db, cohortToJson(cohort), t.clock.now().toISOString());
}
