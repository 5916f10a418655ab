import type { Kysely } from "kysely";
import { CandidateIndex } from "../../../domain/matching/candidate-index";
import { giveOtherRequestsATurn } from "../../db/event-loop-turn";
import type { Database } from "../../db/schema";
import { groupBy } from "../../platform/group-by";
import type { ProviderProfile } from "../../../domain/matching/provider-profile";
import { EMPTY_TRACK_RECORD } from "./profiles.repository";

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

/**
 * Profiles read per query on the first load: its rows never all sit in memory at once, and on
 * SQLite a page is one synchronous stretch, during which no other request is served.
 */
const PAGE_ROWS = 1_000;

async function refresh(db: Kysely<Database>, market: Market, now: number): Promise<void> {
  const changed = [...market.changed];
  market.changed.clear();
  const { seenUpTo } = market;
  const cutoff = new Date(market.readAt - LOOKBACK_MS).toISOString();
  market.readAt = now;
  if (seenUpTo === null) {
    // The first load, page by page in organisation order.
    let after = "";
    for (;;) {
      const page = await profileRows(db)
        .where("p.org_id", ">", after)
        .orderBy("p.org_id")
        .limit(PAGE_ROWS)
        .execute();
      const last = page.at(-1);
      if (!last) break;
      const skills = await db
        .selectFrom("provider_skills")
        .select(["org_id", "skill_id"])
        .where("org_id", ">", after)
        .where("org_id", "<=", last.org_id)
        .execute();
      upsertAll(
        market,
        page,
        groupBy(skills, (r) => r.org_id),
      );
      after = last.org_id;
      await giveOtherRequestsATurn();
    }
    return;
  }
  const rows = await profileRows(db)
    .where((eb) =>
      eb.or([
        seenUpTo < cutoff ? eb("p.updated_at", ">", seenUpTo) : eb("p.updated_at", ">=", cutoff),
        ...(changed.length > 0 ? [eb("p.org_id", "in", changed)] : []),
      ]),
    )
    .execute();
  upsertAll(
    market,
    rows,
    await skillsOf(
      db,
      rows.map((r) => r.org_id),
    ),
  );
}

function profileRows(db: Kysely<Database>) {
  return db
    .selectFrom("provider_profiles as p")
    .innerJoin("organisations as o", "o.id", "p.org_id")
    .select(["p.org_id", "p.languages", "p.rates", "p.available_from", "p.updated_at", "o.name"]);
}

type ProfileRow = Awaited<ReturnType<ReturnType<typeof profileRows>["execute"]>>[number];
/** Shared by every provider in the market, never written to. */
const NO_TIME_ZONES: string[] = [];

/**
 * Only what matching reads is passed on: time zones and the floor rate are left out (ranking
 * never uses them, and the floor is never shown to a client); the index keeps its own compact
 * copy, so the rows and profiles built here are garbage once the page is read.
 */
function upsertAll(
  market: Market,
  rows: readonly ProfileRow[],
  skills: Map<string, { skill_id: string }[]>,
): void {
  let newest = market.seenUpTo ?? "";
  for (const row of rows) {
    const skillIds = (skills.get(row.org_id) ?? []).map((s) => s.skill_id).sort();
    market.index.upsert({
      orgId: row.org_id,
      name: row.name,
      skillIds,
      languages: JSON.parse(row.languages) as string[],
      timeZones: NO_TIME_ZONES,
      rates: JSON.parse(row.rates) as ProviderProfile["rates"],
      floorRate: null,
      availableFrom: row.available_from,
      trackRecord: EMPTY_TRACK_RECORD,
    });
    if (row.updated_at > newest) newest = row.updated_at;
  }
  market.seenUpTo = newest || market.seenUpTo;
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
