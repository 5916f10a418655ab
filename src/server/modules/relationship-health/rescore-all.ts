import { sql } from "kysely";
import type { AgreementTerms } from "../../../domain/agreement/terms";
import type { Side } from "../../../domain/engagement/engagement";
import { cohortToJson } from "../../../domain/health/assess";
import { computeCohort, type Cohort } from "../../../domain/health/cohort";
import type { CheckInFact } from "../../../domain/health/facts";
import {
  factsFolder,
  finishFacts,
  HEALTH_PAYLOAD_TYPES,
  initialFactsState,
  type FactsState,
  type LedgerReferences,
} from "../../../domain/health/facts-from-ledger";
import { addSumsInto, type OrgSums } from "../../../domain/health/org-aggregate";
import type { HealthWarning } from "../../../domain/health/warnings";
import { lockEngagements } from "../../db/locking";
import type { Database } from "../../db/schema";
import type { AppDeps } from "../../platform/deps";
import {
  listAgreementVersionsInRange,
  listAllParties,
  listAnswersInRange,
  listReviewRatingsInRange,
  reviewOccasionKey,
  listLedgersInRange,
  listOrganisationScores,
  listWarningsInRange,
  recordHistoryRows,
  replaceOrganisationHealth,
  saveCohort,
  saveEngagementHealthRows,
  type IdRange,
} from "./health.repository";
import {
  isSamePoint,
  organisationHealthRow,
  organisationHistoryPoint,
  type OrganisationHealthRow,
} from "./organisation-sums";
import {
  appendWarningChanges,
  assessmentRecord,
  readCohort,
  toFactEvent,
  type Parties,
} from "./refresh-engagement-health";

/**
 * Engagements written per transaction, and read per query: ledgers are read by a range of
 * engagement ids (the ledger's own index), a few hundred engagements' rows held at once.
 */
const BATCH = 1000;
const READ_BATCH = 250;
const PAYLOAD_TYPES = [...HEALTH_PAYLOAD_TYPES];

interface Folded {
  parties: Parties;
  state: FactsState;
  eventSeq: number;
}

/**
 * `accord rescore`: recomputes every engagement's health from its ledger alone (and what the
 * ledger points to: agreement versions, check-in answers), refreshes the cohort from all of
 * them, scores every engagement again and rebuilds every organisation's sums from the
 * engagements' shares at once. The incremental path keeps the same sums one event at a time,
 * so at the same instant and cohort both give the same numbers (the property test and the
 * medium test check it). Ledgers are read a range of engagements per query, payloads only of
 * the types health reads; explanations are built when read, as on the incremental path.
 */
export async function rescoreAll(
  deps: AppDeps,
  options: { cohort?: "recompute" | "keep" } = {},
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
  for (let at = 0; at < parties.length; at += BATCH) batches.push(parties.slice(at, at + BATCH));
  const folded: Folded[][] = [];
  const folder = factsFolder();
  let events = 0;
  for (const batch of batches) {
    const done: Folded[] = [];
    for (let at = 0; at < batch.length; at += READ_BATCH) {
      const result = await foldBatch(deps, batch.slice(at, at + READ_BATCH), folder);
      done.push(...result.folded);
      events += result.events;
    }
    folded.push(done);
  }
  const now = deps.clock.now().toISOString();
  // "keep" scores against the stored cohort: what the incremental path used, for a check.
  let cohort: Cohort;
  if (options.cohort === "keep") {
    cohort = await readCohort(deps.db);
  } else {
    cohort = computeCohort(
      folded.flatMap((batch) => batch.map((f) => f.state.facts)),
      now,
    );
    await saveCohort(deps.db, cohortToJson(cohort), now);
  }

  const organisations = new Map<string, { sums: OrgSums; pairs: Map<string, number> }>();
  for (const batch of folded) {
    if (batch.length === 0) continue;
    await deps.db.transaction().execute(async (trx) => {
      await lockEngagements(
        trx,
        deps.dialect,
        batch.map((f) => f.parties.engagementId),
      );
      const stored = new Map(
        (await listWarningsInRange(trx, rangeOf(batch.map((f) => f.parties)))).map((r) => [
          r.engagement_id,
          r,
        ]),
      );
      const records = batch.map((item) => {
        const row = stored.get(item.parties.engagementId);
        const previous = row ? (JSON.parse(row.warnings) as HealthWarning[]) : [];
        return assessmentRecord({
          parties: item.parties,
          state: item.state,
          eventSeq: item.eventSeq,
          previous,
          cohort,
          now,
        });
      });
      for (const [index, record] of records.entries()) {
        if (record.raised.length > 0 || record.cleared.length > 0) {
          const engagementId = batch[index]?.parties.engagementId ?? "";
          const seq = await appendWarningChanges(trx, deps, engagementId, record);
          if (seq !== null) record.row.event_seq = seq;
        }
        for (const side of ["client", "provider"] as const) {
          const share = record.shares[side];
          if (!share.isInWindow) continue;
          const key = `${side}:${share.orgId}`;
          const entry = organisations.get(key) ?? { sums: {}, pairs: new Map<string, number>() };
          addSumsInto(entry.sums, share.sums);
          entry.pairs.set(
            share.counterpartyOrgId,
            (entry.pairs.get(share.counterpartyOrgId) ?? 0) + 1,
          );
          organisations.set(key, entry);
        }
      }
      await saveEngagementHealthRows(
        trx,
        deps.dialect,
        records.map((r) => r.row),
      );
      await recordHistoryRows(
        trx,
        deps.dialect,
        // A point is written when a score changes, as on the incremental path.
        records.flatMap((r) => {
          const row = stored.get(r.row.engagement_id);
          return r.history.filter(
            (point) =>
              !isSamePoint(
                row
                  ? { score: point.side === "client" ? row.client_score : row.provider_score }
                  : null,
                point,
              ),
          );
        }),
      );
    });
  }

  // Every organisation side of an engagement gets a row, in the window or not (as incrementally).
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
    rows.push(
      organisationHealthRow(side, orgId, entry.sums, entry.pairs.size, { now, cohort }).row,
    );
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
    await replaceOrganisationHealth(trx, rows, pairs);
    for (let at = 0; at < moved.length; at += BATCH) {
      await recordHistoryRows(
        trx,
        deps.dialect,
        moved.slice(at, at + BATCH).map(organisationHistoryPoint),
      );
    }
  });
  return { engagements: parties.length, organisations: rows.length, events };
}

/** The key range of a batch of engagements sorted by id. */
function rangeOf(batch: readonly Parties[]): IdRange {
  return {
    first: batch[0]?.engagementId ?? "",
    last: batch[batch.length - 1]?.engagementId ?? "",
  };
}

/**
 * One batch of engagements (sorted by id) folded from their ledgers: what the ledgers point to
 * first (agreement versions, check-in answers), then the ledgers read in one range query, each
 * row folded into its engagement's state as it comes (no list of events is kept). Engagements
 * of the range without both parties are not scored; their events are skipped and not counted.
 */
async function foldBatch(
  deps: AppDeps,
  batch: readonly Parties[],
  folder: ReturnType<typeof factsFolder>,
): Promise<{ folded: Folded[]; events: number }> {
  const range = rangeOf(batch);
  const versions = new Map<string, string>();
  for (const v of await listAgreementVersionsInRange(deps.db, range)) {
    versions.set(`${v.engagement_id}:${Number(v.version)}`, v.terms);
  }
  const answers = new Map<string, CheckInFact[]>();
  for (const answer of await listAnswersInRange(deps.db, range)) {
    const list = answers.get(answer.checkInId);
    if (list) list.push(answer);
    else answers.set(answer.checkInId, [answer]);
  }
  const ratings = new Map<string, CheckInFact[]>();
  for (const { occasionKey, ...rating } of await listReviewRatingsInRange(deps.db, range)) {
    const list = ratings.get(occasionKey);
    if (list) list.push(rating);
    else ratings.set(occasionKey, [rating]);
  }
  const refsOf = (engagementId: string): LedgerReferences => {
    const terms = new Map<number, AgreementTerms | null>();
    return {
      termsOf: (version) => {
        if (!terms.has(version)) {
          const text = versions.get(`${engagementId}:${version}`);
          terms.set(version, text ? (JSON.parse(text) as AgreementTerms) : null);
        }
        return terms.get(version) ?? null;
      },
      answersOf: (id) => answers.get(id) ?? [],
      reviewRatingsOf: (occasion) => ratings.get(reviewOccasionKey(engagementId, occasion)) ?? [],
    };
  };
  const byId = new Map<string, Folded>();
  for (const parties of batch) {
    byId.set(parties.engagementId, { parties, state: initialFactsState(parties), eventSeq: 0 });
  }
  let events = 0;
  let current: Folded | undefined;
  let refs: LedgerReferences = refsOf("");
  for (const row of await listLedgersInRange(deps.db, range, PAYLOAD_TYPES)) {
    if (current?.parties.engagementId !== row.engagement_id) {
      current = byId.get(row.engagement_id);
      if (current) refs = refsOf(row.engagement_id);
    }
    if (!current) continue;
    current.state = folder.step(current.state, toFactEvent(row), refs);
    current.eventSeq = Number(row.seq);
    events += 1;
  }
  // An engagement without any event yet is scored from its initial state.
  const folded = batch.map((parties) => {
    const item = byId.get(parties.engagementId) as Folded;
    finishFacts(item.state);
    return item;
  });
  return { folded, events };
}
