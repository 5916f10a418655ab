import { availableParallelism, loadavg } from "node:os";
import { sql } from "kysely";
import type { Side } from "../../../domain/engagement/engagement";
import { cohortToJson } from "../../../domain/health/assess";
import { computeCohort, type Cohort } from "../../../domain/health/cohort";
import { diffWarnings, type HealthWarning } from "../../../domain/health/warnings";
import { lockEngagements } from "../../db/locking";
import type { Database } from "../../db/schema";
import type { AppDeps } from "../../platform/deps";
import {
  listAllParties,
  listOrganisationScores,
  listWarningsInRange,
  recordHistoryRows,
  replaceOrganisationHealth,
  saveCohort,
  saveEngagementHealthValues,
  updateStoredEngagementHealthValues,
  ENGAGEMENT_HEALTH_COLUMNS,
} from "./health.repository";
import {
  isSamePoint,
  organisationHealthRow,
  organisationHistoryPoint,
  type OrganisationHealthRow,
} from "./organisation-sums";
import { appendWarningChanges, readCohort, type Parties } from "./refresh-engagement-health";
import {
  localScorer,
  rangeOf,
  type AssessedBatch,
  type OrganisationTotals,
} from "./rescore-batches";
import { workerScorer } from "./rescore-workers";

/**
 * Engagements written per transaction, and the unit of work a worker thread folds and assesses:
 * a batch is read a range of engagement ids at a time (the ledger's own index).
 */
const BATCH = 1000;

/** Options of `rescoreAll`. */
export interface RescoreOptions {
  /** "keep" scores against the stored cohort: what the incremental path used, for a check. */
  cohort?: "recompute" | "keep";
  /**
   * The database's URL, which lets rescore read and assess on worker threads, each with its own
   * connection, while this one writes; without it (or with an in-memory database) one thread
   * does everything.
   */
  databaseUrl?: string;
  /**
   * Worker threads; by default one per core the process may use (`idleCores`), none for fewer
   * than two batches. The stored results are the same with any number.
   */
  workers?: number;
  /** Engagements per batch (1,000): tests spread a few engagements over workers with less. */
  batchSize?: number;
}

/**
 * The default number of workers: one per core (at most 4), none when the machine is already
 * busy (its load average over the last minute at or above its cores). Each worker pays its own
 * start and warm-up and the records cross between threads, so on cores others keep busy
 * workers only add CPU time (+40–60% measured) for no shorter wall time.
 */
function idleCores(): number {
  const cores = availableParallelism();
  const load = loadavg()[0] ?? 0;
  return load < cores ? Math.min(cores, 4) : 0;
}

/** The worker threads a rescore of `batches` batches uses. */
function workerCount(options: RescoreOptions, batches: number): number {
  const url = options.databaseUrl ?? "";
  if (url === "" || url === "sqlite:" || url.includes(":memory:")) return 0;
  const count = options.workers ?? (batches >= 2 ? idleCores() : 0);
  return Math.max(0, Math.min(count, batches));
}

/**
 * `accord rescore`: recomputes every engagement's health from its ledger alone (and what the
 * ledger points to: agreement versions, check-in answers), refreshes the cohort from all of
 * them, scores every engagement again and rebuilds every organisation's sums from the
 * engagements' shares at once. The incremental path keeps the same sums one event at a time,
 * so at the same instant and cohort both give the same numbers (the property test and the
 * medium test check it). Ledgers are read a range of engagements per query, payloads only of
 * the types health reads; explanations are built when read, as on the incremental path.
 *
 * With the database's URL, the reading, folding and assessing run on worker threads (a batch
 * of engagements each at a time) while this connection writes the batches in order; the
 * cohort is computed here from the workers' facts in engagement order. The stored results are
 * those of one thread, byte for byte (`test/db/rescore-workers.test.ts`).
 */
export async function rescoreAll(
  deps: AppDeps,
  options: RescoreOptions = {},
): Promise<{ engagements: number; organisations: number; events: number }> {
  const parties = (await listAllParties(deps.db)).flatMap((row) =>
    row.client_org_id && row.provider_org_id
      ? [
          {
            engagementId: row.id,
            clientOrgId: row.client_org_id,
            providerOrgId: row.provider_org_id,
            startedAt: row.created_at,
          },
        ]
      : [],
  );
  if (deps.dialect === "sqlite") {
    // Rescore reads every ledger once: SQLite's pages mapped into memory spare a read call per
    // page (about a quarter of the ledger read's CPU here). It stays on for this connection,
    // harmlessly: SQLite maps no more than the database's size, and WAL mode is kept.
    await sql`pragma mmap_size = 1073741824`.execute(deps.db);
  }
  const batches: Parties[][] = [];
  const size = Math.max(1, options.batchSize ?? BATCH);
  for (let at = 0; at < parties.length; at += size) batches.push(parties.slice(at, at + size));
  const workers = workerCount(options, batches.length);
  const scorer =
    workers > 0 ? await workerScorer(options.databaseUrl ?? "", workers) : localScorer(deps.db);
  try {
    const { events, cohortFacts } = await scorer.foldAll(batches);
    const now = deps.clock.now().toISOString();
    let cohort: Cohort;
    if (options.cohort === "keep") {
      cohort = await readCohort(deps.db);
    } else {
      cohort = computeCohort(cohortFacts, now);
      await saveCohort(deps.db, cohortToJson(cohort), now);
    }
    for (const [index, batch] of batches.entries()) {
      if (batch.length === 0) continue;
      await writeBatch(deps, batch, await scorer.assessed(index, cohort, now), now);
    }
    const organisations = await scorer.organisationTotals();
    const written = await writeOrganisations(deps, parties, organisations, { now, cohort });
    return { engagements: parties.length, organisations: written, events };
  } finally {
    await scorer.close();
  }
}

const WIDTH = ENGAGEMENT_HEALTH_COLUMNS.length;
const EVENT_SEQ = ENGAGEMENT_HEALTH_COLUMNS.indexOf("event_seq");
const SCORE_COLUMN = {
  client: ENGAGEMENT_HEALTH_COLUMNS.indexOf("client_score"),
  provider: ENGAGEMENT_HEALTH_COLUMNS.indexOf("provider_score"),
} as const;

/**
 * One batch's assessments written in one transaction, in the engagements' order: the warnings'
 * changes against the stored ones (as ledger events, which move the row's `event_seq`), the
 * rows, and the history points where a score moved (as on the incremental path).
 */
async function writeBatch(
  deps: AppDeps,
  batch: readonly Parties[],
  assessed: AssessedBatch,
  now: string,
): Promise<void> {
  const { values } = assessed;
  await deps.db.transaction().execute(async (trx) => {
    await lockEngagements(
      trx,
      deps.dialect,
      batch.map((p) => p.engagementId),
    );
    const stored = new Map(
      (await listWarningsInRange(trx, rangeOf(batch))).map((r) => [r.engagement_id, r]),
    );
    const warned = new Map(assessed.warnings);
    for (const [position, parties] of batch.entries()) {
      const previousText = stored.get(parties.engagementId)?.warnings ?? "[]";
      const next = warned.get(position) ?? [];
      if (previousText === "[]" && next.length === 0) continue;
      const changes = diffWarnings(JSON.parse(previousText) as HealthWarning[], next);
      if (changes.raised.length === 0 && changes.cleared.length === 0) continue;
      const seq = await appendWarningChanges(trx, deps, parties.engagementId, changes);
      if (seq !== null) values[position * WIDTH + EVENT_SEQ] = seq;
    }
    // Rows already stored with these parties get the changed columns; the others are upserted.
    const update: unknown[] = [];
    const upsert: unknown[] = [];
    for (const [position, parties] of batch.entries()) {
      const row = stored.get(parties.engagementId);
      const isStored =
        row?.client_org_id === parties.clientOrgId && row.provider_org_id === parties.providerOrgId;
      const into = isStored ? update : upsert;
      for (let at = position * WIDTH; at < (position + 1) * WIDTH; at++) into.push(values[at]);
    }
    await updateStoredEngagementHealthValues(trx, deps.dialect, update);
    await saveEngagementHealthValues(trx, deps.dialect, upsert);
    const history: Database["health_history"][] = [];
    for (const [position, parties] of batch.entries()) {
      const row = stored.get(parties.engagementId);
      for (const side of ["client", "provider"] as const) {
        const point = {
          subject_kind: "engagement" as const,
          subject_id: parties.engagementId,
          side,
          day: now.slice(0, 10),
          score: values[position * WIDTH + SCORE_COLUMN[side]] as number | null,
          recorded_at: now,
          is_new: null,
        };
        const before = row
          ? { score: side === "client" ? row.client_score : row.provider_score }
          : null;
        if (!isSamePoint(before, point)) history.push(point);
      }
    }
    await recordHistoryRows(trx, deps.dialect, history);
  });
}

/**
 * Every organisation side of an engagement gets a row, in the window or not (as incrementally),
 * from the running sums; the pairs replaced; a history point where a side's score moved. The
 * number of rows.
 */
async function writeOrganisations(
  deps: AppDeps,
  parties: readonly Parties[],
  organisations: OrganisationTotals,
  at: { now: string; cohort: Cohort },
): Promise<number> {
  const sides = new Set<string>();
  for (const p of parties) {
    sides.add(`client:${p.clientOrgId}`);
    sides.add(`provider:${p.providerOrgId}`);
  }
  const rows: OrganisationHealthRow[] = [];
  const pairs: Database["organisation_health_counterparties"][] = [];
  for (const key of [...sides].sort()) {
    const [side, orgId] = key.split(/:(.*)/s) as [Side, string];
    const entry = organisations.get(key) ?? { sums: {}, pairs: new Map<string, number>() };
    rows.push(organisationHealthRow(side, orgId, entry.sums, entry.pairs.size, at).row);
    for (const [counterparty, count] of entry.pairs) {
      pairs.push({
        org_id: orgId,
        side,
        counterparty_org_id: counterparty,
        engagement_count: count,
      });
    }
  }
  await deps.db.transaction().execute(async (trx) => {
    // A point where an organisation side's score changes, as on the incremental path.
    const before = new Map(
      (await listOrganisationScores(trx)).map((row) => [`${row.side}:${row.org_id}`, row]),
    );
    const moved = rows.filter(
      (row) => !isSamePoint(before.get(`${row.side}:${row.org_id}`) ?? null, row),
    );
    await replaceOrganisationHealth(trx, deps.dialect, rows, pairs);
    for (let at = 0; at < moved.length; at += BATCH) {
      await recordHistoryRows(
        trx,
        deps.dialect,
        moved.slice(at, at + BATCH).map(organisationHistoryPoint),
      );
    }
  });
  return rows.length;
}
