import { afterEach, describe, expect, it } from "vitest";
import { LedgerExport } from "../../src/contracts/engagements";
import { parseEngagementEvent } from "../../src/contracts/events";
import { verifyChain } from "../../src/domain/ledger/ledger";
import { seedDemo } from "../../src/server/demo/seed-demo";
import { buildLedgerExport } from "../../src/server/modules/engagements/engagement-ledger";
import { listEventsWithActors } from "../../src/server/modules/ledger/ledger.repository";
import { toChainedEvent } from "../../src/server/kernel/stored-events";
import { DIALECTS } from "../support/databases";
import { buildTestApp, type TestApp } from "../support/test-app";

describe.each(DIALECTS)("the demo's ledgers under the event catalogue on %s", (dialect) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
  });

  it("verify as stored and as exported, and every payload is exactly its catalogue type", async () => {
    t = await buildTestApp(dialect);
    await seedDemo(t.deps);
    const engagements = await t.deps.db.selectFrom("engagements").select(["id", "title"]).execute();
    expect(engagements.length).toBeGreaterThan(1);
    const seen = new Set<string>();
    for (const engagement of engagements) {
      const stored = (await listEventsWithActors(t.deps.db, engagement.id)).map(toChainedEvent);
      expect(verifyChain(stored), engagement.title).toMatchObject({ isIntact: true });

      const exported = LedgerExport.parse(
        JSON.parse(JSON.stringify(buildLedgerExport(engagement, stored, new Date()))),
      );
      expect(verifyChain(exported.events), engagement.title).toMatchObject({ isIntact: true });

      for (const event of stored) {
        seen.add(event.type);
        // Parsing strips nothing and adds nothing: the catalogue describes what was written.
        expect(parseEngagementEvent(event.type, event.payload), event.type).toEqual({
          type: event.type,
          payload: event.payload,
        });
      }
    }
    expect(seen.size).toBeGreaterThan(10);
  });
});
