import type { Kysely } from "kysely";
import { assessEngagement, type ExplainedScore } from "../../../domain/health/assess";
import type { FactsState } from "../../../domain/health/facts-from-ledger";
import type { Database } from "../../db/schema";
import { saveExplanation, type StoredHealth } from "./health.repository";
import { readCohort } from "./refresh-engagement-health";

export type StoredExplanation = Record<"provider" | "client", ExplainedScore>;

/**
 * An engagement's explained scores (every input with its evidence, the best improvement). Events
 * and `accord rescore` keep the scores, not their explanation: the first reader builds it from
 * the stored facts at the row's own instant with the stored cohort (so its scores are the stored
 * ones) and keeps it on the row until the next event or assessment replaces the row.
 */
export async function explainEngagementHealth(
  db: Kysely<Database>,
  row: StoredHealth,
): Promise<StoredExplanation> {
  if (row.explanation !== "") return JSON.parse(row.explanation) as StoredExplanation;
  if (row.state === null) throw new Error("health read without its facts while unexplained");
  const state = JSON.parse(row.state) as FactsState;
  const assessment = assessEngagement(state.facts, row.computed_at, await readCohort(db));
  const explanation = { provider: assessment.provider, client: assessment.client };
  await saveExplanation(
    db,
    { ...row, event_seq: Number(row.event_seq) },
    JSON.stringify(explanation),
  );
  return explanation;
}
