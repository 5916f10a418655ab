import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sweepDueWork } from "../../../src/server/sweeper";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import { DAY_MS } from "../api-fixtures";
import { buildDeliveryWorld, type DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

interface Point {
  day: string;
  side: "client" | "provider";
  score: number | null;
}
interface Health {
  provider: { score: number | null };
  client: { score: number | null };
  computedAt: string;
}

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

describe.each(DIALECTS)("an engagement's score history on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    w = await buildDeliveryWorld(t);
  });
  afterEach(async () => {
    await t.close();
  });

  it("stores the days a score moved, and answers one point a day per side up to the latest assessment", async () => {
    for (let day = 0; day < 10; day++) {
      t.clock.advance(DAY_MS);
      await sweepDueWork(t.deps);
    }
    const health = bodyOf<Health>(await w.client.client.get(w.url("/health")));
    const { points } = bodyOf<{ points: Point[] }>(
      await w.client.client.get(w.url("/health/history")),
    );
    const stored = await t.deps.db
      .selectFrom("health_history")
      .select(["day", "side"])
      .where("subject_kind", "=", "engagement")
      .where("subject_id", "=", w.engagementId)
      .execute();

    for (const side of ["client", "provider"] as const) {
      const days = points.filter((point) => point.side === side).map((point) => point.day);
      expect(days.length).toBeGreaterThanOrEqual(10);
      // Every day from the first point to the latest assessment, none missing, none twice.
      days.forEach((day, index) => {
        if (index > 0) expect(day).toBe(nextDay(days[index - 1] ?? ""));
      });
      expect(days.at(-1)).toBe(health.computedAt.slice(0, 10));
      expect(points.filter((point) => point.side === side).at(-1)?.score).toBe(health[side].score);
    }
    // Ten quiet days moved no score: far fewer rows stored than points answered.
    expect(stored.length).toBeLessThan(points.length / 2);
  });
});
