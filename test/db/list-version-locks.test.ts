import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startEngagement } from "../api/api-fixtures";
import { buildBillingWorld } from "../api/billing/billing-fixtures";
import type { DeliveryWorld } from "../api/delivery/delivery-fixtures";
import { untilWaitingForALock } from "../support/pg-lock-wait";
import { buildTestApp, type TestApp } from "../support/test-app";

/**
 * On PostgreSQL the list versions' bumps lock organisation rows; health's reaction locks an
 * organisation's health row. Two writers taking those in opposite orders deadlocked (one of
 * them answered 500) until the bumps were deferred to the commit (migration 0029). This plays
 * the interleaving that did it, with raw statements on two connections: the first writer holds
 * the client's health row and then changes its engagement's facts; the second changes another
 * engagement's facts of the same client and then asks for that health row.
 */
describe("list versions and health's locks on postgres", () => {
  let t: TestApp;
  let w: DeliveryWorld;
  beforeEach(async () => {
    t = await buildTestApp("postgres");
    w = await buildBillingWorld(t);
  });
  afterEach(async () => {
    await t.close();
  });

  it("a writer holding an organisation's health row and one bumping its list version both commit", async () => {
    const other = await startEngagement(w.client, w.clientOrg, "someone@example.test", "Logo");
    // A list stores the facts rows of engagements that have none yet.
    expect((await w.client.client.get("/api/v1/engagements")).statusCode).toBe(200);
    const db = t.handle.db;
    const facts = await db
      .selectFrom("engagement_summary_facts")
      .select("engagement_id")
      .where("engagement_id", "in", [w.engagementId, other.id])
      .execute();
    expect(facts).toHaveLength(2);
    const health = await db
      .selectFrom("organisation_health")
      .select("org_id")
      .where("org_id", "=", w.clientOrg.id)
      .execute();
    expect(health.length).toBeGreaterThan(0);

    const lockHealth = sql`select org_id from organisation_health where org_id = ${w.clientOrg.id} for update`;
    const touchFacts = (engagementId: string) =>
      sql`update engagement_summary_facts set refreshed_at = refreshed_at where engagement_id = ${engagementId}`;
    let second: Promise<void> | undefined;
    await db.transaction().execute(async (first) => {
      await lockHealth.execute(first);
      second = db.transaction().execute(async (trx) => {
        await touchFacts(other.id).execute(trx);
        await lockHealth.execute(trx);
      });
      await untilWaitingForALock(t);
      await touchFacts(w.engagementId).execute(first);
    });
    await second;
    const versions = await db
      .selectFrom("organisations")
      .select(["id", "list_version"])
      .where("id", "=", w.clientOrg.id)
      .executeTakeFirstOrThrow();
    expect(Number(versions.list_version)).toBeGreaterThan(0);
  });
});
