import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sweepDueWork } from "../../../src/server/sweeper";
import { DIALECTS } from "../../support/databases";
import type { TestApp } from "../../support/test-app";
import { worldCopies } from "../../support/world-copies";
import type { LedgerEventBody } from "../api-fixtures";
import { buildGrowthWorld, passDays, type GrowthWorld } from "../growth/growth-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

/**
 * Parting ways ends the relationship's recurring work: no check-in opens (and no reminder is
 * e-mailed) after the exit date, and an engagement under notice is parting, not stagnating, so
 * no review of the relationship opens on it. Both used to go on as if nobody had given notice.
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
});
