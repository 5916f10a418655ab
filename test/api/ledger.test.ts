import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { LedgerExport } from "../../src/contracts/engagements";
import { verifyExport } from "../../src/domain/ledger/ledger";
import { DIALECTS } from "../support/databases";
import { buildTestApp, signUpPerson, type Person, type TestApp } from "../support/test-app";
import { buildAcceptedEngagement, createOrg, type LedgerEventBody } from "./api-fixtures";

interface VerdictBody {
  isIntact: boolean;
  eventCount: number;
  headHash: string | null;
  firstBroken: { id: string; seq: number; reason: string } | null;
}

describe.each(DIALECTS)("engagement ledger on %s", (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  async function eventsOf(id: string, as: Person): Promise<LedgerEventBody[]> {
    const response = await as.client.get(`/api/v1/engagements/${id}/events`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ events: LedgerEventBody[] }>().events;
  }

  async function verify(id: string, as: Person): Promise<VerdictBody> {
    const response = await as.client.get(`/api/v1/engagements/${id}/ledger/verify`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<VerdictBody>();
  }

  describe("ledger", () => {
    it("lists the events in order, each linked to the hash of the one before", async () => {
      const { engagement, client } = await buildAcceptedEngagement(t);

      const events = await eventsOf(engagement.id, client);

      expect(events.map((e) => e.seq)).toEqual([1, 2]);
      expect(events[0]?.prevHash).toBe("0".repeat(64));
      expect(events[1]?.prevHash).toBe(events[0]?.hash);
      expect(events.every((e) => /^[0-9a-f]{64}$/.test(e.hash))).toBe(true);
      expect(await verify(engagement.id, client)).toEqual({
        isIntact: true,
        eventCount: 2,
        headHash: events[1]?.hash,
        firstBroken: null,
      });
    });

    it("verification names the first event whose stored content was altered", async () => {
      const { engagement, client, provider } = await buildAcceptedEngagement(t);
      const [, accepted] = await eventsOf(engagement.id, client);

      await t.deps.db
        .updateTable("engagement_events")
        .set({
          payload: JSON.stringify({ side: "provider", orgId: "someone-else", orgName: "Forged" }),
        })
        .where("id", "=", accepted!.id)
        .execute();

      const verdict = await verify(engagement.id, provider);
      expect(verdict).toMatchObject({
        isIntact: false,
        eventCount: 2,
        headHash: null,
        firstBroken: { id: accepted!.id, seq: 2, reason: "hash_mismatch" },
      });
    });

    it("a change to the first event is reported at the first event", async () => {
      const { engagement, client } = await buildAcceptedEngagement(t);
      const [proposed] = await eventsOf(engagement.id, client);

      await t.deps.db
        .updateTable("engagement_events")
        .set({ payload: JSON.stringify({ ...proposed!.payload, title: "Rewritten history" }) })
        .where("id", "=", proposed!.id)
        .execute();

      expect((await verify(engagement.id, client)).firstBroken).toMatchObject({
        seq: 1,
        reason: "hash_mismatch",
      });
    });

    it("a deleted event is reported as a gap in the sequence", async () => {
      const { engagement, client } = await buildAcceptedEngagement(t);
      const [proposed, accepted] = await eventsOf(engagement.id, client);

      await t.deps.db.deleteFrom("engagement_events").where("id", "=", proposed!.id).execute();

      expect(await verify(engagement.id, client)).toMatchObject({
        isIntact: false,
        eventCount: 1,
        firstBroken: { id: accepted!.id, seq: 2, reason: "sequence_gap" },
      });
    });

    it("exports a self-contained accord-ledger/1 file as an attachment", async () => {
      const { engagement, client } = await buildAcceptedEngagement(t, { title: "Export me" });
      const events = await eventsOf(engagement.id, client);

      const response = await client.client.get(
        `/api/v1/engagements/${engagement.id}/ledger/export`,
      );

      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers["content-disposition"]).toMatch(/^attachment; filename=".+\.json"$/);
      const file = response.json<{
        format: string;
        exportedAt: string;
        engagement: { id: string; title: string };
        events: LedgerEventBody[];
      }>();
      expect(file.format).toBe("accord-ledger/1");
      expect(file.engagement).toEqual({ id: engagement.id, title: "Export me" });
      expect(file.exportedAt).toBe(t.clock.now().toISOString());
      expect(file.events.map((e) => e.hash)).toEqual(events.map((e) => e.hash));
      expect(file.events[0]).not.toHaveProperty("actorName");
    });

    it("gives both sides the same chain to the same head, and an outsider nothing", async () => {
      const { engagement, client, provider } = await buildAcceptedEngagement(t, {
        title: "Both hold it",
      });
      const url = `/api/v1/engagements/${engagement.id}/ledger/export`;
      const [byClient, byProvider] = await Promise.all(
        [client, provider].map(async (side) => {
          const response = await side.client.get(url);
          expect(response.statusCode, response.body).toBe(200);
          return response.json<LedgerExport>();
        }),
      );
      const clientVerdict = verifyExport(engagement.id, byClient!.events);
      expect(clientVerdict.isIntact).toBe(true);
      expect(verifyExport(engagement.id, byProvider!.events)).toEqual(clientVerdict);
      expect(byProvider!.events).toEqual(byClient!.events);

      const outsider = await signUpPerson(t.app, "Olga");
      await createOrg(outsider, "client");
      expect((await outsider.client.get(url)).statusCode).toBe(404);
    });

    it("records in the audit trail each copy of the record a side takes, and by whom", async () => {
      const { engagement, client, clientOrg, provider, providerOrg } =
        await buildAcceptedEngagement(t, { title: "Copied" });
      const base = `/api/v1/engagements/${engagement.id}`;
      expect((await client.client.get(`${base}/ledger/export`)).statusCode).toBe(200);
      expect((await provider.client.get(`${base}/archive`)).statusCode).toBe(200);
      const outsider = await signUpPerson(t.app, "Olga");
      expect((await outsider.client.get(`${base}/ledger/export`)).statusCode).toBe(404);

      const entries = await t.deps.db
        .selectFrom("audit_events")
        .select(["action", "actor_user_id", "org_id"])
        .where("subject", "=", engagement.id)
        .orderBy("action")
        .execute();
      expect(entries).toEqual([
        {
          action: "engagement.archive_downloaded",
          actor_user_id: provider.userId,
          org_id: providerOrg.id,
        },
        {
          action: "engagement.ledger_exported",
          actor_user_id: client.userId,
          org_id: clientOrg.id,
        },
      ]);
    });
  });
});
