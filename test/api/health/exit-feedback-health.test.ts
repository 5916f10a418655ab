import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rescoreAll } from "../../../src/server/modules/relationship-health/rescore-all";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type Person, type TestApp } from "../../support/test-app";
import { buildDeliveryWorld, type DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";
import { storeRatedCohort } from "./stored-cohort";

interface SideHealth {
  inputs: { input: string; normalised: number | null; evidence: { id: string }[] }[];
}
interface HealthBody {
  provider: SideHealth;
  client: SideHealth;
  warnings: { code: string; level: string; values: Record<string, string | number> }[];
}

/**
 * Issue 14: "exit feedback from both sides (feeds health and reviews)". Each side's private
 * 0–10 exit rating counts as a private rating of the other side, revealed like a blind review:
 * once both sides have given theirs, so neither learns the other's from a score that moved.
 * Before, the rating was kept and never read by health.
 */
describe.each(DIALECTS)("exit feedback in health on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    w = await buildDeliveryWorld(t);
    // Other engagements rated: satisfaction ranks among them.
    await storeRatedCohort(t);
    bodyOf(await w.client.client.post(w.url("/exit"), { reason: "notice" }), 201);
  });
  afterEach(async () => {
    await t.close();
  });

  const healthOf = async (as: Person) => bodyOf<HealthBody>(await as.client.get(w.url("/health")));
  const satisfactionOf = (side: SideHealth) =>
    side.inputs.find((input) => input.input === "satisfaction");

  it("counts both sides' exit ratings once both are in, and never one alone", async () => {
    bodyOf(
      await w.client.client.post(w.url("/exit/feedback"), { rating: 2, wouldWorkAgain: false }),
    );
    // One side alone: the provider's score must not move on the client's rating.
    const alone = await healthOf(w.provider);
    expect(satisfactionOf(alone.provider)?.evidence).toEqual([]);
    expect(alone.warnings.filter((warning) => warning.code === "low_private_rating")).toEqual([]);

    bodyOf(
      await w.provider.client.post(w.url("/exit/feedback"), { rating: 9, wouldWorkAgain: true }),
    );
    const both = await healthOf(w.provider);
    expect(satisfactionOf(both.provider)?.evidence).toHaveLength(1);
    expect(satisfactionOf(both.provider)?.normalised).not.toBeNull();
    expect(satisfactionOf(both.client)?.evidence).toHaveLength(1);
    // The client's 2 of 10 is a low private rating from the client; the provider's 9 is not.
    expect(both.warnings.filter((warning) => warning.code === "low_private_rating")).toEqual([
      expect.objectContaining({ level: "amber", values: { fromSide: "client", count: 1 } }),
    ]);
    // The client's low rating leaves the provider's satisfaction below the client's.
    expect(satisfactionOf(both.provider)?.normalised ?? 100).toBeLessThan(
      satisfactionOf(both.client)?.normalised ?? 0,
    );

    // `accord rescore`, from the ledgers and the ratings they point to, lands on the same.
    await rescoreAll(t.deps, { cohort: "keep" });
    const rescored = await healthOf(w.provider);
    expect(rescored.provider.inputs).toEqual(both.provider.inputs);
    expect(rescored.client.inputs).toEqual(both.client.inputs);
    expect(rescored.warnings).toEqual(both.warnings);
  });
});
