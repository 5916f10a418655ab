import type { FastifyInstance } from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { TestClockState } from "../../src/contracts/test-clock";
import { buildApp } from "../../src/server/app";
import { setPlatformRole } from "../../src/server/modules/auth/users.repository";
import { moveTestClockForward } from "../../src/server/modules/test-clock/move-test-clock-forward";
import { createDeps } from "../../src/server/create-deps";
import type { AppDeps } from "../../src/server/platform/deps";
import { sweepDueWork } from "../../src/server/sweeper";
import { DIALECTS } from "../support/databases";
import { buildTestApp, signUpPerson, TestClient, type TestApp } from "../support/test-app";
import { DAY_MS, expectError } from "./api-fixtures";
import { buildDeliveryWorld, delivery, submit } from "./delivery/delivery-fixtures";
import { bodyOf } from "./proposals-agreements/proposal-fixtures";
import { buildReviewWorld, caseFromSentThreat, caseUrl } from "./reviews/review-fixtures";

const HOUR_S = 3_600;

async function operatorOf(t: TestApp) {
  const operator = await signUpPerson(t.app, "Olga Operator");
  await setPlatformRole(t.deps.db, operator.userId, "moderator");
  return operator;
}

describe.each(DIALECTS)("an ordinary instance on %s refuses the test clock", (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  it("says it has no test clock, and refuses to move one in the caller's language", async () => {
    const operator = await operatorOf(t);
    // Having none is an answer, not an error: the web asks on every page it loads.
    const shown = await new TestClient(t.app).get("/api/v1/test-clock");
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toEqual({ isEnabled: false });
    const englishRefusal = expectError(
      await operator.client.post("/api/v1/test-clock/advance", { by: "15d" }),
      404,
      "test_clock_disabled",
    );
    expect(englishRefusal.message).toContain("ACCORD_TEST_CLOCK=true");
    expectError(
      await operator.client.post("/api/v1/test-clock/advance", { by: "15d" }),
      404,
      "test_clock_disabled",
    );
    const french = await signUpPerson(t.app, "Fanny", "fr");
    const refused = expectError(
      await french.client.post("/api/v1/test-clock/advance", { by: "15d" }),
      404,
      "test_clock_disabled",
    );
    expect(refused.message).toContain("horloge de test");
    expect(t.deps.clock.now().toISOString()).toBe(t.clock.now().toISOString());
  });
});

describe.each(DIALECTS)("a test clock on %s", (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp(dialect, { testClock: true });
  });
  afterEach(async () => {
    await t.close();
  });

  it("starts at real time, and only platform operators move it", async () => {
    const start = bodyOf<TestClockState>(await new TestClient(t.app).get("/api/v1/test-clock"));
    expect(start).toEqual({
      isEnabled: true,
      now: t.clock.now().toISOString(),
      realNow: t.clock.now().toISOString(),
      offsetSeconds: 0,
      isAhead: false,
    });
    const someone = await signUpPerson(t.app, "Sid");
    expectError(
      await someone.client.post("/api/v1/test-clock/advance", { by: "1d" }),
      403,
      "test_clock_operators_only",
    );
    expectError(
      await new TestClient(t.app).post("/api/v1/test-clock/advance", { by: "1d" }),
      401,
      "unauthenticated",
    );
    const operator = await operatorOf(t);
    for (const by of ["15", "-1d", "367d", "soon", "1d1d"]) {
      const refused = expectError(
        await operator.client.post("/api/v1/test-clock/advance", { by }),
        422,
        "test_clock_advance_invalid",
      );
      expect(
        refused.fields?.map((f) => f.path),
        by,
      ).toEqual(["by"]);
    }

    const moved = bodyOf<TestClockState>(
      await operator.client.post("/api/v1/test-clock/advance", { by: "1d12h" }),
    );

    expect(moved.offsetSeconds).toBe(36 * HOUR_S);
    expect(moved.isAhead).toBe(true);
    expect(Date.parse(moved.now) - Date.parse(moved.realNow)).toBe(36 * HOUR_S * 1000);
    expect(t.deps.clock.now().getTime()).toBe(t.clock.now().getTime() + 36 * HOUR_S * 1000);
  });

  it("ends a moderator's suspension by itself when the test clock passes its end", async () => {
    const operator = await operatorOf(t);
    const w = await buildReviewWorld(t);
    const caseId = await caseFromSentThreat(w);
    bodyOf(await operator.client.post("/api/v1/test-clock/advance", { by: "8d" }));
    bodyOf(
      await operator.client.post(caseUrl(caseId, "/decision"), {
        decision: "suspension",
        reason: "A threat against an honest review",
        suspensionDays: 2,
      }),
    );
    const start = () =>
      w.provider.client.post("/api/v1/engagements", {
        orgId: w.providerOrg.id,
        title: "Another shop",
        counterpartEmail: "someone@example.test",
      });
    // Decided 8 days after 22 November 2026 at 09:00 UTC, for two days.
    const refused = expectError(await start(), 403, "organisation_suspended");
    expect(refused.message).toContain("December 2, 2026 at 9:00");
    bodyOf(await operator.client.post("/api/v1/test-clock/advance", { by: "1d23h59m" }));
    expectError(await start(), 403, "organisation_suspended");
    bodyOf(await operator.client.post("/api/v1/test-clock/advance", { by: "1m" }));
    expect((await start()).statusCode).toBe(201);
  });

  it("makes the review reminder and deemed acceptance happen when advanced", async () => {
    const operator = await operatorOf(t);
    const w = await buildDeliveryWorld(t);
    bodyOf(await submit(w), 201);
    const advance = (by: string) => operator.client.post("/api/v1/test-clock/advance", { by });
    const eventTypes = async () =>
      (
        await t.deps.db
          .selectFrom("engagement_events")
          .select("type")
          .where("engagement_id", "=", w.engagementId)
          .execute()
      ).map((e) => e.type);

    bodyOf(await advance("9d"));
    expect(await eventTypes()).toContain("deliverable.review_due_soon");
    expect((await delivery(w)).deliverables[0]?.status).toBe("in_review");

    bodyOf(await advance("1d"));
    expect((await delivery(w)).deliverables[0]?.status).toBe("deemed_accepted");
    expect(await eventTypes()).toContain("deliverable.deemed_accepted");
  });

  it("is one clock for two app instances on one database, however it was moved", async () => {
    const other = await secondInstance(t);
    try {
      const operator = await operatorOf(t);
      const w = await buildDeliveryWorld(t);
      bodyOf(await submit(w), 201);

      bodyOf(await operator.client.post("/api/v1/test-clock/advance", { by: "2d" }));
      const seenByOther = bodyOf<TestClockState>(
        await new TestClient(other.app).get("/api/v1/test-clock"),
      );
      expect(seenByOther.offsetSeconds).toBe(2 * 24 * HOUR_S);

      // As `accord clock advance` does from another process: only the database moves.
      const moved = await moveTestClockForward(t.deps.db, "8d", t.clock.now());
      expect(moved).toEqual({ ok: true, value: 10 * 24 * HOUR_S });
      await sweepDueWork(other.deps);
      expect((await delivery(w)).deliverables[0]?.status).toBe("deemed_accepted");
      expect(other.deps.clock.now().getTime()).toBe(t.clock.now().getTime() + 10 * DAY_MS);
      const seenByFirst = bodyOf<TestClockState>(
        await new TestClient(t.app).get("/api/v1/test-clock"),
      );
      expect(seenByFirst.now).toBe(new Date(t.clock.now().getTime() + 10 * DAY_MS).toISOString());
    } finally {
      await other.app.close();
      await other.deps.mailer.close();
    }
  });
});

/** Another Accord process on the same database, with its own test clock over the same real time. */
async function secondInstance(t: TestApp): Promise<{ app: FastifyInstance; deps: AppDeps }> {
  const deps = createDeps(
    { db: t.deps.db, dialect: t.deps.dialect, description: "shared", close: async () => {} },
    {
      publicUrl: "http://accord.test",
      signingSecret: "test-signing-secret",
      mail: "outbox",
      clock: t.clock,
      testClock: true,
      testClockRefreshMs: 0,
      filesDirectory: t.filesDirectory,
    },
  );
  const app = await buildApp(deps, {});
  await app.ready();
  return { app, deps };
}
