import { cohortToJson } from "../../../domain/health/assess";
import { computeCohort } from "../../../domain/health/cohort";
import { factsFromLedger, type FactsState } from "../../../domain/health/facts-from-ledger";
import type { HealthWarning } from "../../../domain/health/warnings";
import { lockEngagement } from "../../db/locking";
import type { AppDeps } from "../../platform/deps";
import { findEngagementHealth, listEventsAfter, saveCohort } from "./health.repository";
import {
  loadReferences,
  partiesOf,
  rescoreOrganisation,
  toFactEvent,
  writeEngagementHealth,
  type Parties,
} from "./refresh-engagement-health";

/**
 * `accord rescore`: recomputes every engagement's health from its ledger alone (and what the
 * ledger points to: agreement versions by hash, check-in answers by id), refreshes the cohort
 * from all of them, then scores every engagement and organisation again. It gives the numbers
 * the incremental path gives for the same cohort and instant.
 */
export async function rescoreAll(
  deps: AppDeps,
): Promise<{ engagements: number; organisations: number }> {
  const ids = (await deps.db.selectFrom("engagements").select("id").orderBy("id").execute()).map(
    (r) => r.id,
  );
  const folded: { parties: Parties; state: FactsState; eventSeq: number }[] = [];
  for (const id of ids) {
    const parties = await partiesOf(deps.db, id);
    if (!parties) continue;
    const rows = await listEventsAfter(deps.db, id, 0);
    const events = rows.map(toFactEvent);
    const refs = await loadReferences(deps.db, id, events);
    folded.push({
      parties,
      state: factsFromLedger(parties, events, refs),
      eventSeq: rows.length > 0 ? Number(rows[rows.length - 1]?.seq) : 0,
    });
  }
  const now = deps.clock.now().toISOString();
  const cohort = computeCohort(
    folded.map((f) => f.state.facts),
    now,
  );
  await saveCohort(deps.db, cohortToJson(cohort), now);
  for (const item of folded) {
    await deps.db.transaction().execute(async (trx) => {
      await lockEngagement(trx, deps.dialect, item.parties.engagementId);
      const stored = await findEngagementHealth(trx, item.parties.engagementId);
      const previous = stored ? (JSON.parse(stored.warnings) as HealthWarning[]) : [];
      await writeEngagementHealth(trx, deps, { ...item, previous, cohort });
    });
  }
  const orgs = new Set<string>();
  for (const item of folded) {
    for (const [orgId, side] of [
      [item.parties.clientOrgId, "client"],
      [item.parties.providerOrgId, "provider"],
    ] as const) {
      const key = `${side}:${orgId}`;
      if (orgs.has(key)) continue;
      orgs.add(key);
      const facts = folded
        .filter(
          (f) => (side === "client" ? f.parties.clientOrgId : f.parties.providerOrgId) === orgId,
        )
        .map((f) => f.state.facts);
      await rescoreOrganisation(deps.db, orgId, side, now, cohort, facts);
    }
  }
  return { engagements: folded.length, organisations: orgs.size };
}
