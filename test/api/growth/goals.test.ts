import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { signUpPerson, type TestApp } from "../../support/test-app";
import { worldCopies } from "../../support/world-copies";
import { addMember, expectError, expectErrorAt, type LedgerEventBody } from "../api-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";
import {
  buildGrowthWorld,
  CONVERSION,
  passDays,
  recordValue,
  setConversionGoal,
  type GoalBody,
  type GrowthWorld,
} from "./growth-fixtures";

interface GoalListBody {
  goals: GoalBody[];
  suggestions: { measureIndex: number; title: string; target: number | null; unit: string }[];
  abilities: { setGoal: boolean; measure: boolean };
}

describe.each(DIALECTS)("goals measured by both sides on %s", (dialect) => {
  let t: TestApp;
  let w: GrowthWorld;
  // Each test starts from a copy of one world built once per dialect.
  const world = worldCopies(dialect, (built) => buildGrowthWorld(built));
  beforeEach(async () => {
    ({ t, w } = await world.copy());
  });
  afterEach(async () => {
    await t.close();
  });

  it("reads a measure's numbers in the language its author writes in, and guesses none", async () => {
    const briefId = w.brief.id;
    const brief = await t.deps.db
      .selectFrom("briefs")
      .select(["content", "created_by"])
      .where("id", "=", briefId)
      .executeTakeFirstOrThrow();
    const content = JSON.parse(brief.content) as Record<string, unknown>;
    const successMeasures = ["From 1,000 to 2,000 orders a month", "Conversion at 3,5 %"];
    await t.deps.db
      .updateTable("briefs")
      .set({ content: JSON.stringify({ ...content, successMeasures }) })
      .where("id", "=", briefId)
      .execute();
    const targets = async () =>
      bodyOf<GoalListBody>(await w.provider.client.get(w.url("/goals"))).suggestions.map((s) => [
        s.target,
        s.unit,
      ]);
    const writtenIn = (locale: string) =>
      t.deps.db.updateTable("users").set({ locale }).where("id", "=", brief.created_by).execute();

    // In English the comma groups thousands; "3,5" is no English number, so no target is guessed.
    await writtenIn("en");
    expect(await targets()).toEqual([
      [2000, "orders"],
      [null, "%"],
    ]);
    // In French the comma marks decimals.
    await writtenIn("fr");
    expect(await targets()).toEqual([
      [2, "orders"],
      [3.5, "%"],
    ]);
  });

  it("brings the brief's success measure in as a goal, once", async () => {
    const before = bodyOf<GoalListBody>(await w.client.client.get(w.url("/goals")));
    expect(before.suggestions).toEqual([
      { measureIndex: 0, title: "200 orders in 3 months", target: 200, unit: "orders" },
    ]);
    expect(before.abilities).toEqual({ setGoal: true, measure: true });

    const body = {
      title: "Orders",
      baseline: 0,
      target: 200,
      unit: "orders",
      source: { kind: "brief", measureIndex: 0 },
    };
    const goal = bodyOf<GoalBody>(await w.client.client.post(w.url("/goals"), body), 201);
    expect(goal.source).toEqual({ kind: "brief", ref: "0" });
    // The agreement's check-in cadence when none is named.
    expect(goal.cadenceDays).toBeGreaterThan(0);
    expectErrorAt(
      await w.provider.client.post(w.url("/goals"), body),
      409,
      "goal_exists_for_measure",
      "source.measureIndex",
    );
    expectError(
      await w.provider.client.post(w.url("/goals"), {
        ...body,
        source: { kind: "brief", measureIndex: 3 },
      }),
      422,
      "brief_measure_unknown",
    );
    const after = bodyOf<GoalListBody>(await w.provider.client.get(w.url("/goals")));
    expect(after.suggestions).toEqual([]);
    expect(after.goals.map((g) => g.title)).toEqual(["Orders"]);
  });

  it("records values from both sides and states the trajectory in the reader's language", async () => {
    const goal = await setConversionGoal(w);
    expect(goal.trajectory).toMatchObject({
      status: "no_data",
      sentence: "Conversion: from 1.8%, target 3%, nothing measured yet",
    });
    const today = t.clock.now().toISOString().slice(0, 10);
    bodyOf(await recordValue(w, goal.id, 2.1, today), 201);
    const second = bodyOf<GoalBody>(await recordValue(w, goal.id, 2.6, today, w.client), 201);
    expect(second.measurements.map((m) => [m.value, m.side])).toEqual([
      [2.1, "provider"],
      [2.6, "client"],
    ]);
    expect(second.measurements[0]?.source).toBe("https://analytics.example.test/report/42");
    expect(second.trajectory.latest).toBe(2.6);
    expect(second.trajectory.progress).toBeCloseTo(2 / 3, 10);
    expect(second.trajectory.sentence).toBe("Conversion: 1.8% → 2.6%, target 3%");

    // A reader who chose French reads it in French, numbers and units as French writes them.
    const fabienne = await signUpPerson(t.app, "Fabienne", "fr");
    await addMember(t, w.client, w.clientOrg, fabienne, "viewer");
    const french = bodyOf<GoalListBody>(await fabienne.client.get(w.url("/goals")));
    expect(french.goals[0]?.trajectory.sentence).toBe(
      "Conversion : 1,8\u00a0% → 2,6\u00a0%, objectif 3\u00a0%",
    );

    const events = bodyOf<{ events: LedgerEventBody[] }>(
      await w.client.client.get(w.url("/events")),
    );
    expect(events.events.filter((e) => e.type.startsWith("goal.")).map((e) => e.type)).toEqual([
      "goal.set",
      "goal.value_recorded",
      "goal.value_recorded",
    ]);
  });

  it("refuses a value measured on a day still to come", async () => {
    const goal = await setConversionGoal(w);
    const tomorrow = new Date(t.clock.now().getTime() + 86_400_000).toISOString().slice(0, 10);
    expectError(await recordValue(w, goal.id, 2, tomorrow), 422, "measured_on_in_future");
  });

  it("changes a value only when the other side confirms the correction; a dispute keeps it", async () => {
    const goal = await setConversionGoal(w);
    const today = t.clock.now().toISOString().slice(0, 10);
    const recorded = bodyOf<GoalBody>(await recordValue(w, goal.id, 2.6, today), 201);
    const measurementId = recorded.measurements[0]?.id ?? "";
    const correct = (value: number) =>
      w.client.client.post(w.url(`/goals/${goal.id}/values/${measurementId}/corrections`), {
        value,
        reason: "The report counted test orders",
      });
    const proposed = bodyOf<GoalBody>(await correct(2.4), 201);
    const correctionId = proposed.measurements[0]?.corrections[0]?.id ?? "";
    expect(proposed.trajectory.latest).toBe(2.6);
    expectError(await correct(2.3), 409, "correction_pending");
    const answer = (as: typeof w.client, outcome: string) =>
      as.client.post(w.url(`/goal-corrections/${correctionId}/answer`), { outcome });
    expectError(await answer(w.client, "confirmed"), 403, "correction_same_side");
    expectError(await answer(w.viewer, "confirmed"), 403, "forbidden");

    const confirmed = bodyOf<GoalBody>(await answer(w.provider, "confirmed"));
    expect(confirmed.measurements[0]).toMatchObject({ value: 2.6, correctedValue: 2.4 });
    // The side that proposed it is told, in the app (and by e-mail, per its settings).
    const toClient = bodyOf<{ notifications: { type: string; payload: { outcome?: string } }[] }>(
      await w.client.client.get("/api/v1/notifications"),
    ).notifications.filter((n) => n.type === "goal.correction_answered");
    expect(toClient.map((n) => n.payload.outcome)).toEqual(["confirmed"]);
    expect(confirmed.trajectory.latest).toBe(2.4);
    const disputedLate = expectError(
      await answer(w.provider, "disputed"),
      409,
      "correction_wrong_state",
    );
    expect(disputedLate.message).toBe(
      "This correction was already confirmed, so it cannot be disputed.",
    );

    const second = bodyOf<GoalBody>(await correct(2.5), 201);
    const disputedId = second.measurements[0]?.corrections[1]?.id ?? "";
    const disputed = bodyOf<GoalBody>(
      await w.provider.client.post(w.url(`/goal-corrections/${disputedId}/answer`), {
        outcome: "disputed",
        note: "Test orders were already excluded",
      }),
    );
    expect(disputed.trajectory.latest).toBe(2.4);
    expect(disputed.measurements[0]?.corrections[1]).toMatchObject({
      status: "disputed",
      nextStep: "discuss_then_correct",
    });
  });

  it("keeps goal titles distinct: the same title again, sent twice at once or retyped, is refused by name and writes nothing", async () => {
    // A double click: two identical requests at once, one goal.
    const answers = await Promise.all([
      w.provider.client.post(w.url("/goals"), CONVERSION),
      w.provider.client.post(w.url("/goals"), CONVERSION),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const fabienne = await signUpPerson(t.app, "Fabienne", "fr");
    await addMember(t, w.client, w.clientOrg, fabienne, "member");
    const eventsBefore = bodyOf<{ events: LedgerEventBody[] }>(
      await w.client.client.get(w.url("/events")),
    ).events.length;
    // The other side, the title in other case and spacing: still the same goal.
    const again = expectError(
      await w.client.client.post(w.url("/goals"), { ...CONVERSION, title: "  conversion " }),
      409,
      "goal_title_taken",
    );
    expect(again.message).toBe("The engagement already has a goal “Conversion”: measure that one.");
    const inFrench = expectError(
      await fabienne.client.post(w.url("/goals"), { ...CONVERSION, title: "CONVERSION" }),
      409,
      "goal_title_taken",
    );
    expect(inFrench.message).toContain("« Conversion »");
    const list = bodyOf<GoalListBody>(await w.client.client.get(w.url("/goals")));
    expect(list.goals.map((g) => g.title)).toEqual(["Conversion"]);
    const eventsAfter = bodyOf<{ events: LedgerEventBody[] }>(
      await w.client.client.get(w.url("/events")),
    ).events;
    expect(eventsAfter.length).toBe(eventsBefore);
    // Another title is another goal.
    bodyOf(
      await w.client.client.post(w.url("/goals"), { ...CONVERSION, title: "Conversion on mobile" }),
      201,
    );
  });

  it("records a value of a goal once a day: the same value again (or twice at once) is refused, naming it; another value or day is another measurement", async () => {
    const goal = await setConversionGoal(w);
    const today = t.clock.now().toISOString().slice(0, 10);
    const answers = await Promise.all([
      recordValue(w, goal.id, 2.1, today),
      recordValue(w, goal.id, 2.1, today),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    // The other side sending the same value for the same day: still the same measurement.
    const again = expectError(
      await recordValue(w, goal.id, 2.1, today, w.client),
      409,
      "goal_value_repeated",
    );
    expect(again.message).toContain("2.1");
    expect(again.message).toContain("Conversion");
    expect(again.fields?.[0]?.path).toBe("value");
    const measured = async () =>
      bodyOf<GoalListBody>(await w.client.client.get(w.url("/goals"))).goals[0]!.measurements.map(
        (m) => [m.value, m.side],
      );
    expect(await measured()).toEqual([[2.1, "provider"]]);
    const recorded = bodyOf<{ events: LedgerEventBody[] }>(
      await w.client.client.get(w.url("/events")),
    ).events.filter((e) => e.type === "goal.value_recorded");
    expect(recorded).toHaveLength(1);
    // Another value on the same day is the other side's measurement (a correction settles
    // which counts); the same value on another day is the next measurement.
    bodyOf(await recordValue(w, goal.id, 2.3, today, w.client), 201);
    await passDays(t, w, 1);
    bodyOf(await recordValue(w, goal.id, 2.1, t.clock.now().toISOString().slice(0, 10)), 201);
    expect(await measured()).toEqual([
      [2.1, "provider"],
      [2.3, "client"],
      [2.1, "provider"],
    ]);
  });

  it("shows nothing to another organisation and lets viewers only read", async () => {
    const goal = await setConversionGoal(w);
    const today = t.clock.now().toISOString().slice(0, 10);
    const outsider = w.outsider.client;
    expectError(await outsider.get(w.url("/goals")), 404, "not_found");
    expectError(await outsider.post(w.url("/goals"), CONVERSION), 404, "not_found");
    expectError(await recordValue(w, goal.id, 2, today, w.outsider), 404, "not_found");
    expectError(
      await outsider.post(w.url("/goal-corrections/x/answer"), { outcome: "confirmed" }),
      404,
      "not_found",
    );
    const viewed = bodyOf<GoalListBody>(await w.viewer.client.get(w.url("/goals")));
    expect(viewed.abilities).toEqual({ setGoal: false, measure: false });
    expectError(await w.viewer.client.post(w.url("/goals"), CONVERSION), 403, "forbidden");
    expectError(await recordValue(w, goal.id, 2, today, w.viewer), 403, "forbidden");
  });
});
