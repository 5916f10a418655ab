import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDeps } from "../../../src/server/create-deps";
import type { DatabaseHandle } from "../../../src/server/db/connect";
import type { Database } from "../../../src/server/db/schema";
import { GENERATED_END, generateDatabase } from "../../../src/server/generate/generate-database";
import { appendEvent } from "../../../src/server/modules/ledger/append-event";
import {
  forgetParsedHealth,
  keptHealthCounts,
} from "../../../src/server/modules/relationship-health/kept-health";
import { ManualClock } from "../../../src/server/platform/clock";
import type { AppDeps } from "../../../src/server/platform/deps";
import { DIALECTS, freshDatabase } from "../../support/databases";

const HOUR_MS = 3_600_000;

/** What health stores about one engagement and its two organisations, after an event. */
async function storedAround(db: Kysely<Database>, engagementId: string) {
  const row = await db
    .selectFrom("engagement_health")
    .selectAll()
    .where("engagement_id", "=", engagementId)
    .executeTakeFirstOrThrow();
  const orgIds = [row.client_org_id, row.provider_org_id];
  return {
    row,
    organisations: await db
      .selectFrom("organisation_health")
      .selectAll()
      .where("org_id", "in", orgIds)
      .orderBy("org_id")
      .orderBy("side")
      .execute(),
    history: await db
      .selectFrom("health_history")
      .selectAll()
      .where("subject_id", "in", [engagementId, ...orgIds])
      .orderBy("subject_kind")
      .orderBy("subject_id")
      .orderBy("side")
      .orderBy("day")
      .execute(),
    healthEvents: await db
      .selectFrom("engagement_events")
      .select(["seq", "type", "payload"])
      .where("engagement_id", "=", engagementId)
      .where("type", "like", "health.%")
      .orderBy("seq")
      .execute(),
  };
}

class Rollback extends Error {}

/**
 * Health's reaction takes the objects it stored last for an engagement, and the sums it computed
 * last for an organisation side, when the row still holds their text, instead of parsing the row
 * (`kept-health.ts`). Each step of a random run of
 * messages and clock moves on generated engagements is done twice from the same database: once
 * with the kept objects (then rolled back), once with them forgotten (the full path, kept); both
 * must store the same rows, warnings and history.
 */
describe.each(DIALECTS)("health's kept objects on %s", (dialect) => {
  let handle: DatabaseHandle;
  let deps: AppDeps;
  let clock: ManualClock;
  let engagements: { id: string; client_org_id: string | null; provider_org_id: string | null }[];

  beforeAll(async () => {
    handle = await freshDatabase(dialect);
    const result = await generateDatabase(handle, {
      orgs: 4,
      engagements: 5,
      seed: 31,
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
    engagements = await handle.db
      .selectFrom("engagements")
      .innerJoin("engagement_health", "engagement_health.engagement_id", "engagements.id")
      .select(["engagements.id", "engagements.client_org_id", "engagements.provider_org_id"])
      .orderBy("engagements.id")
      .execute();
    expect(engagements.length).toBeGreaterThan(1);
  });
  afterAll(async () => {
    await deps.mailer.close();
    await handle.close();
  });

  it("store what parsing the stored row stores, step after step of a random run", async () => {
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % below;
    };
    let engagement = engagements[0];
    const takenBefore = keptHealthCounts.taken;
    const sumsTakenBefore = keptHealthCounts.sumsTaken;
    for (let step = 0; step < 60; step += 1) {
      // Runs of events on one engagement (a conversation), now and then another one.
      if (random(4) === 0) engagement = engagements[random(engagements.length)];
      if (!engagement) throw new Error("no engagement");
      // Mostly minutes or hours apart, sometimes days: the day's scores and the warnings move.
      const gap = random(5) === 0 ? random(6 * 24) * HOUR_MS : random(180) * 60_000;
      clock.set(new Date(clock.now().getTime() + gap));
      const fromClient = random(2) === 0;
      const event = {
        engagementId: engagement.id,
        type: "message.posted" as const,
        actorUserId: null,
        actorOrgId: fromClient ? engagement.client_org_id : engagement.provider_org_id,
        payload: {
          messageId: `m-${step}`,
          threadKind: "engagement" as const,
          threadId: random(3) === 0 ? `topic-${random(2)}` : "engagement",
        },
      };
      let viaKept: Awaited<ReturnType<typeof storedAround>> | null = null;
      await handle.db
        .transaction()
        .execute(async (trx) => {
          await appendEvent(trx, deps, event);
          viaKept = await storedAround(trx, event.engagementId);
          throw new Rollback();
        })
        .catch((error: unknown) => {
          if (!(error instanceof Rollback)) throw error;
        });
      forgetParsedHealth(event.engagementId);
      await handle.db.transaction().execute(async (trx) => {
        await appendEvent(trx, deps, event);
      });
      expect(viaKept).toEqual(await storedAround(handle.db, event.engagementId));
    }
    // Most steps follow one on the same engagement: those took the kept objects.
    expect(keptHealthCounts.taken - takenBefore).toBeGreaterThan(30);
    // Four organisations: their sums, kept by the step before, were taken at most steps.
    expect(keptHealthCounts.sumsTaken - sumsTakenBefore).toBeGreaterThan(60);
  });
});
