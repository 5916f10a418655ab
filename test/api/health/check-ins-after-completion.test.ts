import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sweepDueWork } from "../../../src/server/sweeper";
import { DIALECTS } from "../../support/databases";
import type { Person, TestApp } from "../../support/test-app";
import { worldCopies } from "../../support/world-copies";
import type { WaitingItem } from "../../../src/contracts/home";
import { DAY_MS, expectError, PASSWORD } from "../api-fixtures";
import {
  evaluate,
  signHandOverVersion,
  submit,
  type DeliveryWorld,
} from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";
import { buildReviewWorld } from "../reviews/review-fixtures";

/**
 * Check-ins ask both sides how the work is going every cadence (14 days here) while there is
 * work: once every milestone of the agreement in force is accepted, the engagement's review
 * round asks instead and no check-in opens, however long the engagement stays on the books. A
 * later version naming a milestone not yet accepted brings them back, one cadence after it came
 * into force.
 */
describe.each(DIALECTS)("check-ins once the work is complete on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  // Milestone m2 is accepted; m1 (deliverable d2, criterion c1) still waits.
  const world = worldCopies(dialect, (built) => buildReviewWorld(built));
  beforeEach(async () => {
    ({ t, w } = await world.copy());
  });
  afterEach(async () => {
    await t.close();
  });

  const eventsOf = async (type: string) =>
    (
      await t.deps.db
        .selectFrom("engagement_events")
        .select(["payload", "occurred_at"])
        .where("engagement_id", "=", w.engagementId)
        .where("type", "=", type)
        .orderBy("seq")
        .execute()
    ).map((e) => ({
      at: e.occurred_at,
      payload: JSON.parse(e.payload) as Record<string, unknown>,
    }));
  const storedNextCheckIn = async () =>
    (
      await t.deps.db
        .selectFrom("engagement_health")
        .select("next_check_in_at")
        .where("engagement_id", "=", w.engagementId)
        .executeTakeFirstOrThrow()
    ).next_check_in_at;
  const isWorkComplete = async (as: Person) =>
    bodyOf<{ isWorkComplete: boolean }>(await as.client.get(w.url("/check-ins"))).isWorkComplete;
  const answer = (as: Person) =>
    as.client.post(w.url("/check-in"), {
      relationshipRating: 8,
      counterpartRating: 8,
      reasons: ["on_time", "respectful"],
      comment: "",
    });
  const waitingCheckIns = async (as: Person) =>
    bodyOf<{ items: WaitingItem[] }>(await as.client.get("/api/v1/me/waiting")).items.filter(
      (item) => item.kind === "answer_check_in",
    );
  /** Sweeps every day for `days` days, as a running instance would. */
  async function sweepDays(days: number) {
    for (let day = 0; day < days; day++) {
      t.clock.advance(DAY_MS);
      await sweepDueWork(t.deps);
    }
  }
  /** Sessions last 30 days: the sides log in again after a long stretch of simulated time. */
  async function logInAgain(...people: Person[]) {
    for (const person of people) {
      const response = await person.client.post("/api/v1/auth/login", {
        email: person.email,
        password: PASSWORD,
      });
      expect(response.statusCode).toBe(200);
    }
  }
  async function acceptLast(deliverableId = "d2") {
    const round = bodyOf<{ id: string }>(await submit(w, deliverableId), 201);
    bodyOf(await evaluate(w, round.id, { verdicts: [{ criterionId: "c1", isMet: true }] }));
  }
  /** The sides sign a version adding milestone m3 (deliverable d3), in force from now. */
  async function addHandOver() {
    await signHandOverVersion(w, "2027-06-15");
  }

  it("opens none after the last milestone's acceptance; the window then open closes at its end, unreminded, its answer counted", async () => {
    await sweepDays(15);
    expect(await eventsOf("check_in.opened")).toHaveLength(1);
    bodyOf(await answer(w.client), 201);
    expect(await isWorkComplete(w.provider)).toBe(false);
    expect(await waitingCheckIns(w.provider)).toHaveLength(1);
    await acceptLast();
    expect(await storedNextCheckIn()).toBeNull();
    expect(await isWorkComplete(w.provider)).toBe(true);
    // The review round asks now: the open window no longer waits on the provider's home page.
    expect(await waitingCheckIns(w.provider)).toEqual([]);

    // The provider never answers: its reminder would have gone out on day 6 of the window.
    await sweepDays(7);
    expect(await eventsOf("check_in.reminded")).toEqual([]);
    const closed = await eventsOf("check_in.closed");
    expect(closed.map((e) => e.payload)).toMatchObject([
      { period: 1, reason: "window_closed", answeredSides: 1 },
    ]);

    // The provider, too late, is told why no other window will open, in its own language.
    expect(expectError(await answer(w.provider), 409, "check_ins_ended").message).toBe(
      "Check-ins have ended: every milestone of the agreement in force is accepted. The engagement's review round asks both sides how it went.",
    );
    bodyOf(await w.provider.client.request("PATCH", "/api/v1/me", { locale: "fr" }));
    expect(expectError(await answer(w.provider), 409, "check_ins_ended").message).toBe(
      "Les points d’étape sont terminés : tous les jalons de l’accord en vigueur sont acceptés. L’évaluation de la mission demande aux deux parties comment elle s’est passée.",
    );
    expectError(await answer(w.client), 409, "check_in_already_answered");

    // Months later: still the one window.
    await sweepDays(90);
    expect(await eventsOf("check_in.opened")).toHaveLength(1);
    expect(await eventsOf("check_in.reminded")).toEqual([]);
    expect(await storedNextCheckIn()).toBeNull();
  });

  it("resumes one cadence after a version adding a milestone comes into force, and stops again when it is accepted", async () => {
    await acceptLast();
    await sweepDays(20);
    expect(await eventsOf("check_in.opened")).toEqual([]);

    await addHandOver();
    expect(await isWorkComplete(w.client)).toBe(false);
    const inForceAt = t.clock.now().getTime();
    await sweepDays(13);
    expect(await eventsOf("check_in.opened")).toEqual([]);
    await sweepDays(1);
    const opened = await eventsOf("check_in.opened");
    expect(opened).toHaveLength(1);
    expect(Date.parse(opened[0]!.at) - inForceAt).toBe(14 * DAY_MS);
    await sweepDays(14);
    expect(await eventsOf("check_in.opened")).toHaveLength(2);
    expect((await eventsOf("check_in.reminded")).length).toBeGreaterThan(0);

    await logInAgain(w.client, w.provider);
    await acceptLast("d3");
    expect(await storedNextCheckIn()).toBeNull();
    await sweepDays(40);
    expect(await eventsOf("check_in.opened")).toHaveLength(2);
  });

  it("heals a stored next check-in time that predates the rule: no window opens, and the time is cleared", async () => {
    await acceptLast();
    // As stored by a version that kept asking after the work was complete.
    await t.deps.db
      .updateTable("engagement_health")
      .set({ next_check_in_at: new Date(t.clock.now().getTime() + DAY_MS).toISOString() })
      .where("engagement_id", "=", w.engagementId)
      .execute();
    t.clock.advance(2 * DAY_MS);
    await sweepDueWork(t.deps);
    expect(await eventsOf("check_in.opened")).toEqual([]);
    expect(await storedNextCheckIn()).toBeNull();
  });
});
