import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listEventsForReader } from "../../src/server/modules/ledger/ledger.repository";
import { findEngagementHealthForReader } from "../../src/server/modules/relationship-health/health.repository";
import { buildDeliveryWorld, type DeliveryWorld } from "../api/delivery/delivery-fixtures";
import { DIALECTS } from "../support/databases";
import { recordingInto, type RecordedQuery } from "../support/query-recorder";
import { buildTestApp, type TestApp } from "../support/test-app";

/**
 * The engagement overview is three requests a visit (the engagement, its health, its events);
 * on PostgreSQL every statement is a round trip that costs this process and the server's. Each
 * reads the session, then what it answers with the engagement's participants in one statement.
 */
describe.each(DIALECTS)("the engagement overview's reads on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  const queries: RecordedQuery[] = [];

  beforeAll(async () => {
    t = await buildTestApp(dialect, { wrapDb: recordingInto(queries) });
    w = await buildDeliveryWorld(t);
  });
  afterAll(() => t.close());

  /** The statements one GET ran, after checking it answered. */
  async function statementsOf(path: string, status = 200): Promise<RecordedQuery[]> {
    queries.length = 0;
    const response = await w.client.client.get(w.url(path));
    expect(response.statusCode, path).toBe(status);
    return [...queries];
  }

  it("reads the session and one statement more for each of the three requests", async () => {
    // The first health read builds and stores the explanation; the overview's later ones read it.
    await statementsOf("/health");
    for (const path of ["", "/health", "/events"]) {
      const statements = await statementsOf(path);
      expect(statements.length, path).toBe(2);
      expect(statements[0]?.sql, path).toMatch(/ from "sessions" as "s" /);
      expect(statements[1]?.parameters, path).toEqual([w.engagementId]);
    }
  });

  it("answers an engagement that is not there, or not the reader's, with not found", async () => {
    const outsider = await t.app.inject({ method: "GET", url: w.url("/health") });
    expect(outsider.statusCode).toBe(401);
    const missing = `/api/v1/engagements/${randomUUID()}`;
    for (const path of ["/health", "/events"]) {
      const response = await w.client.client.get(missing + path);
      expect(response.statusCode, path).toBe(404);
    }
  });

  it("tells no engagement, and an engagement without events or health, apart", async () => {
    const { db } = t.handle;
    expect(await listEventsForReader(db, randomUUID())).toBeUndefined();
    expect(await findEngagementHealthForReader(db, randomUUID())).toBeUndefined();

    // A row alone, as no use-case writes it: an engagement with no event and no health yet.
    const bare = randomUUID();
    await db
      .insertInto("engagements")
      .values({
        id: bare,
        title: "Bare",
        description: "",
        status: "pending",
        client_org_id: w.clientOrg.id,
        provider_org_id: null,
        initiator_org_id: w.clientOrg.id,
        created_at: "2026-11-20T08:00:00.000Z",
        updated_at: "2026-11-20T08:00:00.000Z",
      })
      .execute();
    const participants = { client_org_id: w.clientOrg.id, provider_org_id: null };
    expect(await listEventsForReader(db, bare)).toEqual({ participants, events: [] });
    expect(await findEngagementHealthForReader(db, bare)).toEqual({
      participants,
      startedAt: "2026-11-20T08:00:00.000Z",
      health: undefined,
    });
    const health = await w.client.client.get(`/api/v1/engagements/${bare}/health`);
    expect(health.statusCode).toBe(404);

    // The world's engagement: its events in order with their actors' names, and its health.
    const timeline = await listEventsForReader(db, w.engagementId);
    const seqs = timeline?.events.map((event) => Number(event.seq)) ?? [];
    expect(seqs.length).toBeGreaterThan(3);
    expect(seqs).toEqual(seqs.map((_, index) => index + 1));
    expect(timeline?.events.some((event) => event.actor_name === "Clara")).toBe(true);
    expect(timeline?.participants).toEqual({
      client_org_id: w.clientOrg.id,
      provider_org_id: w.providerOrg.id,
    });
    const found = await findEngagementHealthForReader(db, w.engagementId);
    expect(found?.health?.engagement_id).toBe(w.engagementId);
  });
});
