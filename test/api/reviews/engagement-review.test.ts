import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sweepDueWork } from "../../../src/server/sweeper";
import { DIALECTS } from "../../support/databases";
import { signUpPerson, type TestApp } from "../../support/test-app";
import { worldCopies } from "../../support/world-copies";
import { createOrg, DAY_MS, expectError } from "../api-fixtures";
import {
  evaluate,
  signHandOverVersion,
  submit,
  type DeliveryWorld,
} from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";
import { buildReviewWorld, roundsSeenBy, writeReview, type ReviewBody } from "./review-fixtures";

const ENGAGEMENT = { kind: "engagement", ref: "" };

/**
 * The engagement as an occasion of its own: it completes when the last milestone of the
 * agreement in force is accepted, and each side may then review the other once, blind until
 * both are in, within the same 14 days as every other round.
 */
describe.each(DIALECTS)("reviewing a completed engagement on %s", (dialect) => {
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

  const reviewEngagement = (as: typeof w.client, body: Record<string, unknown> = {}) =>
    writeReview(w, as, { occasion: ENGAGEMENT, ...body });
  const engagementRound = async (as: typeof w.client) =>
    (await roundsSeenBy(w, as)).find((r) => r.occasion.kind === "engagement");

  async function acceptDesign(deliverableId = "d2") {
    const round = bodyOf<{ id: string }>(await submit(w, deliverableId), 201);
    bodyOf(await evaluate(w, round.id, { verdicts: [{ criterionId: "c1", isMet: true }] }));
  }

  it("refuses the engagement's review until every milestone is accepted, saying how many are", async () => {
    const refused = expectError(await reviewEngagement(w.client), 422, "review_occasion_unknown");
    expect(refused.message).toBe(
      "There is nothing to review yet for this occasion: the engagement completes when all its milestones are accepted (1 of 2 so far).",
    );
    // In the reader's own language.
    bodyOf(await w.client.client.request("PATCH", "/api/v1/me", { locale: "fr" }));
    expect(
      expectError(await reviewEngagement(w.client), 422, "review_occasion_unknown").message,
    ).toBe(
      "Il n’y a encore rien à évaluer pour cette occasion : la mission s’achève quand tous ses jalons sont acceptés (1 sur 2 pour l’instant).",
    );
    expect(await engagementRound(w.client)).toBeUndefined();
    expectError(
      await reviewEngagement(w.client, { occasion: { kind: "engagement", ref: "m1" } }),
      422,
      "review_occasion_unknown",
    );
  });

  it("opens a blind round at the last milestone's acceptance and publishes both reviews together", async () => {
    t.clock.advance(3 * DAY_MS);
    await acceptDesign();
    const completedAt = t.clock.now().toISOString();
    t.clock.advance(DAY_MS);
    const open = await engagementRound(w.provider);
    expect(open).toMatchObject({
      occasion: ENGAGEMENT,
      openedAt: completedAt,
      submittedSides: [],
      canSubmit: true,
      reviews: [],
    });
    expect(Date.parse(open!.closesAt) - Date.parse(completedAt)).toBe(14 * DAY_MS);
    // Newest first on the page: the engagement's round sorts after the milestone it closes.
    expect((await roundsSeenBy(w, w.client)).map((r) => r.occasion.kind)).toEqual([
      "milestone",
      "milestone",
      "engagement",
    ]);

    bodyOf(await reviewEngagement(w.client), 201);
    expect(await engagementRound(w.provider)).toMatchObject({
      submittedSides: ["client"],
      publishedAt: null,
      reviews: [],
    });
    expectError(await reviewEngagement(w.client), 409, "review_already_submitted");
    const both = bodyOf<{ round: { publishedAt: string | null; reviews: ReviewBody[] } }>(
      await reviewEngagement(w.provider),
      201,
    );
    expect(both.round.publishedAt).toBe(t.clock.now().toISOString());
    const seen = await engagementRound(w.provider);
    expect(seen?.reviews.find((r) => r.reviewerSide === "client")).toMatchObject({
      body: "Late and sloppy work on the checkout.",
      privateRating: null,
      canReply: true,
    });
    // The milestone rounds are untouched by the engagement's.
    expect((await roundsSeenBy(w, w.provider)).filter((r) => r.publishedAt)).toHaveLength(1);
  });

  it("closes the window 14 days after completion, publishing a lone review then", async () => {
    await acceptDesign();
    bodyOf(await reviewEngagement(w.client), 201);
    t.clock.advance(14 * DAY_MS - 1);
    await sweepDueWork(t.deps);
    expect(await engagementRound(w.provider)).toMatchObject({ publishedAt: null, reviews: [] });
    t.clock.advance(1);
    await sweepDueWork(t.deps);
    const closed = await engagementRound(w.provider);
    expect(closed?.publishedAt).toBe(closed?.closesAt);
    expect(closed?.reviews.map((r) => r.reviewerSide)).toEqual(["client"]);
    expectError(await reviewEngagement(w.provider), 409, "review_window_closed");
  });

  it("counts a reviewed engagement once in the reviewed organisation's reputation", async () => {
    await acceptDesign();
    for (const occasion of [{ kind: "milestone", ref: "m2" }, ENGAGEMENT]) {
      bodyOf(await writeReview(w, w.client, { occasion }), 201);
      bodyOf(await writeReview(w, w.provider, { occasion }), 201);
    }
    const reputation = bodyOf<{
      reviewCount: number;
      reviewableEngagements: number;
      silentEngagements: number;
    }>(await w.client.client.get(`/api/v1/orgs/${w.providerOrg.id}/reputation`));
    expect(reputation).toMatchObject({
      reviewCount: 2,
      reviewableEngagements: 1,
      silentEngagements: 0,
    });
  });

  it("waits for a milestone an amendment added before the last acceptance", async () => {
    await signHandOverVersion(w, "2027-03-15");
    await acceptDesign();
    expect(
      expectError(await reviewEngagement(w.client), 422, "review_occasion_unknown").message,
    ).toContain("(2 of 3 so far)");
    t.clock.advance(DAY_MS);
    await acceptDesign("d3");
    expect(await engagementRound(w.client)).toMatchObject({
      openedAt: t.clock.now().toISOString(),
      canSubmit: true,
    });
    bodyOf(await reviewEngagement(w.client), 201);
  });

  it("keeps the engagement's round from another organisation", async () => {
    await acceptDesign();
    bodyOf(await reviewEngagement(w.client), 201);
    const outsider = await signUpPerson(t.app, "Bruno");
    await createOrg(outsider, "provider", "Brightside");
    expectError(await reviewEngagement(outsider), 404, "not_found");
    expectError(await outsider.client.get(w.url("/reviews")), 404, "not_found");
  });
});
