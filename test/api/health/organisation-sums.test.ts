import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../../src/server/db/connect";
import type { Database } from "../../../src/server/db/schema";
import { createDeps } from "../../../src/server/create-deps";
import { GENERATED_END, generateDatabase } from "../../../src/server/generate/generate-database";
import { refreshDueHealth } from "../../../src/server/modules/relationship-health/refresh-due-health";
import { rescoreAll } from "../../../src/server/modules/relationship-health/rescore-all";
import { explainEngagementHealth } from "../../../src/server/modules/relationship-health/explain-engagement-health";
import {
  readCohort,
  refreshEngagementHealth,
} from "../../../src/server/modules/relationship-health/refresh-engagement-health";
import { assessEngagement } from "../../../src/domain/health/assess";
import type { FactsState } from "../../../src/domain/health/facts-from-ledger";
import { ManualClock } from "../../../src/server/platform/clock";
import type { AppDeps } from "../../../src/server/platform/deps";
import type { Kysely } from "kysely";
import { DIALECTS, freshDatabase } from "../../support/databases";
import { recordQueries } from "../../support/query-recorder";

const DAY_MS = 86_400_000;

const nullableNumber = (value: number | null) => (value === null ? null : Number(value));

/** Everything health stores, in a fixed order; the ledger cursor (`event_seq`) aside. */
async function stored(db: Kysely<Database>) {
  const engagements = await db
    .selectFrom("engagement_health")
    .selectAll()
    .orderBy("engagement_id")
    .execute();
  return {
    engagements: engagements.map(({ event_seq: _cursor, ...row }) => row),
    organisations: await db
      .selectFrom("organisation_health")
      .selectAll()
      .orderBy("org_id")
      .orderBy("side")
      .execute(),
    pairs: await db
      .selectFrom("organisation_health_counterparties")
      .selectAll()
      .orderBy("org_id")
      .orderBy("side")
      .orderBy("counterparty_org_id")
      .execute(),
    history: await db
      .selectFrom("health_history")
      .selectAll()
      .orderBy("subject_kind")
      .orderBy("subject_id")
      .orderBy("side")
      .orderBy("day")
      .execute(),
  };
}

/** The daily sweep, to the end: every engagement assessed again at the clock's instant. */
async function sweepAll(deps: AppDeps): Promise<void> {
  while ((await refreshDueHealth(deps)) > 0);
}

/**
 * Organisation scores are kept by sums that each event moves by its engagement's change; the
 * full recomputation from the ledgers (`accord rescore`) must land on the same numbers, on
 * realistic histories written through the use-cases.
 */
describe.each(DIALECTS)("organisation health kept by sums on %s", (dialect) => {
  let handle: DatabaseHandle;
  let deps: AppDeps;
  let clock: ManualClock;
  // One generated instance for the file (generating is the slow part); each test moves the
  // clock past everything before it.
  beforeAll(async () => {
    handle = await freshDatabase(dialect);
    const result = await generateDatabase(handle, {
      orgs: 4,
      engagements: 5,
      seed: 12,
      publicUrl: "http://accord.test",
    });
    expect(result.ok).toBe(true);
    clock = new ManualClock(GENERATED_END);
    deps = createDeps(handle, {
      signingSecret: "test-signing-secret",
      publicUrl: "http://accord.test",
      mail: "outbox",
      clock,
    });
  });
  afterAll(async () => {
    await handle.close();
  });

  /** The clock to noon of the day after anything happened or was assessed. */
  const moveClockPastEverything = async () => {
    const latest = await handle.db
      .selectFrom("engagement_health")
      .select((eb) => eb.fn.max("computed_at").as("at"))
      .executeTakeFirstOrThrow();
    const events = await handle.db
      .selectFrom("engagement_events")
      .select((eb) => eb.fn.max("occurred_at").as("at"))
      .executeTakeFirstOrThrow();
    const last = Math.max(Date.parse(String(latest.at)), Date.parse(String(events.at)));
    clock.set(new Date(Math.floor(last / DAY_MS) * DAY_MS + DAY_MS + DAY_MS / 2));
  };

  it("gives, after the daily sweep, exactly what accord rescore gives from the ledgers, also once engagements leave the window", async () => {
    await moveClockPastEverything();
    await sweepAll(deps);
    const incremental = await stored(handle.db);
    expect(incremental.organisations.some((o) => o.score !== null)).toBe(true);
    expect(incremental.pairs.length).toBeGreaterThan(0);
    await rescoreAll(deps, { cohort: "keep" });
    expect(await stored(handle.db)).toEqual(incremental);

    // Two years later without activity every engagement has left its organisations' window.
    clock.advance(800 * DAY_MS);
    await sweepAll(deps);
    const later = await stored(handle.db);
    expect(later.pairs).toEqual([]);
    expect(later.organisations.every((o) => Number(o.engagement_count) === 0)).toBe(true);
    await rescoreAll(deps, { cohort: "keep" });
    expect(await stored(handle.db)).toEqual(later);
  });

  it("builds an engagement's explanation when first read, with the stored scores, and keeps it until the row moves on", async () => {
    await moveClockPastEverything();
    await sweepAll(deps);
    const rows = await handle.db.selectFrom("engagement_health").selectAll().execute();
    expect(rows.length).toBeGreaterThan(0);
    const cohort = await readCohort(handle.db);
    for (const row of rows) {
      // Events, the sweep and rescore keep scores and warnings; the explanation waits for a reader.
      expect(row.explanation).toBe("");
      const explained = await explainEngagementHealth(handle.db, row);
      const facts = (JSON.parse(row.state) as FactsState).facts;
      const full = assessEngagement(facts, row.computed_at, cohort);
      expect(explained).toEqual(
        JSON.parse(JSON.stringify({ provider: full.provider, client: full.client })),
      );
      expect(full.provider.score).toBe(nullableNumber(row.provider_score));
      expect(full.client.score).toBe(nullableNumber(row.client_score));
      expect(JSON.parse(row.warnings)).toEqual(JSON.parse(JSON.stringify(full.warnings)));
      const kept = await handle.db
        .selectFrom("engagement_health")
        .selectAll()
        .where("engagement_id", "=", row.engagement_id)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(kept.explanation)).toEqual(explained);
    }
    // A reader holding a row another assessment replaced meanwhile leaves the newer row alone.
    const [first] = rows;
    clock.advance(DAY_MS);
    await sweepAll(deps);
    await explainEngagementHealth(handle.db, first!);
    const newer = await handle.db
      .selectFrom("engagement_health")
      .select(["explanation", "computed_at"])
      .where("engagement_id", "=", first!.engagement_id)
      .executeTakeFirstOrThrow();
    expect(newer.computed_at).not.toBe(first!.computed_at);
    expect(newer.explanation).toBe("");
  });

  it("does one event's organisation work in the same statements whatever the organisation's number of engagements", async () => {
    await moveClockPastEverything();
    // Assessed once at this instant first, so no warning moves during the comparison.
    await sweepAll(deps);
    const engagements = await handle.db
      .selectFrom("engagements")
      .select(["id", "client_org_id"])
      .execute();
    const count = (orgId: string | null) =>
      engagements.filter((e) => e.client_org_id === orgId).length;
    const sorted = [...engagements].sort((a, b) => count(a.client_org_id) - count(b.client_org_id));
    const smallest = sorted[0]!;
    const largest = sorted[sorted.length - 1]!;
    expect(count(largest.client_org_id)).toBeGreaterThan(count(smallest.client_org_id));

    const statementsOf = async (engagementId: string) => {
      const recorder = recordQueries(handle.db);
      await recorder.db.transaction().execute(async (trx) => {
        await refreshEngagementHealth(trx, { ...deps, db: recorder.db }, engagementId);
      });
      return recorder.queries.map((q) => q.sql);
    };
    const small = await statementsOf(smallest.id);
    const large = await statementsOf(largest.id);
    expect(large).toEqual(small);
    // Nothing reads every engagement of an organisation: engagement rows only by their id.
    for (const statement of large) {
      if (!/from "engagement_health"/.test(statement)) continue;
      expect(statement).toMatch(/"engagement_id" = /);
    }
  });
});
