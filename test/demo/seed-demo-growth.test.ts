import { afterEach, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/server/demo/seed-demo";
import { explainEngagementHealth } from "../../src/server/modules/relationship-health/explain-engagement-health";
import { DIALECTS } from "../support/databases";
import { buildTestApp, type TestApp } from "../support/test-app";

describe.each(DIALECTS)("the demo's relationships that grow on %s", (dialect) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
  });

  it("shows goals climbing, a stagnant engagement reviewed and offered a next phase, and recognition both ways", async () => {
    const app = await buildTestApp(dialect);
    t = app;
    await seedDemo(app.deps);
    const db = app.deps.db;
    const engagementOf = async (title: string) =>
      (
        await db
          .selectFrom("engagements")
          .select("id")
          .where("title", "=", title)
          .executeTakeFirstOrThrow()
      ).id;
    const climbing = await engagementOf("Web shop checkout");
    const stagnant = await engagementOf("Clinic booking site");

    const valuesOf = async (engagementId: string, title: string) =>
      (
        await db
          .selectFrom("goal_measurements as m")
          .innerJoin("goals as g", "g.id", "m.goal_id")
          .select("m.value")
          .where("g.engagement_id", "=", engagementId)
          .where("g.title", "=", title)
          .orderBy("m.measured_on")
          .execute()
      ).map((r) => Number(r.value));
    expect(await valuesOf(climbing, "Checkout conversion")).toEqual([1.9, 2.1, 2.3, 2.45, 2.6]);
    expect(await valuesOf(climbing, "Average basket")).toEqual([45, 48.5]);
    expect(await valuesOf(stagnant, "Online bookings per week")).toEqual([122, 131, 134, 133, 135]);

    // Only the stagnant engagement was noticed; both sides answered, so the answers are shown.
    const reviews = await db
      .selectFrom("relationship_reviews")
      .select(["id", "engagement_id", "signals", "revealed_at"])
      .execute();
    expect(reviews.map((r) => r.engagement_id)).toEqual([stagnant]);
    expect(JSON.parse(reviews[0]?.signals ?? "[]")).toEqual(
      expect.arrayContaining(["no_initiative", "goals_flat"]),
    );
    expect(reviews[0]?.revealed_at).not.toBeNull();
    const offers = await db
      .selectFrom("next_phase_offers")
      .select(["engagement_id", "review_id", "status"])
      .execute();
    expect(offers).toEqual([
      { engagement_id: stagnant, review_id: reviews[0]?.id, status: "sent" },
    ]);

    const recognitions = await db
      .selectFrom("recognitions")
      .select(["kind", "from_side", "status", "text_approved_at", "text"])
      .where("engagement_id", "=", climbing)
      .orderBy("created_at")
      .execute();
    expect(recognitions.map((r) => [r.kind, r.from_side, r.status])).toEqual([
      ["kudos", "client", "published"],
      ["kudos", "provider", "published"],
      ["testimonial", "client", "published"],
    ]);
    expect(recognitions[2]?.text_approved_at).not.toBeNull();
    expect(recognitions[2]?.text).toContain("1.8 % to 2.6 %");

    // Each side's score on the climbing engagement takes the recognition it received.
    const health = await db
      .selectFrom("engagement_health")
      .selectAll()
      .where("engagement_id", "=", climbing)
      .executeTakeFirstOrThrow();
    const explained = await explainEngagementHealth(db, health);
    expect(explained.provider.recognition.count).toBe(2);
    expect(explained.client.recognition.count).toBe(1);
    expect(explained.provider.score).not.toBeNull();
  });
});
