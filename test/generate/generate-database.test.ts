import { afterAll, describe, expect, it } from "vitest";
import { verifyChain } from "../../src/domain/ledger/ledger";
import type { DatabaseHandle } from "../../src/server/db/connect";
import { generateDatabase } from "../../src/server/generate/generate-database";
import {
  listEventsWithActors,
  toChainedEvent,
} from "../../src/server/modules/ledger/ledger.repository";
import { DIALECTS, freshDatabase } from "../support/databases";

const SIZE = { orgs: 4, engagements: 4, publicUrl: "http://accord.test" };

async function ledgerOf(handle: DatabaseHandle) {
  return handle.db
    .selectFrom("engagement_events")
    .select(["engagement_id", "seq", "type", "hash", "occurred_at"])
    .orderBy("engagement_id")
    .orderBy("seq")
    .execute();
}

describe.each(DIALECTS)("accord generate on %s", (dialect) => {
  const handles: DatabaseHandle[] = [];
  afterAll(async () => {
    for (const handle of handles) await handle.close();
  });
  const fresh = async () => {
    const handle = await freshDatabase(dialect);
    handles.push(handle);
    return handle;
  };

  it("fills histories through the use-cases whose ledgers verify, the same again from the same seed", async () => {
    const first = await fresh();
    const generated = await generateDatabase(first, { ...SIZE, seed: 42 });
    expect(generated).toMatchObject({ ok: true, counts: { organisations: 4, engagements: 4 } });

    const events = await ledgerOf(first);
    const types = new Set(events.map((e) => e.type));
    for (const type of [
      "engagement.started_from_proposal",
      "agreement.signed",
      "agreement.in_force",
      "deliverable.submitted",
      "deliverable.evaluated",
      "milestone.accepted",
      "invoice.issued",
      "payment.confirmed",
      "message.posted",
      "check_in.opened",
      "review.submitted",
    ]) {
      expect(types, type).toContain(type);
    }
    const engagementIds = [...new Set(events.map((e) => e.engagement_id))];
    expect(engagementIds).toHaveLength(4);
    for (const id of engagementIds) {
      const rows = await listEventsWithActors(first.db, id);
      expect(verifyChain(rows.map(toChainedEvent)).isIntact).toBe(true);
    }

    // Same seed, another database: the very same ledgers, hash for hash.
    const again = await fresh();
    await generateDatabase(again, { ...SIZE, seed: 42 });
    expect(await ledgerOf(again)).toEqual(events);
    // Another seed: other histories.
    const other = await fresh();
    await generateDatabase(other, { ...SIZE, seed: 43 });
    expect((await ledgerOf(other)).map((e) => e.hash)).not.toEqual(events.map((e) => e.hash));
  }, 600_000);

  it("refuses a database that already has people in it", async () => {
    const handle = handles[0];
    if (!handle) throw new Error("the first test generates the database");
    expect(await generateDatabase(handle, { ...SIZE, seed: 1 })).toEqual({ ok: false });
  });
});
