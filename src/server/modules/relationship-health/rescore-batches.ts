import type { Kysely } from "kysely";
import type { AgreementTerms } from "../../../domain/agreement/terms";
import { cohortFactsOf, type Cohort, type CohortFacts } from "../../../domain/health/cohort";
import type { CheckInFact } from "../../../domain/health/facts";
import {
  factsFolder,
  finishFacts,
  HEALTH_PAYLOAD_TYPES,
  initialFactsState,
  type FactsState,
  type LedgerReferences,
} from "../../../domain/health/facts-from-ledger";
import {
  addSumsInto,
  type EngagementShares,
  type OrgSums,
} from "../../../domain/health/org-aggregate";
import type { HealthWarning } from "../../../domain/health/warnings";
import type { Database } from "../../db/schema";
import {
  ENGAGEMENT_HEALTH_COLUMNS,
  listAgreementVersionsInRange,
  listAnswersInRange,
  listLedgersInRange,
  listExitRatingsInRange,
  listReviewRatingsInRange,
  reviewOccasionKey,
  type IdRange,
} from "./health.repository";
import { standingRecord, toFactEvent, type Parties } from "./refresh-engagement-health";

/** Engagements read per ledger query: a few hundred engagements' rows held at once. */
const READ_BATCH = 250;
const PAYLOAD_TYPES = [...HEALTH_PAYLOAD_TYPES];

export interface Folded {
  parties: Parties;
  state: FactsState;
  eventSeq: number;
}

/** A batch of engagements (sorted by id) folded: each one's state, and the ledger events read. */
export interface FoldedBatch {
  folded: Folded[];
  events: number;
}

/** An organisation side's running sums over its engagements in the window, and its pairs. */
export type OrganisationTotals = Map<string, { sums: OrgSums; pairs: Map<string, number> }>;

/**
 * A batch's engagements assessed, as the writer takes them: their rows as one flat list of
 * values (`ENGAGEMENT_HEALTH_COLUMNS`' order, a row after another, as the batch lists them), and
 * the warnings of those that have any (by position in the batch), which the writer compares with
 * the stored ones.
 */
export interface AssessedBatch {
  values: unknown[];
  warnings: [number, HealthWarning[]][];
}

/**
 * What `accord rescore` asks of its batches, in two rounds: every batch folded from its ledgers
 * (the cohort needs all of them), then each batch's engagements assessed against the cohort, in
 * batch order, for the writer; then the organisations' sums of every engagement's shares. In
 * this process, or spread over worker threads (`rescore-workers.ts`); either gives the writer
 * the same values in the same order.
 */
export interface BatchScorer {
  /** Folds every batch; the events read, and the facts the cohort reads, in engagement order. */
  foldAll(batches: readonly Parties[][]): Promise<{ events: number; cohortFacts: CohortFacts[] }>;
  /** Batch `index` assessed at `now` against `cohort` (the same for every batch of a rescore). */
  assessed(index: number, cohort: Cohort, now: string): Promise<AssessedBatch>;
  /** Once every batch is assessed: every organisation side's sums of the shares in the window. */
  organisationTotals(): Promise<OrganisationTotals>;
  close(): Promise<void>;
}

/** The scorer that folds and assesses in this process, on the writer's own connection. */
export function localScorer(db: Kysely<Database>): BatchScorer {
  const folded: Folded[][] = [];
  const folder = factsFolder();
  const totals: OrganisationTotals = new Map();
  return {
    async foldAll(batches) {
      let events = 0;
      const cohortFacts: CohortFacts[] = [];
      for (const batch of batches) {
        const result = await foldBatch(db, batch, folder);
        folded.push(result.folded);
        events += result.events;
        for (const item of result.folded) cohortFacts.push(cohortFactsOf(item.state.facts));
      }
      return { events, cohortFacts };
    },
    assessed(index, cohort, now) {
      const batch = folded[index] ?? [];
      folded[index] = [];
      return Promise.resolve(assessBatch(batch, cohort, now, totals));
    },
    organisationTotals: () => Promise.resolve(totals),
    close: () => Promise.resolve(),
  };
}

/**
 * Every engagement of a folded batch assessed at `now`, its shares added to `totals` (exact
 * sums: bigint, so the order batches are added in does not matter). Its warnings' changes are
 * left to the writer, which reads the stored ones.
 */
export function assessBatch(
  batch: readonly Folded[],
  cohort: Cohort,
  now: string,
  totals: OrganisationTotals,
): AssessedBatch {
  const values: unknown[] = [];
  const warnings: [number, HealthWarning[]][] = [];
  for (const [position, item] of batch.entries()) {
    const record = standingRecord({
      parties: item.parties,
      state: item.state,
      eventSeq: item.eventSeq,
      cohort,
      now,
    });
    const row = record.row as unknown as Record<string, unknown>;
    for (const column of ENGAGEMENT_HEALTH_COLUMNS) values.push(row[column]);
    if (record.standing.warnings.length > 0) warnings.push([position, record.standing.warnings]);
    addShares(totals, record.shares);
  }
  return { values, warnings };
}

function addShares(totals: OrganisationTotals, shares: EngagementShares): void {
  for (const side of ["client", "provider"] as const) {
    const share = shares[side];
    if (!share.isInWindow) continue;
    const key = `${side}:${share.orgId}`;
    let entry = totals.get(key);
    if (!entry) {
      entry = { sums: {}, pairs: new Map<string, number>() };
      totals.set(key, entry);
    }
    addSumsInto(entry.sums, share.sums);
    entry.pairs.set(share.counterpartyOrgId, (entry.pairs.get(share.counterpartyOrgId) ?? 0) + 1);
  }
}

/** `from`'s sums and pairs added into `into`. */
export function addTotals(into: OrganisationTotals, from: OrganisationTotals): void {
  for (const [key, part] of from) {
    let entry = into.get(key);
    if (!entry) {
      entry = { sums: {}, pairs: new Map<string, number>() };
      into.set(key, entry);
    }
    addSumsInto(entry.sums, part.sums);
    for (const [counterparty, count] of part.pairs) {
      entry.pairs.set(counterparty, (entry.pairs.get(counterparty) ?? 0) + count);
    }
  }
}

/** A batch of engagements folded, read a range of `READ_BATCH` engagements per query. */
export async function foldBatch(
  db: Kysely<Database>,
  batch: readonly Parties[],
  folder: ReturnType<typeof factsFolder>,
): Promise<FoldedBatch> {
  const folded: Folded[] = [];
  let events = 0;
  for (let at = 0; at < batch.length; at += READ_BATCH) {
    const result = await foldRange(db, batch.slice(at, at + READ_BATCH), folder);
    for (const item of result.folded) folded.push(item);
    events += result.events;
  }
  return { folded, events };
}

/** The key range of a batch of engagements sorted by id. */
export function rangeOf(batch: readonly Parties[]): IdRange {
  return {
    first: batch[0]?.engagementId ?? "",
    last: batch[batch.length - 1]?.engagementId ?? "",
  };
}

/**
 * What a range's ledgers point to, read only when some event of the range points to it: the
 * agreement versions of `agreement.in_force`, the answers of `check_in.closed`, the ratings of
 * `review.published`. A ledger of proposals and messages alone spares the three queries.
 */
async function referencesOf(
  db: Kysely<Database>,
  range: IdRange,
  rows: readonly { type: string }[],
): Promise<(engagementId: string) => LedgerReferences> {
  let hasVersions = false;
  let hasAnswers = false;
  let hasRatings = false;
  let hasExitRatings = false;
  for (const { type } of rows) {
    if (type === "agreement.in_force") hasVersions = true;
    else if (type === "check_in.closed") hasAnswers = true;
    else if (type === "review.published") hasRatings = true;
    else if (type === "exit.feedback_given") hasExitRatings = true;
  }
  const versions = new Map<string, string>();
  for (const v of hasVersions ? await listAgreementVersionsInRange(db, range) : []) {
    versions.set(`${v.engagement_id}:${Number(v.version)}`, v.terms);
  }
  const answers = new Map<string, CheckInFact[]>();
  for (const answer of hasAnswers ? await listAnswersInRange(db, range) : []) {
    const list = answers.get(answer.checkInId);
    if (list) list.push(answer);
    else answers.set(answer.checkInId, [answer]);
  }
  const ratings = new Map<string, CheckInFact[]>();
  for (const { occasionKey, ...rating } of hasRatings
    ? await listReviewRatingsInRange(db, range)
    : []) {
    const list = ratings.get(occasionKey);
    if (list) list.push(rating);
    else ratings.set(occasionKey, [rating]);
  }
  const exitRatings = hasExitRatings
    ? await listExitRatingsInRange(db, range)
    : new Map<string, CheckInFact[]>();
  return (engagementId) => {
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
      exitRatingsOf: (exitId) => exitRatings.get(exitId) ?? [],
    };
  };
}

/**
 * One range of engagements (sorted by id) folded from their ledgers: the ledgers read in one
 * range query, then what they point to (`referencesOf`), then each row folded into its
 * engagement's state in a plain loop (no list of events per engagement). Engagements of the
 * range without both parties are not scored; their events are skipped and not counted.
 */
async function foldRange(
  db: Kysely<Database>,
  batch: readonly Parties[],
  folder: ReturnType<typeof factsFolder>,
): Promise<FoldedBatch> {
  const range = rangeOf(batch);
  const rows = await listLedgersInRange(db, range, PAYLOAD_TYPES);
  const refsOf = await referencesOf(db, range, rows);
  const byId = new Map<string, Folded>();
  for (const parties of batch) {
    byId.set(parties.engagementId, { parties, state: initialFactsState(parties), eventSeq: 0 });
  }
  let events = 0;
  let current: Folded | undefined;
  let refs: LedgerReferences = refsOf("");
  for (const row of rows) {
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
