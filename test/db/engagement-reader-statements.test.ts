import { randomUUID } from "node:crypto";
import { CompiledQuery } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGAGEMENT_ROW_READ } from "../../src/server/kernel/engagement-rows.repository";
import {
  actorFromSession,
  actorFromSessionWith,
} from "../../src/server/modules/auth/resolve-actor";
import {
  ENGAGEMENT_EVENTS_READ,
  listEventsForReader,
} from "../../src/server/modules/ledger/ledger.repository";
import {
  ENGAGEMENT_HEALTH_READ,
  findEngagementHealthForReader,
} from "../../src/server/modules/relationship-health/health.repository";
import type { Actor } from "../../src/server/platform/actor";
import { hashSecret } from "../../src/server/platform/ids";
import { buildDeliveryWorld, type DeliveryWorld } from "../api/delivery/delivery-fixtures";
import { DIALECTS } from "../support/databases";
import { recordQueries, recordingInto, type RecordedQuery } from "../support/query-recorder";
import { buildTestApp, type TestApp } from "../support/test-app";

/**
 * The engagement overview is three requests a visit (the engagement, its health, its events);
 * on PostgreSQL every statement is a round trip that costs this process and the server's. Each
 * reads what it answers with the engagement's participants in one statement; on PostgreSQL that
 * statement carries the session's too (one round trip a request), SQLite reads the session first.
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
  async function statementsOf(
    path: string,
    status = 200,
    isWholeUrl = false,
  ): Promise<RecordedQuery[]> {
    queries.length = 0;
    const response = await w.client.client.get(isWholeUrl ? path : w.url(path));
    expect(response.statusCode, path).toBe(status);
    return [...queries];
  }

  it("reads each of the three in one statement with the session on PostgreSQL, two on SQLite", async () => {
    // The first health read builds and stores the explanation; the overview's later ones read it.
    await statementsOf("/health");
    for (const path of ["", "/health", "/events"]) {
      const statements = await statementsOf(path);
      if (dialect === "postgres") {
        // The route's first read carries the session's statement: one round trip a request.
        expect(statements.length, path).toBe(1);
        expect(statements[0]?.sql, path).toMatch(/ from "sessions" as "s" /);
        expect(statements[0]?.parameters, path).toContain(w.engagementId);
      } else {
        expect(statements.length, path).toBe(2);
        expect(statements[0]?.sql, path).toMatch(/ from "sessions" as "s" /);
        expect(statements[1]?.parameters, path).toContain(w.engagementId);
      }
    }
  });

  it("reads the session alone after a first read that found no engagement", async () => {
    const missing = `/api/v1/engagements/${randomUUID()}`;
    for (const path of ["", "/health", "/events"]) {
      const statements = await statementsOf(missing + path, 404, true);
      expect(statements.length, path).toBe(2);
      const sessionAlone = statements[dialect === "postgres" ? 1 : 0];
      expect(sessionAlone?.sql, path).toMatch(/^select "u"\."id", .* from "sessions" as "s" /);
    }
  });

  it("answers a cookie of no live session with 401, the engagement being there or not", async () => {
    for (const id of [w.engagementId, randomUUID()]) {
      for (const path of ["", "/health", "/events"]) {
        const response = await t.app.inject({
          method: "GET",
          url: `/api/v1/engagements/${id}${path}`,
          cookies: { accord_session: "no-such-session" },
        });
        expect(response.statusCode, path).toBe(401);
      }
    }
  });

  it("finds the same actor with the first read as with the session's statement alone", async () => {
    const { db } = t.handle;
    const now = t.clock.now().toISOString();
    // Clara, an owner of the client, also a viewer of the provider and of two organisations
    // named alike, so the order of her memberships (name, then id) is tested with a tie.
    const twins = [randomUUID(), randomUUID()].sort().reverse();
    for (const id of twins) {
      await db
        .insertInto("organisations")
        .values({ id, name: "Twin", kind: "client", created_by: w.client.userId, created_at: now })
        .execute();
    }
    for (const orgId of [w.providerOrg.id, ...twins]) {
      await db
        .insertInto("memberships")
        .values({ org_id: orgId, user_id: w.client.userId, role: "viewer", created_at: now })
        .execute();
    }
    const secret = randomUUID();
    await db
      .insertInto("sessions")
      .values({
        id_hash: hashSecret(secret),
        user_id: w.client.userId,
        created_at: now,
        expires_at: "2999-01-01T00:00:00.000Z",
      })
      .execute();
    const alone = await actorFromSession(t.deps, secret);
    expect(alone?.memberships.size).toBe(4);
    const asLists = (actor: Actor | null) =>
      actor && {
        ...actor,
        memberships: [...actor.memberships],
        orgKinds: [...actor.orgKinds],
        orgNames: [...actor.orgNames],
      };
    for (const read of [ENGAGEMENT_ROW_READ, ENGAGEMENT_HEALTH_READ, ENGAGEMENT_EVENTS_READ]) {
      const found = await actorFromSessionWith(t.deps, secret, read, w.engagementId);
      expect(asLists(found.actor)).toEqual(asLists(alone));
      expect(found.rows).toEqual(await read.rows(db, w.engagementId));
    }
    const missing = await actorFromSessionWith(t.deps, secret, ENGAGEMENT_ROW_READ, randomUUID());
    expect(asLists(missing.actor)).toEqual(asLists(alone));
    expect(missing.rows).toEqual([]);
    const signedOut = await actorFromSessionWith(
      t.deps,
      "no-such",
      ENGAGEMENT_ROW_READ,
      w.engagementId,
    );
    expect(signedOut.actor).toBeNull();
  });

  it("lists with the session and the page, joining one organisation a row", async () => {
    // The first listing may read and store summary facts; later ones read them with the page.
    await statementsOf("/api/v1/engagements", 200, true);
    // Nothing changed since: the kept reply is sent, after the session's statement alone.
    const kept = await statementsOf("/api/v1/engagements", 200, true);
    expect(kept.map((s) => s.sql)).toEqual([expect.stringMatching(/ from "sessions" as "s" /)]);
    t.deps.listReplies = null;
    const statements = await statementsOf("/api/v1/engagements", 200, true);
    expect(statements.length).toBe(2);
    expect(statements[0]?.sql).toMatch(/ from "sessions" as "s" /);
    // The reader's own organisations' names came with the session: only the counterpart is joined.
    expect(statements[1]?.sql.match(/"organisations"/g)).toEqual(['"organisations"']);
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

    // The world's engagement: its events, the newest first, with their actors' names, and its
    // health; a page forward from a seq, and one from before it.
    const timeline = await listEventsForReader(db, w.engagementId);
    const seqs = timeline?.events.map((event) => Number(event.seq)) ?? [];
    expect(seqs.length).toBeGreaterThan(3);
    expect(seqs).toEqual(seqs.map((_, index) => seqs.length - index));
    const forward = await listEventsForReader(db, w.engagementId, {
      direction: "later",
      seq: 1,
      limit: 2,
    });
    expect(forward?.events.map((event) => Number(event.seq))).toEqual([2, 3, 4]);
    const back = await listEventsForReader(db, w.engagementId, {
      direction: "earlier",
      seq: 3,
      limit: 5,
    });
    expect(back?.events.map((event) => Number(event.seq))).toEqual([2, 1]);
    const past = await listEventsForReader(db, w.engagementId, {
      direction: "later",
      seq: 999,
      limit: 2,
    });
    expect(past).toEqual({ participants: timeline?.participants, events: [] });
    expect(timeline?.events.some((event) => event.actor_name === "Clara")).toBe(true);
    expect(timeline?.participants).toEqual({
      client_org_id: w.clientOrg.id,
      provider_org_id: w.providerOrg.id,
    });
    const found = await findEngagementHealthForReader(db, w.engagementId);
    expect(found?.health?.engagement_id).toBe(w.engagementId);
  });

  it("reads the health's facts only while its explanation is still to be built from them", async () => {
    const { db } = t.handle;
    const first = await w.client.client.get(w.url("/health"));
    expect(first.statusCode).toBe(200);
    const explained = await findEngagementHealthForReader(db, w.engagementId);
    expect(explained?.health?.explanation).not.toBe("");
    expect(explained?.health?.state).toBeNull();
    // As an event leaves it: new facts, the explanation to be built by the next reader.
    const { state } = await db
      .updateTable("engagement_health")
      .set({ explanation: "" })
      .where("engagement_id", "=", w.engagementId)
      .returning("state")
      .executeTakeFirstOrThrow();
    expect(state.length).toBeGreaterThan(2);
    const unexplained = await findEngagementHealthForReader(db, w.engagementId);
    expect(unexplained?.health?.state).toBe(state);
    const again = await w.client.client.get(w.url("/health"));
    expect(again.body).toBe(first.body);
    const rebuilt = await findEngagementHealthForReader(db, w.engagementId);
    expect(rebuilt?.health?.explanation).toBe(explained?.health?.explanation);
  });

  it("finds each timeline event's actor by the user's key, never joining the users table", async () => {
    // As a join, PostgreSQL without fresh statistics hashed every user for a page of four events.
    const recorder = recordQueries(t.handle.db);
    await listEventsForReader(recorder.db, w.engagementId);
    await listEventsForReader(recorder.db, w.engagementId, {
      direction: "later",
      seq: 1,
      limit: 2,
    });
    expect(recorder.queries).toHaveLength(2);
    for (const page of recorder.queries) {
      if (dialect === "sqlite") {
        const { rows } = await t.handle.db.executeQuery<{ detail: string }>(
          CompiledQuery.raw(`explain query plan ${page.sql}`, [...page.parameters]),
        );
        const users = rows.map((row) => row.detail).filter((detail) => / u /.test(detail));
        expect(users).toEqual([expect.stringMatching(/^SEARCH u USING .*\(id=\?\)$/)]);
      } else {
        const { rows } = await t.handle.db.executeQuery<{ "QUERY PLAN": { Plan: PlanNode }[] }>(
          CompiledQuery.raw(`explain (format json) ${page.sql}`, [...page.parameters]),
        );
        const nodes = planNodes(rows[0]!["QUERY PLAN"][0]!.Plan);
        const users = nodes.filter((node) => node["Relation Name"] === "users");
        expect(users.map((node) => node["Parent Relationship"])).toEqual(["SubPlan"]);
        expect(nodes.map((node) => node["Node Type"])).not.toContain("Hash");
      }
    }
  });

  it("writes the timeline's page size into its statements instead of binding it", async () => {
    // SQLite compiles a statement with a bound `limit ?` again every time the value is bound.
    const recorder = recordQueries(t.handle.db);
    await listEventsForReader(recorder.db, w.engagementId);
    await listEventsForReader(recorder.db, w.engagementId, { direction: "later", limit: 2 });
    await listEventsForReader(recorder.db, w.engagementId, {
      direction: "earlier",
      seq: 3,
      limit: 7,
    });
    const statements = [...recorder.queries, ...(await statementsOf("/events"))];
    for (const { sql } of statements) expect(sql).not.toMatch(/\blimit (\?|\$\d)/i);
    expect(recorder.queries.map(({ sql }) => /\blimit (\d+)\b[^]*$/i.exec(sql)?.[1])).toEqual([
      "51",
      "3",
      "8",
    ]);
  });
});

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Parent Relationship"?: string;
  Plans?: PlanNode[];
}

function planNodes(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(planNodes)];
}
