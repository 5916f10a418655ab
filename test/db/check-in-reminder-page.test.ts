import { CompiledQuery, sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import type { MilestoneFact } from "../../src/domain/health/facts";
import { initialFactsState } from "../../src/domain/health/facts-from-ledger";
import { createDeps } from "../../src/server/create-deps";
import type { DatabaseHandle } from "../../src/server/db/connect";
import { listAwaitingReminder } from "../../src/server/modules/relationship-health/check-ins.repository";
import { sweepCheckIns } from "../../src/server/modules/relationship-health/sweep-check-ins";
import { ManualClock } from "../../src/server/platform/clock";
import { DIALECTS, freshDatabase } from "../support/databases";
import { recordQueries } from "../support/query-recorder";
import { insertClientAndProvider } from "../support/seed-rows";

const NOW = "2026-11-22T12:00:00.000Z";
const OPENED = "2026-11-16T12:00:00.000Z";
const DAY_MS = 86_400_000;
const LIMIT = 100;

/** Closes within the reminder's day; `minute` orders the windows' closing times. */
function closesAt(minute: number): string {
  return new Date(Date.parse(NOW) + 60_000 * (60 + minute)).toISOString();
}

type Kind = "reminded" | "complete" | "waiting";

/**
 * One active engagement per window, each with stored health: `complete` engagements have every
 * milestone of the agreement in force accepted (their open window is not chased), `reminded`
 * windows had their reminder already, `waiting` ones still need it.
 */
async function seed(handle: DatabaseHandle, windows: readonly Kind[]): Promise<void> {
  const at = "2026-10-01T09:00:00.000Z";
  await insertClientAndProvider(handle, at);
  const ids = windows.map((_, index) => `e${String(index).padStart(4, "0")}`);
  await handle.db
    .insertInto("engagements")
    .values(
      ids.map((id) => ({
        id,
        title: id,
        description: "",
        status: "active" as const,
        client_org_id: "oc",
        provider_org_id: "op",
        initiator_org_id: "oc",
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
  await handle.db
    .insertInto("engagement_health")
    .values(
      ids.map((id, index) => {
        const state = initialFactsState({
          engagementId: id,
          clientOrgId: "oc",
          providerOrgId: "op",
          startedAt: at,
        });
        state.facts.checkInEveryDays = 14;
        state.inForceSince = at;
        state.lastCheckInOpenedAt = OPENED;
        state.facts.milestones = [{ id: `${id}-m1` } as unknown as MilestoneFact];
        if (windows[index] === "complete") state.acceptedMilestoneAt[`${id}-m1`] = OPENED;
        return {
          engagement_id: id,
          client_org_id: "oc",
          provider_org_id: "op",
          state: JSON.stringify(state),
          event_seq: 0,
          provider_score: null,
          client_score: null,
          explanation: "",
          warnings: "[]",
          next_check_in_at:
            windows[index] === "complete"
              ? null
              : new Date(Date.parse(OPENED) + 14 * DAY_MS).toISOString(),
          computed_at: at,
          org_shares: "{}",
        };
      }),
    )
    .execute();
  for (let from = 0; from < ids.length; from += 100) {
    await handle.db
      .insertInto("check_ins")
      .values(
        ids.slice(from, from + 100).map((id, offset) => ({
          id: `c-${id}`,
          engagement_id: id,
          period: 1,
          opened_at: OPENED,
          closes_at: closesAt(from + offset),
          status: "open" as const,
          reminded_at: windows[from + offset] === "reminded" ? NOW : null,
          reminder_skipped_at: null,
          closed_at: null,
        })),
      )
      .execute();
  }
}

async function remindedEngagements(handle: DatabaseHandle, since: string): Promise<string[]> {
  const rows = await handle.db
    .selectFrom("engagement_events")
    .select("engagement_id")
    .where("type", "=", "check_in.reminded")
    .where("occurred_at", ">=", since)
    .orderBy("engagement_id")
    .execute();
  return rows.map((r) => r.engagement_id);
}

/**
 * The sweep reminds at most `LIMIT` windows a run. Windows it will not remind (reminded
 * already, or their engagement's work is complete) closing before the ones that wait used to
 * fill that page until they closed, so a window that needed its reminder never got it.
 */
describe.each(DIALECTS)("check-in reminders behind many windows not to remind on %s", (dialect) => {
  let handle: DatabaseHandle | undefined;
  afterEach(async () => {
    await handle?.close();
  });

  it("reminds the windows that wait though more than a page of others close first", async () => {
    handle = await freshDatabase(dialect);
    const windows: Kind[] = [
      ...Array.from({ length: 70 }, (_, i): Kind => (i % 2 === 0 ? "reminded" : "complete")),
      ...Array.from({ length: 70 }, (_, i): Kind => (i % 2 === 0 ? "complete" : "reminded")),
      "waiting",
      "waiting",
      "waiting",
    ];
    await seed(handle, windows);
    const waiting = windows.flatMap((kind, index) =>
      kind === "waiting" ? [`e${String(index).padStart(4, "0")}`] : [],
    );

    const deps = createDeps(handle, {
      signingSecret: "test-signing-secret",
      publicUrl: "http://accord.test",
      mail: "outbox",
      clock: new ManualClock(new Date(NOW)),
    });
    await sweepCheckIns(deps, { limit: LIMIT });
    await deps.mailer.close();

    expect(await remindedEngagements(handle, NOW)).toEqual(waiting);
  });

  it("sends no more than a page of reminders a run, and the rest on the next", async () => {
    handle = await freshDatabase(dialect);
    const windows: Kind[] = [
      ...Array.from({ length: 30 }, (): Kind => "complete"),
      ...Array.from({ length: 8 }, (): Kind => "waiting"),
    ];
    await seed(handle, windows);
    const clock = new ManualClock(new Date(NOW));
    const deps = createDeps(handle, {
      signingSecret: "test-signing-secret",
      publicUrl: "http://accord.test",
      mail: "outbox",
      clock,
    });
    await sweepCheckIns(deps, { limit: 5 });
    expect(await remindedEngagements(handle, NOW)).toHaveLength(5);
    await sweepCheckIns(deps, { limit: 5 });
    await deps.mailer.close();
    expect(await remindedEngagements(handle, NOW)).toHaveLength(8);
  });

  it("reads the windows awaiting a reminder through their partial index, in its order", async () => {
    handle = await freshDatabase(dialect);
    await seed(handle, ["reminded", "complete", "waiting"]);
    const recorder = recordQueries(handle.db);
    await listAwaitingReminder(recorder.db, NOW, closesAt(24 * 60), LIMIT);
    const query = recorder.queries.at(-1)!;
    if (dialect === "sqlite") {
      const { rows } = await handle.db.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
      );
      const details = rows.map((row) => row.detail);
      expect(details).toEqual([
        expect.stringMatching(/^SEARCH check_ins USING INDEX check_ins_reminder_due_idx /),
      ]);
    } else {
      const plan = await handle.db.transaction().execute(async (trx) => {
        // A nearly empty table prices a sequential scan in; what is checked is that the index
        // serves the query's filter and order without a sort.
        await sql`set local enable_seqscan = off`.execute(trx);
        await sql`set local enable_bitmapscan = off`.execute(trx);
        const { rows } = await trx.executeQuery<{ "QUERY PLAN": string }>(
          CompiledQuery.raw(`explain ${query.sql}`, [...query.parameters]),
        );
        return rows.map((row) => row["QUERY PLAN"]).join("\n");
      });
      expect(plan).toMatch(/Index Scan using check_ins_reminder_due_idx on check_ins/);
      expect(plan).not.toMatch(/Sort/);
    }
  });
});
