import type { Kysely } from "kysely";
import type { AgreementTerms } from "../../../domain/agreement/terms";
import {
  assessEngagement,
  cohortFromJson,
  type EngagementAssessment,
} from "../../../domain/health/assess";
import { defaultCohort, type Cohort } from "../../../domain/health/cohort";
import { scoreOrganisation } from "../../../domain/health/engagement-score";
import {
  applyLedgerEvent,
  initialFactsState,
  nextCheckInAt,
  type FactsState,
  type LedgerFactEvent,
  type LedgerReferences,
} from "../../../domain/health/facts-from-ledger";
import type { HealthFacts } from "../../../domain/health/facts";
import { diffWarnings, type HealthWarning } from "../../../domain/health/warnings";
import type { Side } from "../../../domain/engagement/engagement";
import type { Database } from "../../db/schema";
import type { AppDeps } from "../../platform/deps";
import { termsOfVersion } from "../agreements/terms-in-force";
import { appendEvent } from "../ledger/append-event";
import {
  answersOfCheckIns,
  findEngagementHealth,
  findEngagementParties,
  listEventsAfter,
  listStatesOfOrg,
  readCohortRow,
  recordHistory,
  saveEngagementHealth,
  saveOrganisationHealth,
} from "./health.repository";

export interface Parties {
  engagementId: string;
  clientOrgId: string;
  providerOrgId: string;
  startedAt: string;
}

type EventRow = Awaited<ReturnType<typeof listEventsAfter>>[number];

export function toFactEvent(row: EventRow): LedgerFactEvent {
  return {
    type: row.type,
    occurredAt: row.occurred_at,
    actorOrgId: row.actor_org_id,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
  };
}

/** Loads what the events point to (agreement versions, closed check-ins' answers) before a fold. */
export async function loadReferences(
  db: Kysely<Database>,
  engagementId: string,
  events: readonly LedgerFactEvent[],
): Promise<LedgerReferences> {
  const terms = new Map<number, AgreementTerms>();
  for (const event of events) {
    if (event.type !== "agreement.in_force") continue;
    const version = Number(event.payload.version);
    const found = await termsOfVersion(db, engagementId, version);
    if (found) terms.set(version, found);
  }
  const closed = events
    .filter((e) => e.type === "check_in.closed")
    .map((e) => String(e.payload.checkInId));
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

/**
 * The incremental path, run by `appendEvent` after every event but health's own: folds the
 * events appended since the stored state (usually just one) into it, assesses this engagement
 * only, raises and clears its warnings as ledger events, and rescores both organisations from
 * their engagements' stored facts. Work per event: one engagement, plus one read per
 * organisation of its engagements' facts; never the ledger of another engagement.
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
  const state = events.reduce((s, event) => applyLedgerEvent(s, event, refs), base);
  const lastSeq = rows.length > 0 ? Number(rows[rows.length - 1]?.seq) : fromSeq;
  const previous = stored ? (JSON.parse(stored.warnings) as HealthWarning[]) : [];
  await writeEngagementHealth(trx, deps, {
    parties,
    state,
    eventSeq: lastSeq,
    previous,
    cohort: await readCohort(trx),
  });
}

/** Stores an engagement's assessment, its history point and its warnings' changes; then its organisations. */
export async function writeEngagementHealth(
  trx: Kysely<Database>,
  deps: AppDeps,
  input: {
    parties: Parties;
    state: FactsState;
    eventSeq: number;
    previous: HealthWarning[];
    cohort: Cohort;
  },
): Promise<EngagementAssessment> {
  const now = deps.clock.now().toISOString();
  const { parties, state } = input;
  const assessment = assessEngagement(state.facts, now, input.cohort);
  await saveEngagementHealth(trx, {
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
  });
  for (const side of ["client", "provider"] as const) {
    await recordHistory(trx, {
      subject_kind: "engagement",
      subject_id: parties.engagementId,
      side,
      day: now.slice(0, 10),
      score: assessment[side].score,
      recorded_at: now,
    });
  }
  const { raised, cleared } = diffWarnings(input.previous, assessment.warnings);
  for (const warning of raised) {
    await appendEvent(trx, deps, {
      engagementId: parties.engagementId,
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
  for (const key of cleared) {
    await appendEvent(trx, deps, {
      engagementId: parties.engagementId,
      type: "health.warning_cleared",
      actorUserId: null,
      actorOrgId: null,
      payload: { key, code: key.split(":")[0] ?? key },
    });
  }
  await rescoreOrganisation(trx, parties.clientOrgId, "client", now, input.cohort);
  await rescoreOrganisation(trx, parties.providerOrgId, "provider", now, input.cohort);
  return assessment;
}

/** An organisation's score on one side from its engagements' stored facts. */
export async function rescoreOrganisation(
  db: Kysely<Database>,
  orgId: string,
  side: Side,
  now: string,
  cohort: Cohort,
  factsOverride?: readonly HealthFacts[],
): Promise<void> {
  const facts =
    factsOverride ??
    (await listStatesOfOrg(db, orgId, side)).map(
      (row) => (JSON.parse(row.state) as FactsState).facts,
    );
  const score = scoreOrganisation(side, orgId, facts, now, cohort);
  await saveOrganisationHealth(db, {
    org_id: orgId,
    side,
    score: score.score,
    is_new: score.isNew ? 1 : 0,
    engagement_count: score.engagementCount,
    counterparty_count: score.counterpartyCount,
    explanation: JSON.stringify(score),
    computed_at: now,
  });
  await recordHistory(db, {
    subject_kind: "organisation",
    subject_id: orgId,
    side,
    day: now.slice(0, 10),
    score: score.score,
    recorded_at: now,
  });
}
