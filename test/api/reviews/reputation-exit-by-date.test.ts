import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import type { TestApp } from "../../support/test-app";
import { worldCopies } from "../../support/world-copies";
import { buildDeliveryWorld, type DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

/**
 * Silence counts: an engagement whose exit completed by reaching its date, with no milestone
 * ever accepted, reached a review occasion (its exit) and is in the reputation's denominator.
 */
describe.each(DIALECTS)("reputation's denominator on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  const world = worldCopies(dialect, (built) => buildDeliveryWorld(built));
  beforeEach(async () => {
    ({ t, w } = await world.copy());
  });
  afterEach(async () => {
    await t.close();
  });

  const reviewableOf = async (orgId: string) =>
    bodyOf<{ reviewableEngagements: number; silentEngagements: number }>(
      await w.client.client.get(`/api/v1/orgs/${orgId}/reputation`),
    );

  it("counts an engagement once its exit date has come, not before", async () => {
    const exit = bodyOf<{ exitDate: string }>(
      await w.client.client.post(w.url("/exit"), { reason: "notice" }),
      201,
    );
    expect(await reviewableOf(w.providerOrg.id)).toMatchObject({ reviewableEngagements: 0 });
    const exitAt = Date.parse(`${exit.exitDate}T00:00:00.000Z`);
    t.clock.advance(exitAt - t.clock.now().getTime() - 1);
    expect(await reviewableOf(w.providerOrg.id)).toMatchObject({ reviewableEngagements: 0 });
    t.clock.advance(1);
    for (const org of [w.providerOrg, w.clientOrg]) {
      expect(await reviewableOf(org.id)).toMatchObject({
        reviewableEngagements: 1,
        silentEngagements: 1,
      });
    }
  });
});
