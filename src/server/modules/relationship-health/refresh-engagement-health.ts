import type { Kysely } from "kysely";
import { parseEngagementEvent } from "../../../contracts/events";
import type { AgreementTerms } from "../../../domain/agreement/terms";
import {
  assessEngagement,
  cohortFromJson,
  type EngagementAssessment,
} from "../../../domain/health/assess";
import { defaultCohort, type Cohort } from "../../../domain/health/cohort";
import {
  sharesFromJson,
  sharesOf,
  sharesToJson,
  type EngagementShares,
} from "../../../domain/health/org-aggregate";
import {
  foldFacts,
  initialFactsState,
  nextCheckInAt,
  type FactsState,
  type LedgerFactEvent,
  type LedgerReferences,
} from "../../../domain/health/facts-from-ledger";
import { diffWarnings, type HealthWarning } from "../../../domain/health/warnings";
import type { Database } from "../../db/schema";
import type { AppDeps, EventReaction } from "../../platform/deps";
import { termsOfVersion } from "../../kernel/terms-in-force";
import { appendEvent } from "../ledger/append-event";
import {
  answersOfCheckIns,
  findEngagementHealth,
  findEngagementParties,
  listEventsAfter,
  readCohortRow,
  recordHistory,
  saveEngagementHealth,
} from "./health.repository";
import { applyEngagementShares } from "./organisation-sums";

export interface Parties {
  engagementId: string;
  clientOrgId: string;
  providerOrgId: string;
  startedAt: string;
}

type EventRow = Awaited<ReturnType<typeof listEventsAfter>>[number];

/** A stored event as health reads it: parsed through the catalogue, its payload typed. */
export function toFactEvent(row: EventRow): LedgerFactEvent {
  return {
    ...parseEngagementEvent(row.type, JSON.parse(row.payload)),
    occurredAt: row.occurred_at,
    actorOrgId: row.actor_org_id,
  };
}

/** Loads what the events point to (agreement versions, closed check-ins' answers) before a fold. */
export async function loadReferences(
  db: Kysely<Database>,
  engagementId: string,
  events: readonly LedgerFactEvent[],
): Promise<LedgerReferences> {
  const terms = new Map<number, AgreementTerms>();
  const closed: string[] = [];
  for (const event of events) {
    if (event.type === "agreement.in_force") {
      const { version } = event.payload;
      const found = await termsOfVersion(db, engagementId, version);
      if (found) terms.set(version, found);
    } else if (event.type === "check_in.closed") {
      closed.push(event.payload.checkInId);
    }
  }
  const answers = await answersOfCheckIns(db, closed);
  return {
    termsOf: (version) => terms.get(version) ?? null,
    answersOf: (id) => answers.filter((a) => a.checkInId === id),
  };
}

export async function readCohort(db: Kysely<Database>): Promise<Cohort> {
  const row = await readCohortRow(db);
  return row ? cohortFromJson(row.data) : defaultCohort();
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
  await refreshEngagementHealth(trx, deps, event.engagementId);
};

/**
 * The incremental path, run by `appendEvent` after every event but health's own: folds the
 * events appended since the stored state (usually just one) into it, assesses this engagement
 * only, raises and clears its warnings as ledger events, and moves both organisations' sums by
 * the change of this engagement's shares. Work per event: this engagement's new events and two
 * rows of organisation sums; never another engagement's ledger or facts.
 */
export async function refreshEngagementHealth(
  trx: Kysely<Database>,
  deps: AppDeps,
  engagementId: string,
): Promise<void> {
  const parties = await partiesOf(trx, engagementId);
  if (!parties) return;
  const stored = await findEngagementHealth(trx, engagementId);
  const fromSeq = stored ? Number(stored.event_seq) : 0;
  const rows = await listEventsAfter(trx, engagementId, fromSeq);
  const events = rows.map(toFactEvent);
  const refs = await loadReferences(trx, engagementId, events);
  const base = stored ? (JSON.parse(stored.state) as FactsState) : initialFactsState(parties);
  const state = foldFacts(base, events, refs);
  const lastSeq = rows.length > 0 ? Number(rows[rows.length - 1]?.seq) : fromSeq;
  const previous = stored ? (JSON.parse(stored.warnings) as HealthWarning[]) : [];
  const cohort = await readCohort(trx);
  const now = deps.clock.now().toISOString();
  const { shares } = await storeEngagementAssessment(trx, deps, {
    parties,
    state,
    eventSeq: lastSeq,
    previous,
    cohort,
    now,
  });
  await applyEngagementShares(trx, deps.dialect, {
    previous: stored ? sharesFromJson(stored.org_shares) : null,
    next: shares,
    now,
    cohort,
  });
}

interface AssessmentInput {
  parties: Parties;
  state: FactsState;
  eventSeq: number;
  previous: HealthWarning[];
  cohort: Cohort;
  now: string;
}

/** An engagement's assessment as the rows that store it, and its warnings' changes. */
export function assessmentRecord(input: AssessmentInput) {
  const { parties, state, now } = input;
  const assessment = assessEngagement(state.facts, now, input.cohort);
  const shares = sharesOf(state.facts, now, input.cohort);
  const row = {
    engagement_id: parties.engagementId,
    client_org_id: parties.clientOrgId,
    provider_org_id: parties.providerOrgId,
    state: JSON.stringify(state),
    event_seq: input.eventSeq,
    provider_score: assessment.provider.score,
    client_score: assessment.client.score,
    explanation: JSON.stringify({ provider: assessment.provider, client: assessment.client }),
    warnings: JSON.stringify(assessment.warnings),
    next_check_in_at: nextCheckInAt(state),
    computed_at: now,
    org_shares: sharesToJson(shares),
  };
  const history = (["client", "provider"] as const).map((side) => ({
    subject_kind: "engagement" as const,
    subject_id: parties.engagementId,
    side,
    day: now.slice(0, 10),
    score: assessment[side].score,
    recorded_at: now,
  }));
  return { assessment, shares, row, history, ...diffWarnings(input.previous, assessment.warnings) };
}

/**
 * Stores an engagement's assessment with its shares of its organisations' sums, its history
 * point and its warnings' changes (as ledger events). The organisations are the caller's.
 */
export async function storeEngagementAssessment(
  trx: Kysely<Database>,
  deps: AppDeps,
  input: AssessmentInput,
): Promise<{ assessment: EngagementAssessment; shares: EngagementShares }> {
  const record = assessmentRecord(input);
  await saveEngagementHealth(trx, record.row);
  for (const point of record.history) await recordHistory(trx, point);
  await appendWarningChanges(trx, deps, input.parties.engagementId, record);
  return record;
}

/** Raised and cleared warnings, as ledger events of the engagement. */
export async function appendWarningChanges(
  trx: Kysely<Database>,
  deps: AppDeps,
  engagementId: string,
  changes: { raised: HealthWarning[]; cleared: string[] },
): Promise<void> {
  for (const warning of changes.raised) {
    await appendEvent(trx, deps, {
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
    });
  }
  for (const key of changes.cleared) {
    await appendEvent(trx, deps, {
      engagementId,
      type: "health.warning_cleared",
      actorUserId: null,
      actorOrgId: null,
      payload: { key, code: key.split(":")[0] ?? key },
    });
  }
}
