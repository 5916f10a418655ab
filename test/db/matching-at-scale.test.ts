import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Brief } from "../../src/domain/brief/brief";
import type { DatabaseHandle } from "../../src/server/db/connect";
import {
  candidateOrgIds,
  EMPTY_TRACK_RECORD,
  trackRecordsOf,
} from "../../src/server/modules/profiles/profiles.repository";
import { currentProviderMarket } from "../../src/server/modules/profiles/provider-market";
import { ensureDefaultTaxonomy } from "../../src/server/modules/taxonomy/taxonomy";
import { DIALECTS, freshDatabase } from "../support/databases";

const BRIEF: Brief = {
  title: "Shop",
  goals: [],
  successMeasures: [],
  mustHaves: [],
  niceToHaves: [],
  skillIds: [],
  budget: null,
  clientPeople: [],
  businessModelScope: "",
  constraints: [],
  earliestStart: null,
  deadline: null,
  preferredLanguages: [],
};

/** More candidates than either database accepts as bound parameters in one statement. */
const PROVIDERS = 70_000;
const BATCH = 2_000;

async function insertProviders(handle: DatabaseHandle): Promise<void> {
  const at = "2026-11-22T09:00:00.000Z";
  await handle.db
    .insertInto("users")
    .values({
      id: "u",
      email: "u@example.test",
      name: "U",
      password_hash: "x",
      locale: null,
      platform_role: "user",
      created_at: at,
    })
    .execute();
  await handle.db.transaction().execute(async (trx) => {
    for (let start = 0; start < PROVIDERS; start += BATCH) {
      const ids = Array.from(
        { length: Math.min(BATCH, PROVIDERS - start) },
        (_, i) => `p${start + i}`,
      );
      await trx
        .insertInto("organisations")
        .values(
          ids.map((id) => ({
            id,
            name: id,
            kind: "provider" as const,
            created_by: "u",
            created_at: at,
          })),
        )
        .execute();
      await trx
        .insertInto("provider_profiles")
        .values(
          ids.map((org_id) => ({
            org_id,
            headline: "",
            description: "",
            languages: '["en"]',
            time_zones: "[]",
            rates: "[]",
            floor_currency: null,
            floor_amount_minor: null,
            floor_unit: null,
            available_from: null,
            updated_at: at,
          })),
        )
        .execute();
      await trx
        .insertInto("provider_skills")
        .values(ids.map((org_id) => ({ org_id, skill_id: "web.ecommerce" })))
        .execute();
    }
  });
}

describe.each(DIALECTS)("matching candidates at scale on %s", (dialect) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await freshDatabase(dialect);
    await ensureDefaultTaxonomy(handle);
    await insertProviders(handle);
  });
  afterAll(async () => {
    await handle.close();
  });

  // Runs first, on a database whose market this process has not loaded yet.
  it("serves other requests while the market loads: the first load gives the event loop a turn between pages", async () => {
    let isLoaded = false;
    const loading = currentProviderMarket(handle.db, new Date("2026-11-22T10:00:00.000Z")).then(
      (market) => {
        isLoaded = true;
        return market;
      },
    );
    // A turn of the event loop (where a request's I/O is handled) comes before the load ends.
    await new Promise((resolve) => setImmediate(resolve));
    expect(isLoaded).toBe(false);
    expect((await loading).size).toBe(PROVIDERS);
  });

  it("loads the market and reads track records of more candidates than a statement can bind", async () => {
    const skillIds: Brief["skillIds"] = ["web.ecommerce"];
    const market = await currentProviderMarket(handle.db, new Date("2026-11-22T10:00:00.000Z"));
    expect(market.size).toBe(PROVIDERS);
    const brief = { ...BRIEF, skillIds };
    const ranked = market.rank(brief, "2026-11-22", {
      limit: 20,
      trackRecords: new Map(),
      emptyTrackRecord: EMPTY_TRACK_RECORD,
      excluded: new Set(["p0"]),
    });
    // Every provider scores alike, so the names decide: p1, p10, p100, p1000, p10000, …
    expect(ranked.map((m) => m.orgId).slice(0, 4)).toEqual(["p1", "p10", "p100", "p1000"]);
    expect(ranked).toHaveLength(20);
    const records = await trackRecordsOf(
      handle.db,
      candidateOrgIds(handle.db, skillIds),
      "2026-11-22",
    );
    expect(records.size).toBe(0);
  });
});
