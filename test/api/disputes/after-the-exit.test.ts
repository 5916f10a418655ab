import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sweepDueWork } from "../../../src/server/sweeper";
import { DIALECTS } from "../../support/databases";
import type { TestApp } from "../../support/test-app";
import { worldCopies } from "../../support/world-copies";
import { expectError, type LedgerEventBody } from "../api-fixtures";
import {
  buildGrowthWorld,
  CONVERSION,
  nextPhase,
  passDays,
  recordValue,
  setConversionGoal,
  type GrowthWorld,
} from "../growth/growth-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

/**
 * Parting ways ends the relationship's recurring work: no check-in opens (and no reminder is
 * e-mailed) after the exit date, and an engagement under notice is parting, not stagnating, so
 * no review of the relationship opens on it. Both used to go on as if nobody had given notice.
 * Nor does an ended engagement take new goals, measured values, next-phase offers, change
 * requests or amendments (they were accepted after the exit date); reading and a thank-you stay
 * open.
 */
describe.each(DIALECTS)("after the exit on %s", (dialect) => {
  let t: TestApp;
  let w: GrowthWorld;
  const world = worldCopies(dialect, (built) => buildGrowthWorld(built));
  beforeEach(async () => {
    ({ t, w } = await world.copy());
  });
  afterEach(async () => {
    await t.close();
  });

  const opened = async (type: string) =>
    bodyOf<{ events: LedgerEventBody[] }>(
      await w.client.client.get(w.url("/events")),
    ).events.filter((e) => e.type === type).length;
  const giveNotice = async () => {
    const exit = bodyOf<{ exitDate: string }>(
      await w.client.client.post(w.url("/exit"), { reason: "notice" }),
      201,
    );
    return exit.exitDate;
  };

  it("opens check-ins during the notice period and none after the exit date", async () => {
    const exitDate = await giveNotice();
    for (let day = 0; day < 35; day += 5) {
      await passDays(t, w, 5);
      await sweepDueWork(t.deps);
    }
    expect(t.clock.now().toISOString().slice(0, 10) > exitDate).toBe(true);
    const byTheExit = await opened("check_in.opened");
    expect(byTheExit).toBeGreaterThan(0);
    for (let day = 0; day < 60; day += 10) {
      await passDays(t, w, 10);
      await sweepDueWork(t.deps);
    }
    expect(await opened("check_in.opened")).toBe(byTheExit);
  });

  it("opens no review of the relationship on an engagement under notice", async () => {
    await giveNotice();
    await passDays(t, w, 125);
    await sweepDueWork(t.deps);
    expect(await opened("relationship_review.opened")).toBe(0);
    const reviews = bodyOf<{ reviews: unknown[] }>(
      await w.provider.client.get(w.url("/relationship-reviews")),
    );
    expect(reviews.reviews).toEqual([]);
  });

  it("refuses new goals, values and next phases once the exit date has passed, writing nothing", async () => {
    const goal = await setConversionGoal(w);
    const today = () => t.clock.now().toISOString().slice(0, 10);
    const offered = bodyOf<{ id: string }>(
      await w.provider.client.post(w.url("/next-phase-offers"), nextPhase([goal.id])),
      201,
    );
    const exitDate = await giveNotice();
    // During the notice period the relationship still measures its goals.
    bodyOf(await recordValue(w, goal.id, 2.1, today()), 201);
    while (today() <= exitDate) await passDays(t, w, 5);

    const counts = async () => ({
      goals: (await t.deps.db.selectFrom("goals").select("id").execute()).length,
      values: (await t.deps.db.selectFrom("goal_measurements").select("id").execute()).length,
      offers: await t.deps.db
        .selectFrom("next_phase_offers")
        .select(["id", "status"])
        .orderBy("id")
        .execute(),
      events: (await t.deps.db.selectFrom("engagement_events").select("id").execute()).length,
      changes: (await t.deps.db.selectFrom("change_requests").select("id").execute()).length,
      versions: (await t.deps.db.selectFrom("agreement_versions").select("id").execute()).length,
    });
    const before = await counts();
    const attempts = [
      () => w.client.client.post(w.url("/goals"), { ...CONVERSION, title: "Reach" }),
      () => recordValue(w, goal.id, 2.4, today()),
      () => w.provider.client.post(w.url("/next-phase-offers"), nextPhase([goal.id])),
      () =>
        w.client.client.post(w.url(`/next-phase-offers/${offered.id}/answer`), {
          outcome: "accepted",
        }),
      () => w.client.client.post(w.url("/change-requests"), { title: "Gift cards", reason: "Why" }),
      () => w.provider.client.post(w.url("/agreement/amendments")),
    ];
    const messages: Record<string, string[]> = {};
    for (const locale of ["en", "fr"]) {
      for (const person of [w.client, w.provider]) {
        bodyOf(await person.client.request("PATCH", "/api/v1/me", { locale }));
      }
      messages[locale] = [];
      for (const attempt of attempts) {
        const refused = expectError(await attempt(), 409, "engagement_ended");
        expect(refused.message, locale).not.toMatch(/engagement_ended|\{|\}/);
        messages[locale]?.push(refused.message);
      }
    }
    expect(messages.en?.[0]).toMatch(/^This engagement ended on .+: new goals/);
    expect(messages.en?.[0]).toContain("change requests and amendments are closed");
    expect(messages.fr?.[0]).toMatch(/^Cette mission a pris fin le .+ : les nouveaux objectifs/);
    expect(await counts()).toEqual(before);

    // Reading the goals and thanking the other side stay open.
    bodyOf(await w.client.client.get(w.url("/goals")));
    bodyOf(
      await w.client.client.post(w.url("/recognitions"), {
        kind: "kudos",
        subject: { kind: "goal", id: goal.id },
        people: ["Ana"],
        text: "Thank you for the work together",
      }),
      201,
    );
  });
});
