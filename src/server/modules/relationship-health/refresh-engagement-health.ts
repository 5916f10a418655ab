import type { Kysely, Selectable } from "kysely";
import type { AgreementTerms } from "../../../domain/agreement/terms";
import { cohortFromJson, standingOf, type EngagementStanding } from "../../../domain/health/assess";
import { defaultCohort, type Cohort } from "../../../domain/health/cohort";
import type { CheckInFact } from "../../../domain/health/facts";
import { sharesToJson, type EngagementShares } from "../../../domain/health/org-aggregate";
import {
  factsFolder,
  finishFacts,
  HEALTH_PAYLOAD_TYPES,
  initialFactsState,
  nextCheckInAt,
  type FactsState,
  type LedgerFactEvent,
  type LedgerReferences,
} from "../../../domain/health/facts-from-ledger";
import type { Side } from "../../../domain/engagement/engagement";
import type { EngagementEvent } from "../../../domain/ledger/event-catalogue";
import type { ChainedEvent } from "../../../domain/ledger/ledger";
import { diffWarnings, type HealthWarning } from "../../../domain/health/warnings";
import type { Database } from "../../db/schema";
import type { AppDeps, EventReaction } from "../../platform/deps";
import { termsOfVersion } from "../../kernel/terms-in-force";
import { appendEvent } from "../ledger/append-event";
import {
  answersOfCheckIns,
  reviewOccasionKey,
  reviewRatingsOfEngagement,
  exitRatingsOfEngagement,
  findEngagementParties,
  listEventsAfter,
  readCohortRow,
  readStoredHealth,
  recordHistoryRows,
  saveEngagementHealthRows,
  saveOrganisationHealthRows,
  writeReactionRows,
} from "./health.repository";
import { keepParsedHealth, takeParsedHealth } from "./kept-health";
import { applyEngagementShares, isSamePoint, organisationHistoryPoint } from "./organisation-sums";

export interface Parties {
  engagementId: string;
  clientOrgId: string;
  providerOrgId: string;
  startedAt: string;
}

/**
 * A stored event as health reads it: its payload decoded by `JSON.parse` alone, when health
 * reads its payload. Only catalogue members with their own payloads are ever appended
 * (`appendEvent` takes them typed), and the hash chain vouches that the stored JSON is what was
 * appended, so the catalogue's Zod check would only repeat that, at a cost, on every read. Of
 * any other type the fold reads only the time (activity), so its payload is
 * left unparsed (null when the query did not even fetch it).
 */
export function toFactEvent(row: {
  type: string;
  occurred_at: string;
  actor_org_id: string | null;
  payload: string | null;
}): LedgerFactEvent {
  const payload: unknown =
    row.payload === null || !HEALTH_PAYLOAD_TYPES.has(row.type) ? {} : JSON.parse(row.payload);
  return {
    type: row.type,
    payload,
    occurredAt: row.occurred_at,
    actorOrgId: row.actor_org_id,
  } as LedgerFactEvent;
}

/** The event types whose fold reads what they point to: the others fold from their own payloads. */
const REFERRING_TYPES: ReadonlySet<string> = new Set([
  "agreement.in_force",
  "check_in.closed",
  "review.published",
  "exit.feedback_given",
]);

/** What `loadReferences` gives for events that point to nothing: it finds nothing to load. */
const NO_REFERENCES: LedgerReferences = {
  termsOf: () => null,
  answersOf: () => [],
  reviewRatingsOf: () => [],
  exitRatingsOf: () => [],
};

/** Loads what the events point to (agreement versions, closed check-ins' answers) before a fold. */
export async function loadReferences(
  db: Kysely<Database>,
  engagementId: string,
  events: readonly LedgerFactEvent[],
): Promise<LedgerReferences> {
  const terms = new Map<number, AgreementTerms>();
  const closed: string[] = [];
  let hasPublishedReviews = false;
  let hasExitFeedback = false;
  for (const event of events) {
    if (event.type === "review.published") hasPublishedReviews = true;
    if (event.type === "exit.feedback_given") hasExitFeedback = true;
    if (event.type === "agreement.in_force") {
      const { version } = event.payload;
      const found = await termsOfVersion(db, engagementId, version);
      if (found) terms.set(version, found);
    } else if (event.type === "check_in.closed") {
      closed.push(event.payload.checkInId);
    }
  }
  const answers = await answersOfCheckIns(db, closed);
  const ratings = hasPublishedReviews ? await reviewRatingsOfEngagement(db, engagementId) : [];
  const exitRatings = hasExitFeedback
    ? await exitRatingsOfEngagement(db, engagementId)
    : new Map<string, CheckInFact[]>();
  return {
    termsOf: (version) => terms.get(version) ?? null,
    answersOf: (id) => answers.filter((a) => a.checkInId === id),
    reviewRatingsOf: (occasion) => {
      const key = reviewOccasionKey(engagementId, occasion);
      return ratings.filter((r) => r.occasionKey === key).map(({ occasionKey: _, ...r }) => r);
    },
    exitRatingsOf: (exitId) => exitRatings.get(exitId) ?? [],
  };
}

/** The last cohort read and its text: every event reads the row, few parse it again. */
let cohortCache: { text: string; cohort: Cohort } | null = null;

function cohortOfText(text: string | null | undefined): Cohort {
  if (!text) return defaultCohort();
  if (cohortCache?.text !== text) cohortCache = { text, cohort: cohortFromJson(text) };
  return cohortCache.cohort;
}

export async function readCohort(db: Kysely<Database>): Promise<Cohort> {
  return cohortOfText((await readCohortRow(db))?.data);
}

export async function partiesOf(
  db: Kysely<Database>,
  engagementId: string,
): Promise<Parties | null> {
  const row = await findEngagementParties(db, engagementId);
  if (!row?.client_org_id || !row.provider_org_id) return null;
  return {
    engagementId,
    clientOrgId: row.client_org_id,
    providerOrgId: row.provider_org_id,
    startedAt: row.created_at,
  };
}

/** Health follows every appended event but its own (whose raising it is). */
export const refreshHealthAfterEvent: EventReaction = async (trx, deps, event) => {
  if (event.type.startsWith("health.")) return;
  await refreshEngagementHealth(trx, deps, event.engagementId, event);
};

/** Health's fold of one event at a time, its handlers built once for the process. */
const folder = factsFolder();

/**
 * The incremental path, run by `appendEvent` after every event but health's own: folds the
 * events appended since the stored state into it (the event just appended, as the caller holds
 * it, when it is the only one; otherwise read from the ledger), scores both sides, raises and
 * clears its warnings as ledger events, and moves both organisations' sums by the change of this
 * engagement's shares. The explanation is built when it is first read. Work per event: this
 * engagement's new events and two rows of organisation sums; never another engagement's. In the
 * common case, each a fixed text prepared once: the stored row with the cohort and both
 * organisations' sums (locked), then the writes (on SQLite the row, both organisations' sums, and
 * the history points that moved; on PostgreSQL all three in one statement).
 */
export async function refreshEngagementHealth(
  trx: Kysely<Database>,
  deps: AppDeps,
  engagementId: string,
  appended?: ChainedEvent<EngagementEvent>,
): Promise<void> {
  const { stored: read, sums } = await readStoredHealth(trx, deps.dialect, engagementId);
  const stored = read.engagement_id === null ? null : read;
  const parsed = stored ? takeParsedHealth(engagementId, stored) : null;
  const base = parsed?.state ?? null;
  const parties = base
    ? {
        engagementId,
        clientOrgId: stored?.client_org_id ?? base.facts.clientOrgId,
        providerOrgId: stored?.provider_org_id ?? base.facts.providerOrgId,
        startedAt: base.facts.startedAt,
      }
    : await partiesOf(trx, engagementId);
  if (!parties) return;
  const fromSeq = stored ? Number(stored.event_seq) : 0;
  let events: LedgerFactEvent[];
  let lastSeq: number;
  if (appended && appended.seq === fromSeq + 1) {
    events = [appended];
    lastSeq = appended.seq;
  } else {
    const rows = await listEventsAfter(trx, engagementId, fromSeq);
    events = rows.map(toFactEvent);
    lastSeq = rows.length > 0 ? Number(rows[rows.length - 1]?.seq) : fromSeq;
  }
  // Most events (a message, a submission) point to nothing: then nothing is read or awaited.
  const refs = events.some((event) => REFERRING_TYPES.has(event.type))
    ? await loadReferences(trx, engagementId, events)
    : NO_REFERENCES;
  // The stored state was just parsed (or given up by the kept ones): the fold may update it in place.
  let state = base ?? initialFactsState(parties);
  for (const event of events) state = folder.step(state, event, refs);
  finishFacts(state);
  const previous = parsed?.warnings ?? [];
  const cohort = cohortOfText(read.cohort);
  const now = deps.clock.now().toISOString();
  const record = assessmentRecord({ parties, state, eventSeq: lastSeq, previous, cohort, now });
  const isWarningMoved = record.raised.length > 0 || record.cleared.length > 0;
  const seq = isWarningMoved ? await appendWarningChanges(trx, deps, engagementId, record) : null;
  const row = record.row;
  row.event_seq = seq ?? lastSeq;
  const organisations = await applyEngagementShares(trx, deps.dialect, {
    previous: parsed?.shares ?? null,
    next: record.standing.shares,
    now,
    cohort,
    locked: sums,
  });
  // A point is written when a score changes: the stored row holds the last point's score.
  const storedScore = (side: Side) =>
    stored && { score: side === "client" ? stored.client_score : stored.provider_score };
  const history = record.history.filter(
    (point) => !isSamePoint(storedScore(point.side === "client" ? "client" : "provider"), point),
  );
  for (const moved of organisations.moved) history.push(organisationHistoryPoint(moved));
  // Its parties never change: a stored row has only the rest to update.
  if (stored) {
    await writeReactionRows(trx, deps.dialect, {
      row,
      storedCheckInAt: stored.next_check_in_at,
      organisations: organisations.rows,
      history,
    });
  } else {
    await saveEngagementHealthRows(trx, deps.dialect, [row]);
    await saveOrganisationHealthRows(trx, deps.dialect, organisations.rows);
    if (history.length > 0) await recordHistoryRows(trx, deps.dialect, history);
  }
  keepParsedHealth(engagementId, {
    stateText: row.state,
    state,
    warningsText: row.warnings,
    warnings: record.standing.warnings,
    sharesText: row.org_shares,
    shares: record.standing.shares,
  });
}

export interface AssessmentInput {
  parties: Parties;
  state: FactsState;
  eventSeq: number;
  previous: HealthWarning[];
  cohort: Cohort;
  now: string;
}

/**
 * An engagement's standing as the rows that store it, and its warnings' changes. The stored
 * explanation is left empty: `explainEngagementHealth` builds it at `computed_at` when read.
 */
export function assessmentRecord(input: AssessmentInput): StandingRecord & {
  raised: HealthWarning[];
  cleared: string[];
} {
  const record = standingRecord(input);
  return { ...record, ...diffWarnings(input.previous, record.standing.warnings) };
}

/** An engagement's standing as the rows that store it (what `assessmentRecord` adds to: the warnings' changes). */
export interface StandingRecord {
  standing: EngagementStanding;
  shares: EngagementShares;
  row: Selectable<Database["engagement_health"]>;
  history: Database["health_history"][];
}

/**
 * `assessmentRecord` without the warnings' changes, which need the stored warnings: `accord
 * rescore`'s workers assess from the folded state alone, and the writer diffs the warnings.
 */
export function standingRecord(input: Omit<AssessmentInput, "previous">): StandingRecord {
  const { parties, state, now } = input;
  const standing = standingOf(state.facts, now, input.cohort);
  const row = {
    engagement_id: parties.engagementId,
    client_org_id: parties.clientOrgId,
    provider_org_id: parties.providerOrgId,
    state: JSON.stringify(state),
    event_seq: input.eventSeq,
    provider_score: standing.scores.provider,
    client_score: standing.scores.client,
    explanation: "",
    warnings: JSON.stringify(standing.warnings),
    next_check_in_at: nextCheckInAt(state),
    computed_at: now,
    org_shares: sharesToJson(standing.shares),
  };
  const history = (["client", "provider"] as const).map((side) => ({
    subject_kind: "engagement" as const,
    subject_id: parties.engagementId,
    side,
    day: now.slice(0, 10),
    score: standing.scores[side],
    recorded_at: now,
    is_new: null,
  }));
  return { standing, shares: standing.shares, row, history };
}

/**
 * Raised and cleared warnings, as ledger events of the engagement; the last one's seq (null when
 * none moved). Health reads nothing of its own events, so the stored state is current up to it.
 */
export async function appendWarningChanges(
  trx: Kysely<Database>,
  deps: AppDeps,
  engagementId: string,
  changes: { raised: HealthWarning[]; cleared: string[] },
): Promise<number | null> {
  let seq: number | null = null;
  for (const warning of changes.raised) {
    ({ seq } = await appendEvent(trx, deps, {
      engagementId,
      type: "health.warning_raised",
      actorUserId: null,
      actorOrgId: null,
      payload: {
        key: warning.key,
        code: warning.code,
        level: warning.level,
        responsibleSide: warning.responsibleSide,
        values: warning.values,
      },
    }));
  }
  for (const key of changes.cleared) {
    ({ seq } = await appendEvent(trx, deps, {
      engagementId,
      type: "health.warning_cleared",
      actorUserId: null,
      actorOrgId: null,
      payload: { key, code: key.split(":")[0] ?? key },
    }));
  }
  return seq;
}
