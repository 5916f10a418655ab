import type { Kysely } from "kysely";
import { CandidateIndex } from "../../../domain/matching/candidate-index";
import type { Database } from "../../db/schema";
import { groupBy } from "../../platform/group-by";
import { toDomainProfile } from "./domain-profile";

/**
 * How far back from the previous refresh each refresh looks again. A profile saved by another
 * process carries the time its transaction began, which can be older than a change that
 * committed first (or equal to the newest time read); re-reading the rows of the 30 seconds
 * before the previous refresh catches it, and a bulk import stops being re-read after them.
 */
const LOOKBACK_MS = 30 * 1000;
/** Ids per `in (…)` list, well under both databases' limits on bound parameters. */
const IDS_PER_QUERY = 500;

interface Market {
  index: CandidateIndex;
  /** The newest `updated_at` read so far; null before the first load. */
  seenUpTo: string | null;
  /** The clock's time at the previous refresh. */
  readAt: number;
  /** Profiles this process saved since the last refresh, read again whatever their time. */
  changed: Set<string>;
  /** The refreshes in flight, one after another, so each request sees what committed before it. */
  queue: Promise<void>;
}

const markets = new WeakMap<Kysely<Database>, Market>();

function marketOf(db: Kysely<Database>): Market {
  let market = markets.get(db);
  if (!market) {
    market = {
      index: new CandidateIndex(),
      seenUpTo: null,
      readAt: 0,
      changed: new Set(),
      queue: Promise.resolve(),
    };
    markets.set(db, market);
  }
  return market;
}

/**
 * The provider market of this process for this database, brought up to date: loaded whole the
 * first time (profiles without their texts, and skills), then only the profiles changed since.
 * Profiles are never deleted and organisation names never change, so upserts are enough.
 */
export async function currentProviderMarket(
  db: Kysely<Database>,
  now: Date,
): Promise<CandidateIndex> {
  const market = marketOf(db);
  const refreshed = market.queue.then(() => refresh(db, market, now.getTime()));
  // A failed refresh fails its request only; the next one starts again from what was read.
  market.queue = refreshed.catch(() => undefined);
  await refreshed;
  return market.index;
}

/** Called by the use-case that saves a profile, so this process reads it again at once. */
export function markProviderProfileChanged(db: Kysely<Database>, orgId: string): void {
  markets.get(db)?.changed.add(orgId);
}

async function refresh(db: Kysely<Database>, market: Market, now: number): Promise<void> {
  const changed = [...market.changed];
  market.changed.clear();
  const { seenUpTo } = market;
  const cutoff = new Date(market.readAt - LOOKBACK_MS).toISOString();
  market.readAt = now;
  let query = db
    .selectFrom("provider_profiles as p")
    .innerJoin("organisations as o", "o.id", "p.org_id")
    .select([
      "p.org_id",
      "p.languages",
      "p.time_zones",
      "p.rates",
      "p.floor_currency",
      "p.floor_amount_minor",
      "p.floor_unit",
      "p.available_from",
      "p.updated_at",
      "o.name",
    ]);
  if (seenUpTo !== null) {
    query = query.where((eb) =>
      eb.or([
        seenUpTo < cutoff ? eb("p.updated_at", ">", seenUpTo) : eb("p.updated_at", ">=", cutoff),
        ...(changed.length > 0 ? [eb("p.org_id", "in", changed)] : []),
      ]),
    );
  }
  const rows = await query.execute();
  if (rows.length === 0) return;
  const skills =
    seenUpTo !== null
      ? await skillsOf(
          db,
          rows.map((r) => r.org_id),
        )
      : groupBy(
          await db.selectFrom("provider_skills").select(["org_id", "skill_id"]).execute(),
          (r) => r.org_id,
        );
  let newest = market.seenUpTo ?? "";
  for (const row of rows) {
    const skillIds = (skills.get(row.org_id) ?? []).map((s) => s.skill_id);
    market.index.upsert(toDomainProfile(row, skillIds));
    if (row.updated_at > newest) newest = row.updated_at;
  }
  market.seenUpTo = newest;
}

async function skillsOf(db: Kysely<Database>, orgIds: string[]) {
  const rows: { org_id: string; skill_id: string }[] = [];
  for (let at = 0; at < orgIds.length; at += IDS_PER_QUERY) {
    rows.push(
      ...(await db
        .selectFrom("provider_skills")
        .select(["org_id", "skill_id"])
        .where("org_id", "in", orgIds.slice(at, at + IDS_PER_QUERY))
        .execute()),
    );
  }
  return groupBy(rows, (r) => r.org_id);
}
