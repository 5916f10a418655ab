import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sweepStagnation } from "../../../src/server/modules/growth/sweep-stagnation";
import { sweepDueWork } from "../../../src/server/sweeper";
import { DIALECTS } from "../../support/databases";
import { type TestApp } from "../../support/test-app";
import { worldCopies } from "../../support/world-copies";
import { expectError, type LedgerEventBody } from "../api-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";
import { buildGrowthWorld, passDays, type GrowthWorld } from "./growth-fixtures";

const SECRET = "More design reviews before launch 9c2e";

interface ReviewBody {
  id: string;
  signals: string[];
  revealedAt: string | null;
  myAnswer: { achieved: string; aimNext: string } | null;
  otherAnswer: { achieved: string; moreOf: string; side: string } | null;
  hasOtherSideAnswered: boolean;
}

interface ReviewsBody {
  stagnation: {
    isStagnant: boolean;
    quietDays: number;
    signals: { code: string; isOn: boolean; reasonText: string; nextStepText: string }[];
  };
  achievements: { sentence: string }[];
  reviews: ReviewBody[];
  abilities: { answerReview: boolean; offer: boolean };
}

const ANSWER = {
  achieved: "Conversion up from 1.8% to 2.6%",
  moreOf: SECRET,
  lessOf: "Fewer status meetings",
  aimNext: "3% conversion and a loyalty programme",
};

describe.each(DIALECTS)("the review of a stagnating relationship on %s", (dialect) => {
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

  const reviews = (as = w.client) =>
    as.client.get(w.url("/relationship-reviews")).then((r) => bodyOf<ReviewsBody>(r));
  const answer = (reviewId: string, as = w.client) =>
    as.client.post(w.url(`/relationship-reviews/${reviewId}/answer`), ANSWER);

  it("opens a review when nothing happened for long enough, and not before", async () => {
    await passDays(t, w, 119);
    expect(await sweepStagnation(t.deps)).toBe(0);
    const quiet = await reviews();
    expect(quiet.stagnation.isStagnant).toBe(false);
    expect(quiet.stagnation.signals[0]).toMatchObject({ code: "no_initiative", isOn: true });

    await passDays(t, w, 1);
    await sweepDueWork(t.deps);
    const stagnant = await reviews(w.provider);
    expect(stagnant.stagnation.isStagnant).toBe(true);
    expect(stagnant.stagnation.signals[0]?.reasonText).toBe(
      "Nothing new for 120 days: no new goal, amendment, accepted milestone, change request or offer (the line is 60 days)",
    );
    expect(stagnant.stagnation.signals[0]?.nextStepText).toBe(
      "Agree on a new goal or a next step together",
    );
    expect(stagnant.reviews).toHaveLength(1);
    expect(stagnant.reviews[0]?.signals).toEqual(["no_initiative"]);
    expect(stagnant.abilities).toEqual({ answerReview: true, offer: true });

    // Judged once a day, and never a second review while one is open.
    expect(await sweepStagnation(t.deps)).toBe(0);
    await passDays(t, w, 2);
    expect(await sweepStagnation(t.deps)).toBe(0);
    expect((await reviews()).reviews).toHaveLength(1);
  });

  it("judges a window of engagements per sweep, going on after the last one judged that day", async () => {
    // Quiet active engagements with no agreement in force: judged, never stagnant.
    const others = Array.from(
      { length: 5 },
      (_, index) => `ffffffff-0000-7000-8000-00000000000${index}`,
    );
    const at = t.clock.now().toISOString();
    await t.deps.db
      .insertInto("engagements")
      .values(
        others.map((id) => ({
          id,
          title: "Quiet",
          description: "",
          status: "active" as const,
          client_org_id: w.clientOrg.id,
          provider_org_id: w.providerOrg.id,
          initiator_org_id: w.clientOrg.id,
          created_at: at,
          updated_at: at,
        })),
      )
      .execute();
    await passDays(t, w, 120);
    const judgedToday = async () =>
      (
        await t.deps.db
          .selectFrom("stagnation_checks")
          .select("engagement_id")
          .where("checked_on", "=", t.clock.now().toISOString().slice(0, 10))
          .orderBy("engagement_id")
          .execute()
      ).map((row) => row.engagement_id);

    // Six active engagements, one window of two a sweep: three sweeps judge them all, the fourth none.
    let opened = 0;
    const judged: string[][] = [];
    for (let sweep = 0; sweep < 4; sweep++) {
      opened += await sweepStagnation(t.deps, { windowSize: 2, windows: 1 });
      judged.push(await judgedToday());
    }
    expect(judged.map((ids) => ids.length)).toEqual([2, 4, 6, 6]);
    expect(judged[2]).toEqual([w.engagementId, ...others].sort());
    // The stagnant one opened its review once, whichever window it fell in.
    expect(opened).toBe(1);
    expect((await reviews()).reviews).toHaveLength(1);

    // The next day, one sweep of three windows of two judges all six again, a turn between windows.
    await passDays(t, w, 1);
    await sweepStagnation(t.deps, { windowSize: 2, windows: 3 });
    expect(await judgedToday()).toHaveLength(6);
  });

  it("keeps each side's answer from the other until both answered, then shows both at once", async () => {
    await passDays(t, w, 120);
    expect(await sweepStagnation(t.deps)).toBe(1);
    const reviewId = (await reviews()).reviews[0]?.id ?? "";

    const mine = bodyOf<ReviewBody>(await answer(reviewId), 201);
    expect(mine).toMatchObject({ myAnswer: { aimNext: ANSWER.aimNext }, otherAnswer: null });
    expectError(await answer(reviewId), 409, "review_already_answered");
    const seenByProvider = await reviews(w.provider);
    expect(seenByProvider.reviews[0]).toMatchObject({
      myAnswer: null,
      otherAnswer: null,
      hasOtherSideAnswered: true,
      revealedAt: null,
    });
    for (const path of ["/relationship-reviews", "/events", "/goals", ""]) {
      const response = await w.provider.client.get(w.url(path));
      expect(response.body, path).not.toContain(SECRET);
    }

    const revealed = bodyOf<ReviewBody>(await answer(reviewId, w.provider), 201);
    expect(revealed.revealedAt).not.toBeNull();
    expect(revealed.otherAnswer).toMatchObject({ side: "client", moreOf: SECRET });
    expect((await reviews()).reviews[0]?.otherAnswer).toMatchObject({ side: "provider" });
    const events = bodyOf<{ events: LedgerEventBody[] }>(
      await w.client.client.get(w.url("/events")),
    );
    expect(
      events.events.filter((e) => e.type.startsWith("relationship_review.")).map((e) => e.type),
    ).toEqual([
      "relationship_review.opened",
      "relationship_review.answered",
      "relationship_review.answered",
      "relationship_review.revealed",
    ]);
  });

  it("shows nothing to another organisation and lets viewers only read", async () => {
    await passDays(t, w, 120);
    await sweepStagnation(t.deps);
    const reviewId = (await reviews()).reviews[0]?.id ?? "";
    expectError(await w.outsider.client.get(w.url("/relationship-reviews")), 404, "not_found");
    expectError(await answer(reviewId, w.outsider), 404, "not_found");
    expect((await reviews(w.viewer)).abilities).toEqual({ answerReview: false, offer: false });
    expectError(await answer(reviewId, w.viewer), 403, "forbidden");
  });
});
