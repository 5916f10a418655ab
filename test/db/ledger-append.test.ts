import { afterEach, describe, expect, it } from "vitest";
import { verifyChain } from "../../src/domain/ledger/ledger";
import type { DatabaseHandle } from "../../src/server/db/connect";
import { appendEvent } from "../../src/server/modules/ledger/append-event";
import { listEventsWithActors } from "../../src/server/modules/ledger/ledger.repository";
import { toChainedEvent } from "../../src/server/kernel/stored-events";
import { ManualClock } from "../../src/server/platform/clock";
import { createDeps } from "../../src/server/create-deps";
import { DIALECTS, freshDatabase } from "../support/databases";

async function seedEngagement(handle: DatabaseHandle): Promise<string> {
  const at = "2026-11-22T09:00:00.000Z";
  await handle.db
    .insertInto("users")
    .values({
      id: "u1",
      email: "u1@example.test",
      name: "U",
      password_hash: "x",
      locale: null,
      platform_role: "user",
      created_at: at,
    })
    .execute();
  await handle.db
    .insertInto("organisations")
    .values({ id: "o1", name: "O", kind: "client", created_by: "u1", created_at: at })
    .execute();
  await handle.db
    .insertInto("engagements")
    .values({
      id: "e1",
      title: "E",
      description: "",
      status: "active",
      client_org_id: "o1",
      provider_org_id: null,
      initiator_org_id: "o1",
      created_at: at,
      updated_at: at,
    })
    .execute();
  return "e1";
}

describe.each(DIALECTS)("ledger appends on %s", (dialect) => {
  let handle: DatabaseHandle | undefined;
  afterEach(async () => {
    await handle?.close();
  });

  it("chains concurrent appends one after another, without gaps or forks", async () => {
    handle = await freshDatabase(dialect);
    const engagementId = await seedEngagement(handle);
    const deps = createDeps(handle, {
      signingSecret: "test-signing-secret",
      publicUrl: "http://accord.test",
      mail: "outbox",
      clock: new ManualClock(new Date("2026-11-22T10:00:00.000Z")),
    });
    const db = handle.db;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.transaction().execute((trx) =>
          appendEvent(trx, deps, {
            engagementId,
            type: "engagement.accepted",
            actorUserId: "u1",
            actorOrgId: "o1",
            payload: { side: "client", orgId: "o1", orgName: `Org ${i}` },
          }),
        ),
      ),
    );
    const events = (await listEventsWithActors(db, engagementId)).map(toChainedEvent);
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(verifyChain(events)).toMatchObject({ isIntact: true, eventCount: 20 });
  });

  it("rolls the event back with the change it belonged to", async () => {
    handle = await freshDatabase(dialect);
    const engagementId = await seedEngagement(handle);
    const deps = createDeps(handle, {
      signingSecret: "test-signing-secret",
      publicUrl: "http://accord.test",
      mail: "outbox",
    });
    const attempt = handle.db.transaction().execute(async (trx) => {
      await appendEvent(trx, deps, {
        engagementId,
        type: "engagement.declined",
        actorUserId: null,
        actorOrgId: null,
        payload: {},
      });
      throw new Error("the change failed after its event was written");
    });
    await expect(attempt).rejects.toThrow("the change failed");
    expect(await listEventsWithActors(handle.db, engagementId)).toEqual([]);
  });
});
