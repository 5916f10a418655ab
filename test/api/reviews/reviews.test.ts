import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { signUpPerson, type TestApp } from "../../support/test-app";
import { worldCopies } from "../../support/world-copies";
import { DAY_MS, expectError, type LedgerEventBody } from "../api-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";
import { sweepDueWork } from "../../../src/server/sweeper";
import {
  buildReviewWorld,
  roundsSeenBy,
  signUpModerator,
  writeReview,
  type ReviewBody,
} from "./review-fixtures";

describe.each(DIALECTS)("reviews on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  // Each test starts from a copy of one world built once per dialect.
  const world = worldCopies(dialect, (built) => buildReviewWorld(built));
  beforeEach(async () => {
    ({ t, w } = await world.copy());
  });
  afterEach(async () => {
    await t.close();
  });

  const events = async () =>
    bodyOf<{ events: LedgerEventBody[] }>(await w.client.client.get(w.url("/events"))).events;

  it("keeps a review blind to the other side until both are in, then publishes both together", async () => {
    bodyOf(await writeReview(w, w.client), 201);
    const [blind] = await roundsSeenBy(w, w.provider);
    expect(blind).toMatchObject({ submittedSides: ["client"], publishedAt: null, reviews: [] });
    const [own] = await roundsSeenBy(w, w.client);
    expect(own?.reviews).toMatchObject([{ isMine: true, privateRating: 3, publishedAt: null }]);
    // The reviewed party cannot reply to what it cannot see yet.
    expectError(
      await w.provider.client.post(w.url(`/reviews/${own!.reviews[0]!.id}/reply`), { body: "Hm" }),
      404,
      "not_found",
    );

    const both = bodyOf<{ round: { publishedAt: string | null; reviews: ReviewBody[] } }>(
      await writeReview(w, w.provider),
      201,
    );
    expect(both.round.publishedAt).toBe(t.clock.now().toISOString());
    const [published] = await roundsSeenBy(w, w.provider);
    const clientReview = published!.reviews.find((r) => r.reviewerSide === "client")!;
    expect(clientReview).toMatchObject({
      body: "Late and sloppy work on the checkout.",
      stars: { quality: 2, communication: 3, reliability: 1 },
      privateRating: null,
      isMine: false,
      canReply: true,
    });
    const payloads = (await events()).filter((e) => e.type.startsWith("review."));
    expect(payloads.map((e) => e.type)).toEqual([
      "review.submitted",
      "review.submitted",
      "review.published",
    ]);
    expect(JSON.stringify(payloads)).not.toContain("sloppy");
  });

  it("lists an accepted milestone's round before anyone writes, open to each side until it submits or the window closes", async () => {
    const [open] = await roundsSeenBy(w, w.provider);
    expect(open).toMatchObject({
      occasion: { kind: "milestone", ref: "m2" },
      submittedSides: [],
      publishedAt: null,
      canSubmit: true,
      reviews: [],
    });
    expect(Date.parse(open!.closesAt) - Date.parse(open!.openedAt)).toBe(14 * DAY_MS);
    bodyOf(await writeReview(w, w.client), 201);
    expect((await roundsSeenBy(w, w.client))[0]).toMatchObject({ canSubmit: false });
    expect((await roundsSeenBy(w, w.provider))[0]).toMatchObject({
      submittedSides: ["client"],
      canSubmit: true,
    });
    t.clock.advance(14 * DAY_MS);
    expect((await roundsSeenBy(w, w.provider))[0]).toMatchObject({ canSubmit: false });
  });

  it("publishes a lone review when the 14-day window closes, and refuses late or second reviews", async () => {
    bodyOf(await writeReview(w, w.client), 201);
    expectError(await writeReview(w, w.client), 409, "review_already_submitted");
    t.clock.advance(13 * DAY_MS);
    await sweepDueWork(t.deps);
    expect((await roundsSeenBy(w, w.provider))[0]?.reviews).toEqual([]);
    t.clock.advance(DAY_MS);
    await sweepDueWork(t.deps);
    const [round] = await roundsSeenBy(w, w.provider);
    expect(round?.publishedAt).toBe(round?.closesAt);
    expect(round?.reviews.map((r) => r.reviewerSide)).toEqual(["client"]);
    expectError(await writeReview(w, w.provider), 409, "review_window_closed");
  });

  it("lets the reviewed party reply once but never edit or remove the review", async () => {
    bodyOf(await writeReview(w, w.client), 201);
    bodyOf(await writeReview(w, w.provider), 201);
    const review = (await roundsSeenBy(w, w.provider))[0]!.reviews.find(
      (r) => r.reviewerSide === "client",
    )!;
    const path = w.url(`/reviews/${review.id}`);
    for (const attempt of [
      await w.provider.client.delete(path),
      await w.provider.client.patch(path, { body: "Great work!" }),
      await w.provider.client.request("PUT", path, { body: "Great work!" }),
      await w.provider.client.post(`/api/v1/moderation/reviews/${review.id}/hide`, {
        reason: "I do not like it",
      }),
    ]) {
      expect(attempt.statusCode).toBeGreaterThanOrEqual(400);
      expect(attempt.statusCode).toBeLessThan(500);
    }
    expectError(
      await w.client.client.post(w.url(`/reviews/${review.id}/reply`), { body: "Own reply" }),
      403,
      "forbidden",
    );
    bodyOf(
      await w.provider.client.post(w.url(`/reviews/${review.id}/reply`), {
        body: "We shipped the checkout on schedule; see the accepted rounds.",
      }),
      201,
    );
    expectError(
      await w.provider.client.post(w.url(`/reviews/${review.id}/reply`), { body: "And more" }),
      409,
      "review_reply_exists",
    );
    const after = (await roundsSeenBy(w, w.client))[0]!.reviews.find((r) => r.id === review.id);
    expect(after).toMatchObject({
      body: "Late and sloppy work on the checkout.",
      reply: { body: "We shipped the checkout on schedule; see the accepted rounds." },
      hidden: null,
    });
  });

  it("attaches the record beside a claim the ledger contradicts, in any language", async () => {
    const written = bodyOf<{ round: { reviews: ReviewBody[] } }>(
      await writeReview(w, w.client, { body: "Le prestataire n'a jamais livré quoi que ce soit." }),
      201,
    );
    expect(written.round.reviews[0]?.recordNotes).toEqual([
      {
        claim: "never_delivered",
        record: { kind: "deliveries_accepted", count: 1, lastAt: expect.any(String) as string },
      },
    ]);
  });

  it("refuses stars on the wrong aspects and occasions that have not happened", async () => {
    expectError(
      await writeReview(w, w.client, { stars: { clarity: 3, payment: 3, fairness: 3 } }),
      400,
      "validation_failed",
    );
    expectError(
      await writeReview(w, w.client, { occasion: { kind: "milestone", ref: "m1" } }),
      422,
      "review_occasion_unknown",
    );
  });

  it("lets only a moderator hide a review, with a reason both sides see", async () => {
    bodyOf(await writeReview(w, w.client), 201);
    bodyOf(await writeReview(w, w.provider), 201);
    const review = (await roundsSeenBy(w, w.client))[0]!.reviews.find((r) => r.isMine)!;
    const outsider = await signUpPerson(t.app, "Otto");
    expectError(
      await outsider.client.post(`/api/v1/moderation/reviews/${review.id}/hide`, {
        reason: "Personal data of a third person",
      }),
      403,
      "forbidden",
    );
    const moderator = await signUpModerator(t, "Mona");
    bodyOf(
      await moderator.client.post(`/api/v1/moderation/reviews/${review.id}/hide`, {
        reason: "Personal data of a third person",
      }),
    );
    for (const person of [w.client, w.provider]) {
      const seen = (await roundsSeenBy(w, person))[0]!.reviews.find((r) => r.id === review.id);
      expect(seen).toMatchObject({
        body: null,
        hidden: { reason: "Personal data of a third person" },
      });
    }
    const hidden = (await events()).find((e) => e.type === "review.hidden");
    expect(hidden?.payload).toMatchObject({ reason: "Personal data of a third person" });
  });

  it("hides an engagement's reviews from other organisations", async () => {
    bodyOf(await writeReview(w, w.client), 201);
    const outsider = await signUpPerson(t.app, "Otto");
    expectError(await outsider.client.get(w.url("/reviews")), 404, "not_found");
    expectError(await writeReview(w, outsider), 404, "not_found");
  });

  it("shows reputation as new below the minimum sample, with silence counted", async () => {
    bodyOf(await writeReview(w, w.client), 201);
    bodyOf(await writeReview(w, w.provider), 201);
    const reputation = bodyOf<Record<string, unknown>>(
      await w.client.client.get(`/api/v1/orgs/${w.providerOrg.id}/reputation`),
    );
    expect(reputation).toMatchObject({
      reviewCount: 1,
      reviewableEngagements: 1,
      silentEngagements: 0,
      rawAverage: null,
      smoothedAverage: null,
      isNew: true,
    });
  });
});
