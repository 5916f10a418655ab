import { afterEach, describe, expect, it } from "vitest";
import { initialFactsState } from "../../src/domain/health/facts-from-ledger";
import { createDeps } from "../../src/server/create-deps";
import type { DatabaseHandle } from "../../src/server/db/connect";
import { sweepCheckIns } from "../../src/server/modules/relationship-health/sweep-check-ins";
import { ManualClock } from "../../src/server/platform/clock";
import type { IdGenerator } from "../../src/server/platform/ids";
import { DIALECTS, freshDatabase } from "../support/databases";
import { insertClientAndProvider } from "../support/seed-rows";

const DUE = "2026-11-22T00:00:00.000Z";
const DAY_MS = 86_400_000;
/** Engagements whose next check-in falls due at the same instant, by id. */
const ENGAGEMENTS = ["e1", "e2", "e3", "e4"];

/** Ids in the order they are drawn, so an id tells when its row was made. */
function countingIds(): IdGenerator {
  let next = 0;
  return { newId: () => `id-${String(++next).padStart(4, "0")}` };
}

/**
 * Active engagements with stored health and the same next check-in, their rows written in
 * `order`: SQLite hands back equal keys by rowid and PostgreSQL often by position in the
 * table, so the reverse of id order is what a missing tiebreak shows.
 */
async function seedEngagements(handle: DatabaseHandle, order: readonly string[]): Promise<void> {
  const at = "2026-10-01T09:00:00.000Z";
  await insertClientAndProvider(handle, at);
  for (const id of order) {
    await handle.db
      .insertInto("engagements")
      .values({
        id,
        title: id,
        description: "",
        status: "active",
        client_org_id: "oc",
        provider_org_id: "op",
        initiator_org_id: "oc",
        created_at: at,
        updated_at: at,
      })
      .execute();
  }
  for (const id of order) {
    const state = initialFactsState({
      engagementId: id,
      clientOrgId: "oc",
      providerOrgId: "op",
      startedAt: at,
    });
    // The sweep decides from the state (`isCheckInDue`): in force a cadence before DUE.
    state.facts.checkInEveryDays = 14;
    state.inForceSince = new Date(Date.parse(DUE) - 14 * DAY_MS).toISOString();
    await handle.db
      .insertInto("engagement_health")
      .values({
        engagement_id: id,
        client_org_id: "oc",
        provider_org_id: "op",
        state: JSON.stringify(state),
        event_seq: 0,
        provider_score: null,
        client_score: null,
        explanation: "",
        warnings: "[]",
        next_check_in_at: DUE,
        computed_at: at,
        org_shares: "{}",
      })
      .execute();
  }
}

function depsAt(handle: DatabaseHandle, at: string) {
  return createDeps(handle, {
    signingSecret: "test-signing-secret",
    publicUrl: "http://accord.test",
    mail: "outbox",
    clock: new ManualClock(new Date(at)),
    ids: countingIds(),
  });
}

/** Whether ids of `countingIds` were drawn in the order given. */
function isDrawnInOrder(ids: readonly string[]): boolean {
  return ids.every((id, index) => index === 0 || id > (ids[index - 1] ?? ""));
}

/**
 * Work that falls due at one instant is taken in id order, however its rows were written
 * (issue 15): PostgreSQL returns rows of equal sort keys in any order (a vacuum or another
 * plan changes it), and the sweeper draws ids as it goes, so with the tie left open two
 * engagements could swap check-in ids from one run of the same seed to the next.
 */
describe.each(DIALECTS)("check-ins falling due at one instant on %s", (dialect) => {
  let handle: DatabaseHandle | undefined;
  afterEach(async () => {
    await handle?.close();
  });

  it("open in engagement id order, whatever order the engagements were written in", async () => {
    handle = await freshDatabase(dialect);
    await seedEngagements(handle, [...ENGAGEMENTS].reverse());
    const deps = depsAt(handle, DUE);
    await sweepCheckIns(deps);
    await deps.mailer.close();
    const opened = await handle.db
      .selectFrom("check_ins")
      .select(["engagement_id", "id"])
      .orderBy("engagement_id")
      .execute();
    expect(opened.map((c) => c.engagement_id)).toEqual(ENGAGEMENTS);
    expect(isDrawnInOrder(opened.map((c) => c.id))).toBe(true);
  });

  it("close in id order, whatever order the windows were opened in", async () => {
    handle = await freshDatabase(dialect);
    await seedEngagements(handle, ENGAGEMENTS);
    const closesAt = new Date(Date.parse(DUE) + 7 * DAY_MS).toISOString();
    for (const [index, engagementId] of [...ENGAGEMENTS].reverse().entries()) {
      await handle.db
        .insertInto("check_ins")
        .values({
          // Opened in reverse: the last engagement's window is the oldest row.
          id: `c${ENGAGEMENTS.length - index}`,
          engagement_id: engagementId,
          period: 1,
          opened_at: DUE,
          closes_at: closesAt,
          status: "open",
          reminded_at: DUE,
          reminder_skipped_at: null,
          closed_at: null,
        })
        .execute();
    }
    const deps = depsAt(handle, closesAt);
    await sweepCheckIns(deps);
    await deps.mailer.close();
    const closed = await handle.db
      .selectFrom("engagement_events")
      .select(["engagement_id", "id"])
      .where("type", "=", "check_in.closed")
      .orderBy("engagement_id")
      .execute();
    expect(closed.map((e) => e.engagement_id)).toEqual(ENGAGEMENTS);
    expect(isDrawnInOrder(closed.map((e) => e.id))).toBe(true);
  });
});
