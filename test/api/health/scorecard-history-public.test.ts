import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import {
  ALL_MET,
  buildDeliveryWorld,
  evaluate,
  submit,
  type DeliveryWorld,
} from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

interface ScorecardBody {
  sides: { side: string; score: number | null; isNew: boolean }[];
  history: { day: string; side: string; score: number | null }[];
}

const NEW_DAY = "2026-10-01";
const PUBLIC_DAY = "2026-10-05";
const TODAY = "2026-10-08";

describe.each(DIALECTS)("a scorecard's history seen by a counterparty on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  let writtenByTheWorld: { is_new: number | null }[];
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    w = await buildDeliveryWorld(t);
    // A round judged: evidence on both sides, so each side's score (and history) starts.
    const round = bodyOf<{ id: string }>(await submit(w, "d1"), 201);
    bodyOf(await evaluate(w, round.id, ALL_MET));
    // The client side as it stands once it has left "new": a public score today, and a history
    // whose first point was written while it was new (one engagement's score: 95).
    const db = t.deps.db;
    const row = await db
      .selectFrom("organisation_health")
      .select("explanation")
      .where("org_id", "=", w.clientOrg.id)
      .where("side", "=", "client")
      .executeTakeFirstOrThrow();
    const explanation = {
      ...(JSON.parse(row.explanation) as Record<string, unknown>),
      score: 70,
      isNew: false,
      engagementCount: 3,
      counterpartyCount: 2,
    };
    await db
      .updateTable("organisation_health")
      .set({
        score: 70,
        is_new: 0,
        engagement_count: 3,
        counterparty_count: 2,
        explanation: JSON.stringify(explanation),
        computed_at: `${TODAY}T12:00:00.000Z`,
      })
      .where("org_id", "=", w.clientOrg.id)
      .where("side", "=", "client")
      .execute();
    writtenByTheWorld = await db
      .selectFrom("health_history")
      .select("is_new")
      .where("subject_kind", "=", "organisation")
      .where("subject_id", "=", w.clientOrg.id)
      .execute();
    await db
      .deleteFrom("health_history")
      .where("subject_kind", "=", "organisation")
      .where("subject_id", "=", w.clientOrg.id)
      .execute();
    const point = (day: string, score: number, isNew: number | null) => ({
      subject_kind: "organisation" as const,
      subject_id: w.clientOrg.id,
      side: "client",
      day,
      score,
      recorded_at: `${day}T12:00:00.000Z`,
      is_new: isNew,
    });
    await db
      .insertInto("health_history")
      .values([point(NEW_DAY, 95, 1), point(PUBLIC_DAY, 70, 0)])
      .execute();
  });
  afterEach(async () => {
    await t.close();
  });

  const clientHistory = async (reader: DeliveryWorld["client"]) =>
    bodyOf<ScorecardBody>(
      await reader.client.get(`/api/v1/orgs/${w.clientOrg.id}/scorecard`),
    ).history.filter((p) => p.side === "client");

  it("shows a counterparty no point from the days the side was still new", async () => {
    const seen = await clientHistory(w.provider);
    expect(seen.map((p) => p.score)).not.toContain(95);
    expect(seen[0]).toEqual({ day: PUBLIC_DAY, side: "client", score: 70 });
    expect(seen.at(-1)?.day).toBe(TODAY);
    expect(seen.every((p) => p.day >= PUBLIC_DAY)).toBe(true);
  });

  it("writes each organisation point with whether the side was new then", () => {
    expect(writtenByTheWorld.length).toBeGreaterThan(0);
    // One engagement: below the minimum sample on every point the agreement's events wrote.
    expect(writtenByTheWorld.every((p) => Number(p.is_new) === 1)).toBe(true);
  });

  it("shows the organisation's own people all of it", async () => {
    const own = await clientHistory(w.client);
    expect(own[0]).toEqual({ day: NEW_DAY, side: "client", score: 95 });
    expect(own.at(-1)).toEqual({ day: TODAY, side: "client", score: 70 });
  });

  it("keeps a point written before the side's status was kept from a counterparty", async () => {
    await t.deps.db
      .updateTable("health_history")
      .set({ is_new: null })
      .where("subject_id", "=", w.clientOrg.id)
      .where("day", "=", PUBLIC_DAY)
      .execute();
    expect(await clientHistory(w.provider)).toEqual([]);
  });
});
