import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sweepDueWork } from "../../../src/server/sweeper";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, signUpPerson, type Person, type TestApp } from "../../support/test-app";
import { DAY_MS, createOrg, expectError } from "../api-fixtures";
import {
  ALL_MET,
  buildDeliveryWorld,
  evaluate,
  submit,
  type DeliveryWorld,
} from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";
import { storeRatedCohort } from "./stored-cohort";

const SECRET = "Clara's private remark 7f3a";

interface CheckInBody {
  id: string;
  status: string;
  myAnswer: { counterpartRating: number; comment: string } | null;
  hasOtherSideAnswered: boolean;
}
interface HealthBody {
  provider: {
    score: number | null;
    inputs: {
      input: string;
      raw: number | null;
      normalised: number | null;
      contribution: number | null;
    }[];
  };
  client: { score: number | null };
  warnings: { code: string }[];
}

/** Every number in a JSON reply, with where it is. */
function numbersIn(value: unknown, path = ""): { path: string; value: number }[] {
  if (typeof value === "number") return [{ path, value }];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, item]) => numbersIn(item, `${path}.${key}`));
}

describe.each(DIALECTS)("private check-ins and health on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  let outsider: Person;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    w = await buildDeliveryWorld(t);
    outsider = await signUpPerson(t.app, "Olga");
    await createOrg(outsider, "client");
  });
  afterEach(async () => {
    await t.close();
  });

  const answer = (person: Person, rating: number, comment: string) =>
    person.client.post(w.url("/check-in"), {
      relationshipRating: rating,
      counterpartRating: rating,
      reasons: ["clear_communication", "on_time"],
      comment,
    });

  it("gives a lone rating no value while fewer organisations are rated than anonymity needs", async () => {
    // A new instance: nobody rated yet, so no cohort to rank the client's one rating among.
    t.clock.advance(15 * DAY_MS);
    await sweepDueWork(t.deps);
    bodyOf<CheckInBody>(await answer(w.client, 2, "slow"), 201);
    bodyOf<CheckInBody>(await answer(w.provider, 9, "fine"), 201);
    const health = bodyOf<HealthBody>(await w.provider.client.get(w.url("/health")));
    const satisfaction = health.provider.inputs.find((i) => i.input === "satisfaction");
    // Before, its normalised value was ten times the smoothed mean, (2 + 5 × 7) / 6 × 10 = 61.7,
    // from which the provider could work the client's 2 back.
    expect(satisfaction).toMatchObject({ normalised: null, contribution: null });
  });

  it("opens a check-in on the cadence, never shows one side's answer to the other, and counts both once closed", async () => {
    // Other engagements rated: satisfaction ranks among them.
    await storeRatedCohort(t);
    expect((await answer(w.client, 9, SECRET)).statusCode).toBe(409);
    t.clock.advance(15 * DAY_MS);
    await sweepDueWork(t.deps);
    const answered = bodyOf<CheckInBody>(await answer(w.client, 9, SECRET), 201);
    expect(answered).toMatchObject({
      status: "open",
      myAnswer: { counterpartRating: 9, comment: SECRET },
    });
    expect((await answer(w.client, 3, "again")).statusCode).toBe(409);

    const seenByProvider = bodyOf<{ checkIns: CheckInBody[] }>(
      await w.provider.client.get(w.url("/check-ins")),
    );
    expect(seenByProvider.checkIns[0]).toMatchObject({
      myAnswer: null,
      hasOtherSideAnswered: true,
    });

    bodyOf<CheckInBody>(await answer(w.provider, 8, "fine"), 201);
    const health = bodyOf<HealthBody>(await w.provider.client.get(w.url("/health")));
    const satisfaction = health.provider.inputs.find((i) => i.input === "satisfaction");
    // The client's rating now counts, but its value never travels: only its percentile.
    expect(satisfaction?.normalised).not.toBeNull();
    expect(satisfaction?.raw).toBeNull();

    // No endpoint the provider can read carries the client's answer.
    for (const path of [
      w.url("/check-ins"),
      w.url("/health"),
      w.url("/health/history"),
      w.url("/events"),
      w.url(),
    ]) {
      const response = await w.provider.client.get(path);
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain(SECRET);
      expect(response.body).not.toContain('"counterpartRating":9');
    }
    const scorecard = await w.provider.client.get(`/api/v1/orgs/${w.clientOrg.id}/scorecard`);
    expect(scorecard.statusCode).toBe(200);
    expect(scorecard.body).not.toContain(SECRET);
    // One engagement is below the minimum sample: the counterparty sees no score yet.
    expect(bodyOf<{ sides: { score: number | null; isNew: boolean }[] }>(scorecard).sides).toEqual(
      expect.arrayContaining([expect.objectContaining({ isNew: true, score: null })]),
    );
  });

  it("answers health's and the scorecards' numbers as the health tab reads them, with no floating-point remainder", async () => {
    // One first-time acceptance: quality is (1 + 5 × 0.7) / 6 = 0.75 → 62.5; reliability
    // (1 + 5 × 0.85) / 6 = 0.875 → 70 (plus a remainder, unrounded: 70.00000000000001).
    const round = bodyOf<{ id: string }>(await submit(w, "d1"), 201);
    bodyOf(await evaluate(w, round.id, ALL_MET));
    const replies = [
      await w.provider.client.get(w.url("/health")),
      await w.client.client.get(w.url("/health")),
      await w.provider.client.get(`/api/v1/orgs/${w.providerOrg.id}/scorecard`),
      await w.client.client.get(`/api/v1/orgs/${w.clientOrg.id}/scorecard`),
    ].map((response) => bodyOf<unknown>(response));
    const health = replies[0] as HealthBody;
    expect(health.provider.inputs.find((i) => i.input === "reliability")).toMatchObject({
      raw: 0.88,
      normalised: 70,
    });
    expect(health.provider.inputs.find((i) => i.input === "quality")).toMatchObject({
      raw: 0.75,
      normalised: 63,
    });
    // Every number in every reply: at most two decimals (a share read as a whole percent).
    const unrounded = replies.flatMap((reply) =>
      numbersIn(reply).filter(({ value }) => Math.round(value * 100) / 100 !== value),
    );
    expect(unrounded).toEqual([]);
  });

  it("answers 404 to another organisation for the engagement's health, check-ins and scorecards", async () => {
    for (const path of [w.url("/health"), w.url("/health/history"), w.url("/check-ins")]) {
      expect((await outsider.client.get(path)).statusCode).toBe(404);
    }
    expect((await answer(outsider, 1, "x")).statusCode).toBe(404);
    expect((await outsider.client.get(`/api/v1/orgs/${w.clientOrg.id}/scorecard`)).statusCode).toBe(
      404,
    );
    expect(
      (await outsider.client.get(`/api/v1/orgs/${w.providerOrg.id}/scorecard`)).statusCode,
    ).toBe(404);
    expect((await w.client.client.get(`/api/v1/orgs/${w.clientOrg.id}/scorecard`)).statusCode).toBe(
      200,
    );
  });

  it("tells a side that answers again that it already answered, even once both answers closed the check-in", async () => {
    t.clock.advance(15 * DAY_MS);
    await sweepDueWork(t.deps);
    bodyOf<CheckInBody>(await answer(w.client, 9, "good"), 201);
    expectError(await answer(w.client, 3, "again"), 409, "check_in_already_answered");
    // The provider's answer closes the window at once: both sides answered.
    bodyOf<CheckInBody>(await answer(w.provider, 8, "fine"), 201);
    expectError(await answer(w.client, 3, "again"), 409, "check_in_already_answered");
    expectError(await answer(w.provider, 3, "again"), 409, "check_in_already_answered");
  });

  it("tells a side that missed a check-in's window that it closed, and one that answered that it did", async () => {
    t.clock.advance(15 * DAY_MS);
    await sweepDueWork(t.deps);
    bodyOf<CheckInBody>(await answer(w.client, 9, "good"), 201);
    // A week later the window closes without the provider's answer.
    t.clock.advance(8 * DAY_MS);
    await sweepDueWork(t.deps);
    expectError(await answer(w.provider, 8, "late"), 409, "check_in_closed");
    expectError(await answer(w.client, 3, "again"), 409, "check_in_already_answered");
  });

  it("refuses a reason picked twice naming the reasons, and writes no answer", async () => {
    t.clock.advance(15 * DAY_MS);
    await sweepDueWork(t.deps);
    const refused = expectError(
      await w.client.client.post(w.url("/check-in"), {
        relationshipRating: 7,
        counterpartRating: 7,
        reasons: ["on_time", "on_time"],
      }),
      400,
      "validation_failed",
    );
    expect(refused.fields).toEqual([
      { path: "reasons", code: "repeated_items", message: "Choose each item only once." },
    ]);
    bodyOf<CheckInBody>(await answer(w.client, 7, "first answer"), 201);
  });
});
