import type { Kysely, Selectable } from "kysely";
import type { Side } from "../../../domain/engagement/engagement";
import type { Cohort } from "../../../domain/health/cohort";
import {
  addSums,
  scoreFromSums,
  shareChange,
  sumsToJson,
  type EngagementShares,
  type OrganisationScore,
  type OrgSums,
} from "../../../domain/health/org-aggregate";
import type { DialectName } from "../../db/connect";
import type { Database, OrganisationHealthTable } from "../../db/schema";

export type OrganisationHealthRow = Selectable<OrganisationHealthTable>;
import {
  bumpCounterpartyPair,
  ensureOrganisationHealth,
  lockOrganisationSumsOf,
  type OrganisationSumsRow,
} from "./health.repository";
import { keepOrganisationSums, takeOrganisationSums } from "./kept-health";

const SIDES: readonly Side[] = ["client", "provider"];

/**
 * The organisation half of the incremental path: an engagement's new shares replace its
 * previous ones in its two organisations' sums (both rows read, and locked, in one statement,
 * unless the caller read them), both are scored again from their sums, for the caller to write.
 * Constant work per event: two rows of sums, at most two counterparty pairs, whatever the
 * organisations' numbers of engagements. Returns both rows, and those whose point in the score
 * history moved (another day, or another score that day).
 */
export async function applyEngagementShares(
  trx: Kysely<Database>,
  dialect: DialectName,
  input: {
    previous: EngagementShares | null;
    next: EngagementShares;
    now: string;
    cohort: Cohort;
    /** Both sides' sums when the caller read (and locked) them already, as `lockOrganisationSumsOf`. */
    locked?: readonly OrganisationSumsRow[];
  },
): Promise<{ rows: OrganisationHealthRow[]; moved: OrganisationHealthRow[] }> {
  const orgs = { clientOrgId: input.next.client.orgId, providerOrgId: input.next.provider.orgId };
  let rows =
    input.locked && isBothSidesOf(input.locked, orgs)
      ? input.locked
      : await lockOrganisationSumsOf(trx, dialect, orgs);
  if (rows.length < SIDES.length) {
    for (const side of SIDES) {
      if (!rows.some((row) => row.side === side)) {
        await ensureOrganisationHealth(trx, input.next[side].orgId, side, input.now);
      }
    }
    rows = await lockOrganisationSumsOf(trx, dialect, orgs);
  }
  const saved: OrganisationHealthRow[] = [];
  const next: OrganisationHealthRow[] = [];
  for (const side of SIDES) {
    const share = input.next[side];
    const row = rows.find((r) => r.side === side) ?? null;
    const change = shareChange(input.previous?.[side] ?? null, share);
    let counterparties = Number(row?.counterparty_count ?? 0);
    if (change.pairChange !== 0) {
      const pair = await bumpCounterpartyPair(
        trx,
        { orgId: share.orgId, side, counterpartyOrgId: share.counterpartyOrgId },
        change.pairChange,
      );
      if (change.pairChange > 0 && pair === 1) counterparties += 1;
      if (change.pairChange < 0 && pair === 0) counterparties -= 1;
    }
    const stored = takeOrganisationSums(share.orgId, side, row?.sums ?? "{}");
    const sums = addSums(stored, change.sums);
    const { row: scored } = organisationHealthRow(side, share.orgId, sums, counterparties, input);
    keepOrganisationSums(share.orgId, side, scored.sums, sums);
    next.push(scored);
    if (!isSamePoint(row, scored)) saved.push(scored);
  }
  return { rows: next, moved: saved };
}

/** Whether `rows` are the sums of both sides of these organisations. */
function isBothSidesOf(
  rows: readonly OrganisationSumsRow[],
  orgs: { clientOrgId: string; providerOrgId: string },
): boolean {
  return (
    rows.length === SIDES.length &&
    rows.some((row) => row.side === "client" && row.org_id === orgs.clientOrgId) &&
    rows.some((row) => row.side === "provider" && row.org_id === orgs.providerOrgId)
  );
}

/** An organisation side's stored row, scored from its sums. */
export function organisationHealthRow(
  side: Side,
  orgId: string,
  sums: OrgSums,
  counterparties: number,
  at: { now: string; cohort: Cohort },
): { row: OrganisationHealthRow; score: OrganisationScore } {
  const score = scoreFromSums(side, orgId, sums, counterparties, at.cohort);
  return {
    score,
    row: {
      org_id: orgId,
      side,
      score: score.score,
      is_new: score.isNew ? 1 : 0,
      engagement_count: score.engagementCount,
      counterparty_count: score.counterpartyCount,
      explanation: JSON.stringify(score),
      computed_at: at.now,
      sums: sumsToJson(sums),
    },
  };
}

/**
 * Whether a score leaves the history where its last point put it. The history stores the days a
 * score changed (readers carry it forward a day at a time, `dailyScores`): the stored row's
 * score is always its last point's, so a point is written only when the score differs from it.
 */
export function isSamePoint(
  previous: { score: number | string | null } | null,
  next: { score: number | null },
): boolean {
  if (!previous) return false;
  return (previous.score === null ? null : Number(previous.score)) === next.score;
}

/** An organisation side's point of the day in its score history. */
export function organisationHistoryPoint(row: OrganisationHealthRow): Database["health_history"] {
  return {
    subject_kind: "organisation",
    subject_id: row.org_id,
    side: row.side,
    day: row.computed_at.slice(0, 10),
    score: row.score,
    recorded_at: row.computed_at,
    is_new: row.is_new,
  };
}
