import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatDay } from "../../../src/i18n/format";
import { DIALECTS } from "../../support/databases";
import type { TestApp } from "../../support/test-app";
import { worldCopies } from "../../support/world-copies";
import { expectError } from "../api-fixtures";
import { bodyOf, joinAs } from "../proposals-agreements/proposal-fixtures";
import {
  buildGrowthWorld,
  CONVERSION,
  recordValue,
  setConversionGoal,
  type GoalBody,
  nextPhase,
  type GrowthWorld,
} from "./growth-fixtures";

/**
 * Growth's inputs refused as a hidden test would send them: each a 4xx naming its field, in the
 * reader's language, and nothing written. A goal whose target is its baseline, or due before
 * today, has nothing to aim for; a correction to the value already recorded corrects nothing;
 * the client's qualities are the provider's to recognise.
 */
describe.each(DIALECTS)("growth's refused inputs on %s", (dialect) => {
  let t: TestApp;
  let w: GrowthWorld;
  const world = worldCopies(dialect, (built) => buildGrowthWorld(built));
  beforeEach(async () => {
    ({ t, w } = await world.copy());
  });
  afterEach(async () => {
    await t.close();
  });

  const today = () => t.clock.now().toISOString().slice(0, 10);
  const goalCount = async () =>
    bodyOf<{ goals: GoalBody[] }>(await w.client.client.get(w.url("/goals"))).goals.length;

  it("refuses a goal whose target is its baseline, naming the target, in French too", async () => {
    const refused = expectError(
      await w.client.client.post(w.url("/goals"), { ...CONVERSION, target: CONVERSION.baseline }),
      400,
      "validation_failed",
    );
    expect(refused.fields).toEqual([
      {
        path: "target",
        code: "target_equals_baseline",
        message: "The target must differ from the baseline, or there is nothing to aim for.",
      },
    ]);
    const french = await joinAs(t, w.client, w.clientOrg, "Fanny", "member", "fr");
    const frenchRefusal = expectError(
      await french.client.post(w.url("/goals"), { ...CONVERSION, target: 1.8 }),
      400,
      "validation_failed",
    );
    expect(frenchRefusal.fields?.[0]?.message).toBe(
      "La cible doit différer de la valeur de départ, sinon il n’y a rien à viser.",
    );
    expect(await goalCount()).toBe(0);
  });

  it("refuses a goal due before today, naming the field and today; today itself is fine", async () => {
    const refused = expectError(
      await w.client.client.post(w.url("/goals"), { ...CONVERSION, dueDate: "2020-01-01" }),
      400,
      "validation_failed",
    );
    expect(refused.fields).toEqual([
      {
        path: "dueDate",
        code: "day_before_today",
        message: "Must be today (November 22, 2026) or later.",
      },
    ]);
    expect(await goalCount()).toBe(0);
    bodyOf(await w.client.client.post(w.url("/goals"), { ...CONVERSION, dueDate: today() }), 201);
  });

  it("reads an empty due date as none", async () => {
    const goal = bodyOf<{ dueDate: string | null }>(
      await w.client.client.post(w.url("/goals"), { ...CONVERSION, dueDate: "" }),
      201,
    );
    expect(goal.dueDate).toBeNull();
  });

  it("refuses a goal due more than ten years ahead, naming the field and the last day allowed", async () => {
    const refused = expectError(
      await w.client.client.post(w.url("/goals"), { ...CONVERSION, dueDate: "2206-11-22" }),
      400,
      "validation_failed",
    );
    expect(refused.fields).toEqual([
      {
        path: "dueDate",
        code: "day_too_far_ahead",
        message:
          "A day is planned at most ten years ahead, November 22, 2036 at the latest: November 22, 2206 is later.",
      },
    ]);
    expect(await goalCount()).toBe(0);
    bodyOf(
      await w.client.client.post(w.url("/goals"), { ...CONVERSION, dueDate: "2036-11-22" }),
      201,
    );
  });

  it("refuses a next phase planned more than ten years ahead, its goals' due dates and its milestones alike", async () => {
    const goal = await setConversionGoal(w);
    const offer = nextPhase([goal.id]);
    const [first] = offer.goals;
    const farGoal = expectError(
      await w.provider.client.post(w.url("/next-phase-offers"), {
        ...offer,
        goals: [first, { ...first, dueDate: "2206-01-01" }],
      }),
      400,
      "validation_failed",
    );
    expect(farGoal.fields).toEqual([
      expect.objectContaining({ path: "goals.1.dueDate", code: "day_too_far_ahead" }),
    ]);
    const milestones = offer.terms.milestones.map((m) => ({ ...m, dueDate: "2206-01-01" }));
    expect(milestones.length).toBeGreaterThan(0);
    const farMilestone = expectError(
      await w.provider.client.post(w.url("/next-phase-offers"), {
        ...offer,
        terms: { ...offer.terms, milestones },
      }),
      400,
      "validation_failed",
    );
    expect(farMilestone.fields).toEqual([
      expect.objectContaining({ path: "terms.milestones.0.dueDate", code: "day_too_far_ahead" }),
    ]);
    expect(farMilestone.fields?.[0]?.message).toContain("November 22, 2036");
    const offers = bodyOf<{ offers: unknown[] }>(
      await w.client.client.get(w.url("/next-phase-offers")),
    );
    expect(offers.offers).toEqual([]);
  });

  it("names the field of a brief measure it does not have and of a day not yet come", async () => {
    const noMeasure = expectError(
      await w.client.client.post(w.url("/goals"), {
        ...CONVERSION,
        source: { kind: "brief", measureIndex: 42 },
      }),
      422,
      "brief_measure_unknown",
    );
    expect(noMeasure.fields?.map((f) => f.path)).toEqual(["source.measureIndex"]);
    const goal = await setConversionGoal(w);
    const future = expectError(
      await recordValue(w, goal.id, 2.2, "2099-01-01"),
      422,
      "measured_on_in_future",
    );
    expect(future.fields?.map((f) => f.path)).toEqual(["measuredOn"]);
  });

  it("refuses a value measured before the goal was set, naming that day, in French too", async () => {
    const goal = await setConversionGoal(w);
    const setOn = today();
    const french = await joinAs(t, w.provider, w.providerOrg, "Pierre", "member", "fr");
    const dayBefore = new Date(Date.parse(`${setOn}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    for (const measuredOn of ["1900-01-01", dayBefore]) {
      const refused = expectError(
        await recordValue(w, goal.id, 2.2, measuredOn, french),
        400,
        "validation_failed",
      );
      expect(refused.fields, measuredOn).toEqual([
        expect.objectContaining({ path: "measuredOn", code: "measured_on_before_goal" }),
      ]);
      expect(refused.fields?.[0]?.message).toContain(formatDay("fr", setOn));
    }
    const values = await t.deps.db.selectFrom("goal_measurements").select("id").execute();
    expect(values).toEqual([]);
    bodyOf(await recordValue(w, goal.id, 2.2, setOn), 201);
  });

  it("refuses a correction to the value already recorded, and keeps the way open for a real one", async () => {
    const goal = await setConversionGoal(w);
    const measured = bodyOf<GoalBody>(await recordValue(w, goal.id, 2.1, today()), 201);
    const measurementId = measured.measurements[0]?.id ?? "";
    const correct = (value: number) =>
      w.client.client.post(w.url(`/goals/${goal.id}/values/${measurementId}/corrections`), {
        value,
        reason: "The export counted test orders",
      });
    const refused = expectError(await correct(2.1), 400, "validation_failed");
    expect(refused.fields).toEqual([
      {
        path: "value",
        code: "correction_unchanged",
        message: "This is the value already recorded: a correction proposes a different one.",
      },
    ]);
    const proposed = bodyOf<GoalBody>(await correct(2.0), 201);
    expect(proposed.measurements[0]?.corrections).toHaveLength(1);
  });

  it("lets only the provider recognise the client's qualities, and says why an introduction needs its organisation", async () => {
    const give = (as: typeof w.client, body: Record<string, unknown>) =>
      as.client.post(w.url("/recognitions"), { people: ["Pedro"], text: "Thank you", ...body });
    const refused = expectError(
      await give(w.client, { kind: "kudos", reason: "on_time_payment" }),
      400,
      "validation_failed",
    );
    expect(refused.fields).toEqual([
      expect.objectContaining({ path: "reason", code: "reason_provider_only" }),
    ]);
    const introduction = expectError(
      await give(w.client, { kind: "introduction" }),
      400,
      "validation_failed",
    );
    expect(introduction.fields).toEqual([
      {
        path: "introducedOrg",
        code: "introduction_names_org",
        message:
          "An introduction names the organisation it introduces to, and only an introduction does.",
      },
    ]);
    const list = async () =>
      bodyOf<{ recognitions: unknown[] }>(await w.client.client.get(w.url("/recognitions")))
        .recognitions;
    expect(await list()).toEqual([]);
    bodyOf(await give(w.provider, { kind: "kudos", reason: "on_time_payment" }), 201);
    expect(await list()).toHaveLength(1);
  });

  it("refuses a next phase whose goal is due before today or aims at its baseline, naming the goal", async () => {
    const goal = await setConversionGoal(w);
    const offer = nextPhase([goal.id]);
    const send = (goals: unknown) =>
      w.provider.client.post(w.url("/next-phase-offers"), { ...offer, goals });
    const [first] = offer.goals;
    const pastDue = expectError(
      await send([first, { ...first, dueDate: "2020-01-01" }]),
      400,
      "validation_failed",
    );
    expect(pastDue.fields).toEqual([
      expect.objectContaining({ path: "goals.1.dueDate", code: "day_before_today" }),
    ]);
    const flat = expectError(
      await send([{ ...first, target: first?.baseline }]),
      400,
      "validation_failed",
    );
    expect(flat.fields).toEqual([
      expect.objectContaining({ path: "goals.0.target", code: "target_equals_baseline" }),
    ]);
    const unknown = expectError(
      await w.provider.client.post(w.url("/next-phase-offers"), {
        ...offer,
        justifiedByGoalIds: [goal.id, "01a23ec1-0000-7000-8000-000000000000"],
      }),
      422,
      "offer_justification_unknown",
    );
    expect(unknown.fields?.map((f) => f.path)).toEqual(["justifiedByGoalIds.1"]);
    const offers = bodyOf<{ offers: unknown[] }>(
      await w.client.client.get(w.url("/next-phase-offers")),
    );
    expect(offers.offers).toEqual([]);
  });
});
