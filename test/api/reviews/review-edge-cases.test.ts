import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rescoreAll } from "../../../src/server/modules/relationship-health/rescore-all";
import { DIALECTS } from "../../support/databases";
import { signUpPerson, type Person, type TestApp } from "../../support/test-app";
import { worldCopies } from "../../support/world-copies";
import { DAY_MS, expectError, expectErrorAt } from "../api-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";
import {
  buildReviewWorld,
  caseFromSentThreat,
  caseUrl,
  roundsSeenBy,
  THREAT_FR,
  signUpModerator,
  writeReview,
  type CaseBody,
} from "./review-fixtures";

/** Edge cases a reader of the issue would try from outside: each must be a clear 4xx. */
describe.each(DIALECTS)("review and moderation edge cases on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  let mona: Person;
  let max: Person;
  const world = worldCopies(dialect, async (built) => {
    const w = await buildReviewWorld(built);
    const mona = await signUpModerator(built, "Mona");
    const max = await signUpModerator(built, "Max");
    return { w, mona, max };
  });
  beforeEach(async () => {
    let copied: { w: DeliveryWorld; mona: Person; max: Person };
    ({ t, w: copied } = await world.copy());
    ({ w, mona, max } = copied);
  });
  afterEach(async () => {
    await t.close();
  });

  async function publishedPair() {
    bodyOf(await writeReview(w, w.client), 201);
    bodyOf(await writeReview(w, w.provider), 201);
    const reviews = (await roundsSeenBy(w, w.provider))[0]!.reviews;
    return {
      ofProvider: reviews.find((r) => r.reviewerSide === "client")!,
      ofClient: reviews.find((r) => r.reviewerSide === "provider")!,
    };
  }

  it("refuses bad review input with a localised 400 naming the field, and writes nothing", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ body: "x".repeat(5_001) }, "body"],
      [{ body: "   " }, "body"],
      [{ privateRating: 11 }, "privateRating"],
      [{ privateRating: 7.5 }, "privateRating"],
      [{ stars: { quality: 6, communication: 3, reliability: 1 } }, "stars"],
      [{ stars: "five" }, "stars"],
      [{ occasion: { kind: "birthday", ref: "m2" } }, "occasion"],
    ];
    for (const [override, field] of cases) {
      const error = expectError(await writeReview(w, w.client, override), 400, "validation_failed");
      expect(JSON.stringify(error.fields), field).toContain(field);
    }
    const french = await w.client.client.request(
      "POST",
      w.url("/reviews"),
      { body: "" },
      {
        "accept-language": "fr",
      },
    );
    expect(french.statusCode).toBe(400);
    expect(french.json<{ error: { message: string } }>().error.message).not.toMatch(/invalid/i);
    const malformed = await w.client.client.request("POST", w.url("/reviews"), "{not json", {
      "content-type": "application/json",
    });
    expect(malformed.statusCode).toBe(400);
    expect((await roundsSeenBy(w, w.client))[0]).toMatchObject({ submittedSides: [] });
  });

  it("tells a reviewer of a milestone the agreement does not name that there is no such milestone, at the field", async () => {
    const refused = expectErrorAt(
      await writeReview(w, w.client, { occasion: { kind: "milestone", ref: "m9" } }),
      422,
      "review_occasion_unknown",
      "occasion.ref",
    );
    expect(refused.message).toBe(
      "There is nothing to review for this occasion: the agreement names no milestone “m9”.",
    );
    bodyOf(await w.client.client.request("PATCH", "/api/v1/me", { locale: "de" }));
    expect(
      expectError(
        await writeReview(w, w.client, { occasion: { kind: "milestone", ref: "m9" } }),
        422,
        "review_occasion_unknown",
      ).message,
    ).toBe(
      "Für diesen Anlass gibt es nichts zu bewerten: Die Vereinbarung nennt keinen Meilenstein „m9“.",
    );
    expect(await roundsSeenBy(w, w.client)).toHaveLength(1);
  });

  it("asks for the reviewed side's own aspects by name, and names a foreign one apart, never as one to rate", async () => {
    const stars = (error: { fields?: { path: string; message: string }[] }) => {
      const field = error.fields?.find((f) => f.path === "stars");
      expect(field, JSON.stringify(error)).toBeDefined();
      return field!.message;
    };
    const foreign = stars(
      expectError(
        await writeReview(w, w.client, {
          stars: { quality: 5, communication: 4, reliability: 4, speed: 5 },
        }),
        400,
        "validation_failed",
      ),
    );
    // The client rates the provider on quality, communication and reliability; "speed" is no aspect.
    expect(foreign).toMatch(/quality, communication, reliability/);
    expect(foreign).not.toMatch(/reliability, speed/);
    expect(foreign).toMatch(/speed/);
    const theOtherSides = stars(
      expectError(
        await writeReview(w, w.client, { stars: { clarity: 5, payment: 4, fairness: 4 } }),
        400,
        "validation_failed",
      ),
    );
    expect(theOtherSides).toMatch(/quality, communication, reliability/);
    expect(theOtherSides).not.toMatch(/reliability, clarity/);
    expect(theOtherSides).toMatch(/clarity, payment, fairness/);
    const missing = stars(
      expectError(
        await writeReview(w, w.client, { stars: { quality: 5 } }),
        400,
        "validation_failed",
      ),
    );
    expect(missing).toMatch(/communication, reliability/);
    expect(missing).not.toMatch(/quality/);
    expect((await roundsSeenBy(w, w.provider))[0]!.submittedSides).toEqual([]);
  });

  it("refuses an overlong reply and a reply to a review of another engagement", async () => {
    const { ofProvider } = await publishedPair();
    expectError(
      await w.provider.client.post(w.url(`/reviews/${ofProvider.id}/reply`), {
        body: "y".repeat(5_001),
      }),
      400,
      "validation_failed",
    );
    expectError(
      await w.provider.client.post(w.url(`/reviews/unknown-review/reply`), { body: "Hello" }),
      404,
      "not_found",
    );
  });

  it("refuses to hide without a reason, or a review that does not exist", async () => {
    const { ofProvider } = await publishedPair();
    const hide = (id: string, body: unknown) =>
      mona.client.post(`/api/v1/moderation/reviews/${id}/hide`, body);
    expectError(await hide(ofProvider.id, {}), 400, "validation_failed");
    expectError(await hide(ofProvider.id, { reason: "    " }), 400, "validation_failed");
    expectError(await hide("no-such-review", { reason: "Personal data" }), 404, "not_found");
    const seen = (await roundsSeenBy(w, w.client))[0]!.reviews.find((r) => r.id === ofProvider.id);
    expect(seen?.hidden).toBeNull();
  });

  it("refuses a report with an empty reason, of an unknown subject or of another organisation's engagement", async () => {
    const { ofProvider } = await publishedPair();
    const report = (as: Person, body: Record<string, unknown>) =>
      as.client.post("/api/v1/moderation/reports", body);
    expectError(
      await report(w.provider, { subjectKind: "review", subjectId: ofProvider.id, reason: "" }),
      400,
      "validation_failed",
    );
    expectError(
      await report(w.provider, { subjectKind: "review", subjectId: ofProvider.id }),
      400,
      "validation_failed",
    );
    expectError(
      await report(w.provider, { subjectKind: "review", subjectId: "nope", reason: "Abusive" }),
      404,
      "not_found",
    );
    const outsider = await signUpPerson(t.app, "Otto");
    expectError(
      await report(outsider, {
        subjectKind: "review",
        subjectId: ofProvider.id,
        reason: "I do not like it",
      }),
      404,
      "not_found",
    );
    expectError(
      await outsider.client.post(w.url(`/reviews/${ofProvider.id}/reply`), { body: "Hm" }),
      404,
      "not_found",
    );
  });

  it("opens one case per reported text: a repeated report, even two at once, is told the case exists", async () => {
    const { ofProvider } = await publishedPair();
    const report = () =>
      w.provider.client.post("/api/v1/moderation/reports", {
        subjectKind: "review",
        subjectId: ofProvider.id,
        reason: "It names our employee in full",
      });
    const both = await Promise.all([report(), report()]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const repeated = both.find((r) => r.statusCode === 409)!;
    expectError(repeated, 409, "subject_already_reported");
    expectError(await report(), 409, "subject_already_reported");
    const cases = bodyOf<{ cases: CaseBody[] }>(
      await w.client.client.get("/api/v1/moderation/cases"),
    );
    expect(cases.cases).toHaveLength(1);
    // The accused got one notice, not one per click.
    const opened = bodyOf<{ events: { type: string }[] }>(
      await w.client.client.get(w.url("/events")),
    ).events.filter((e) => e.type === "moderation.case_opened");
    expect(opened).toHaveLength(1);
  });

  it("takes one review per side when a side sends it twice at once, and publishes the round when both sides send theirs at once", async () => {
    const sent = await Promise.all([
      writeReview(w, w.client),
      writeReview(w, w.client),
      writeReview(w, w.provider),
      writeReview(w, w.provider),
    ]);
    const statuses = sent.map((r) => r.statusCode);
    expect(
      statuses.filter((s) => s === 201),
      statuses.join(", "),
    ).toHaveLength(2);
    for (const refused of sent.filter((r) => r.statusCode !== 201)) {
      expectError(refused, 409, "review_already_submitted");
    }
    // Each side's one review is in, so the blind round is revealed: neither sender read the
    // round before the other's review was written.
    const round = (await roundsSeenBy(w, w.client))[0]!;
    expect(round.reviews.map((r) => r.reviewerSide).sort()).toEqual(["client", "provider"]);
    expect(round.publishedAt).not.toBeNull();
    const published = bodyOf<{ events: { type: string }[] }>(
      await w.client.client.get(w.url("/events")),
    ).events.filter((e) => e.type === "review.published");
    expect(published).toHaveLength(1);
  });

  it("tells an owner that reports are for the other side's texts, not that their role falls short", async () => {
    const { ofProvider } = await publishedPair();
    const own = await w.client.client.post("/api/v1/moderation/reports", {
      subjectKind: "review",
      subjectId: ofProvider.id,
      reason: "We regret what we wrote",
    });
    const refused = expectError(own, 403, "forbidden");
    expect(refused.message).toContain("other side");
  });

  it("hides a review once: a second hide, even at the same moment, is told it is hidden and keeps the first reason", async () => {
    const { ofProvider } = await publishedPair();
    const hide = (as: Person, reason: string) =>
      as.client.post(`/api/v1/moderation/reviews/${ofProvider.id}/hide`, { reason });
    const both = await Promise.all([hide(mona, "Personal data"), hide(max, "Off-topic text")]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expectError(
      both.find((r) => r.statusCode === 409)!,
      409,
      "review_already_hidden",
    );
    const winner = both.find((r) => r.statusCode === 200)!.json<{ reason: string }>().reason;
    const seen = (await roundsSeenBy(w, w.client))[0]!.reviews.find((r) => r.id === ofProvider.id);
    expect(seen?.hidden).toMatchObject({ reason: winner });
    const hidden = bodyOf<{ events: { type: string }[] }>(
      await w.client.client.get(w.url("/events")),
    ).events.filter((e) => e.type === "review.hidden");
    expect(hidden).toHaveLength(1);
  });

  it("takes one appeal when both parties appeal at once, and tells the other it was used", async () => {
    const caseId = await caseFromSentThreat(w);
    t.clock.advance(8 * DAY_MS);
    bodyOf(
      await mona.client.post(caseUrl(caseId, "/decision"), {
        decision: "warning",
        reason: "A threat against an honest review",
      }),
    );
    const both = await Promise.all([
      w.client.client.post(caseUrl(caseId, "/appeal"), { reason: "Too lenient for a threat" }),
      w.provider.client.post(caseUrl(caseId, "/appeal"), { reason: "It was no threat at all" }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expectError(
      both.find((r) => r.statusCode === 409)!,
      409,
      "appeal_already_used",
    );
  });

  it("walks a case's edges: answer once, no appeal before a decision, one appeal, no self-review of an appeal", async () => {
    const caseId = await caseFromSentThreat(w);
    expectError(
      await w.provider.client.post(caseUrl(caseId, "/appeal"), { reason: "Too early to appeal" }),
      409,
      "case_wrong_state",
    );
    expectError(
      await w.provider.client.post(caseUrl(caseId, "/response"), { response: "" }),
      400,
      "validation_failed",
    );
    bodyOf(await w.provider.client.post(caseUrl(caseId, "/response"), { response: "Sorry." }));
    expectError(
      await w.provider.client.post(caseUrl(caseId, "/response"), { response: "Again." }),
      409,
      "case_wrong_state",
    );
    expectError(
      await mona.client.post(caseUrl(caseId, "/decision"), { decision: "warning" }),
      400,
      "validation_failed",
    );
    expectError(
      await mona.client.post(caseUrl(caseId, "/decision"), {
        decision: "banish",
        reason: "A threat",
      }),
      400,
      "validation_failed",
    );
    expectError(
      await mona.client.post(caseUrl("no-such-case", "/decision"), {
        decision: "warning",
        reason: "A threat",
      }),
      404,
      "not_found",
    );
    const providerHealth = async () =>
      bodyOf<{ provider: { score: number | null; cap: { reason: string; limit: number } | null } }>(
        await w.client.client.get(w.url("/health")),
      ).provider;
    expect((await providerHealth()).cap).toBeNull();
    bodyOf(
      await mona.client.post(caseUrl(caseId, "/decision"), {
        decision: "warning",
        reason: "A threat against an honest review",
      }),
    );
    // A verified retaliation caps the sender's health at 40 (HEALTH.md), while it stands.
    const capped = await providerHealth();
    expect(capped.cap).toEqual({ reason: "verified_threat", limit: 40 });
    expect(capped.score ?? 0).toBeLessThanOrEqual(40);
    expectError(
      await mona.client.post(caseUrl(caseId, "/appeal"), { reason: "Moderators do not appeal" }),
      403,
      "forbidden",
    );
    bodyOf(await w.provider.client.post(caseUrl(caseId, "/appeal"), { reason: "We apologised." }));
    expectError(
      await w.provider.client.post(caseUrl(caseId, "/appeal"), { reason: "A second appeal" }),
      409,
      "appeal_already_used",
    );
    expectError(
      await max.client.post(caseUrl(caseId, "/appeal/decision"), { outcome: "upheld" }),
      400,
      "validation_failed",
    );
    const closed = bodyOf<CaseBody>(
      await max.client.post(caseUrl(caseId, "/appeal/decision"), {
        outcome: "overturned",
        reason: "The provider withdrew the threat at once.",
      }),
    );
    expect(closed).toMatchObject({ status: "closed", appeal: { outcome: "overturned" } });
    expect((await providerHealth()).cap).toBeNull();
    expectError(
      await max.client.post(caseUrl(caseId, "/appeal/decision"), {
        outcome: "upheld",
        reason: "Changed my mind",
      }),
      409,
      "case_wrong_state",
    );
  });

  it("tells each side's systems of every review and moderation step by webhook, never a blind text", async () => {
    const hook = async (owner: Person, orgId: string) =>
      bodyOf<{ id: string }>(
        await owner.client.post(`/api/v1/orgs/${orgId}/webhooks`, {
          url: "https://hooks.example.com/accord",
          eventTypes: [],
        }),
        201,
      ).id;
    const clientHook = await hook(w.client, w.clientOrg.id);
    const providerHook = await hook(w.provider, w.providerOrg.id);
    const sent = async (owner: Person, orgId: string, hookId: string) =>
      bodyOf<{ deliveries: { eventType: string }[] }>(
        await owner.client.get(`/api/v1/orgs/${orgId}/webhooks/${hookId}/deliveries`),
      )
        .deliveries.map((d) => d.eventType)
        .filter((type) => /^(review|moderation)\./.test(type));
    bodyOf(await writeReview(w, w.client), 201);
    expect(await sent(w.provider, w.providerOrg.id, providerHook)).toEqual(["review.submitted"]);
    const caseId = await (async () => {
      bodyOf(await writeReview(w, w.provider), 201);
      const review = (await roundsSeenBy(w, w.provider))[0]!.reviews.find(
        (r) => r.reviewerSide === "client",
      )!;
      const replied = bodyOf<{ screening: { caseId: string } }>(
        await w.provider.client.post(w.url(`/reviews/${review.id}/reply`), {
          body: THREAT_FR,
          sendAnyway: true,
        }),
        201,
      );
      return replied.screening.caseId;
    })();
    t.clock.advance(8 * DAY_MS);
    bodyOf(
      await mona.client.post(caseUrl(caseId, "/decision"), {
        decision: "warning",
        reason: "A threat against an honest review",
      }),
    );
    const expected = [
      "review.submitted",
      "review.submitted",
      "review.published",
      "review.replied",
      "moderation.case_opened",
      "moderation.case_decided",
    ];
    for (const [owner, orgId, hookId] of [
      [w.client, w.clientOrg.id, clientHook],
      [w.provider, w.providerOrg.id, providerHook],
    ] as const) {
      expect([...(await sent(owner, orgId, hookId))].sort()).toEqual([...expected].sort());
    }
    const bodies = await t.deps.db.selectFrom("webhook_deliveries").select("payload").execute();
    expect(JSON.stringify(bodies)).not.toContain("sloppy");
  });

  it("marks for a moderator's closer look a review written soon after a dispute, and a review a dispute soon followed, hiding neither", async () => {
    const dispute = (as: Person) =>
      as.client.post(w.url("/disputes"), {
        subject: { kind: "conduct", ref: null },
        statement: "The invoice for the checkout is still unpaid.",
        wants: "Payment of the agreed amount.",
      });
    bodyOf(await dispute(w.provider), 201);
    t.clock.advance(2 * DAY_MS);
    bodyOf(await writeReview(w, w.client), 201);
    t.clock.advance(DAY_MS);
    bodyOf(await writeReview(w, w.provider), 201);
    const marked = async () =>
      bodyOf<{
        reviews: {
          reviewId: string;
          reviewerSide: string;
          closerLook: { direction: string; step: string }[];
        }[];
      }>(await mona.client.get("/api/v1/moderation/closer-look")).reviews;
    // The client was pressed by the provider's dispute two days before reviewing it.
    expect(await marked()).toEqual([
      expect.objectContaining({
        reviewerSide: "client",
        // The moderator belongs to neither side: the web offers no link into the engagement.
        viewerIsParty: false,
        closerLook: [
          expect.objectContaining({ direction: "review_after_pressure", step: "dispute" }),
        ],
      }),
    ]);
    // Three days after the provider's review, the client it reviewed opens a dispute.
    t.clock.advance(3 * DAY_MS);
    bodyOf(await dispute(w.client), 201);
    const both = await marked();
    expect(both.find((r) => r.reviewerSide === "provider")?.closerLook).toEqual([
      expect.objectContaining({ direction: "pressure_after_review", step: "dispute" }),
    ]);
    expect(both).toHaveLength(2);
    // One at a time, newest first, the way every list pages; names for the screen.
    interface Page {
      reviews: { reviewId: string; reviewerOrgName: string; engagementTitle: string }[];
      nextCursor: string | null;
    }
    const first = bodyOf<Page>(await mona.client.get("/api/v1/moderation/closer-look?limit=1"));
    expect(first.reviews).toEqual([
      expect.objectContaining({
        reviewId: both[0]!.reviewId,
        reviewerOrgName: w.providerOrg.name,
        engagementTitle: expect.any(String) as string,
      }),
    ]);
    const second = bodyOf<Page>(
      await mona.client.get(
        `/api/v1/moderation/closer-look?limit=1&cursor=${encodeURIComponent(first.nextCursor!)}`,
      ),
    );
    expect(second.reviews.map((r) => r.reviewId)).toEqual([both[1]!.reviewId]);
    expect(second.nextCursor).toBeNull();
    expectError(
      await mona.client.get("/api/v1/moderation/closer-look?cursor=not-a-cursor"),
      400,
      "validation_failed",
    );
    // Marked, never hidden: both sides still read both reviews.
    const [round] = await roundsSeenBy(w, w.client);
    expect(round?.reviews.map((r) => [r.reviewerSide, r.hidden, r.body === null])).toEqual([
      ["client", null, false],
      ["provider", null, false],
    ]);
    expectError(await w.client.client.get("/api/v1/moderation/closer-look"), 403, "forbidden");
  });

  it("feeds the private ratings to health once the round is published, never before", async () => {
    interface HealthBody {
      provider: { inputs: { input: string; evidence: { id: string }[] }[] };
      warnings: { code: string; level: string; values: Record<string, unknown> }[];
    }
    const health = async () => bodyOf<HealthBody>(await w.provider.client.get(w.url("/health")));
    const satisfactionEvidence = (h: HealthBody) =>
      h.provider.inputs.find((i) => i.input === "satisfaction")?.evidence.map((e) => e.id) ?? [];
    const written = bodyOf<{ round: { reviews: { id: string }[] } }>(
      await writeReview(w, w.client), // privately rated 3 of 10
      201,
    );
    const clientReviewId = written.round.reviews[0]!.id;
    // Blind: the provider cannot read the rating off its health before publication.
    const blind = await health();
    expect(satisfactionEvidence(blind)).toEqual([]);
    expect(blind.warnings.map((x) => x.code)).not.toContain("low_private_rating");
    bodyOf(await writeReview(w, w.provider), 201);
    const published = await health();
    expect(satisfactionEvidence(published)).toEqual([`review:${clientReviewId}`]);
    expect(published.warnings).toContainEqual(
      expect.objectContaining({
        code: "low_private_rating",
        level: "amber",
        values: expect.objectContaining({ fromSide: "client", count: 1 }) as unknown,
      }),
    );
    // `accord rescore` folds every ledger from the start and reaches the same facts.
    await rescoreAll(t.deps, { cohort: "keep" });
    expect(satisfactionEvidence(await health())).toEqual([`review:${clientReviewId}`]);
  });

  it("keeps a blind review blind even when screening opens a case on it or records its legal threat", async () => {
    const threat = "Si vous ne retirez pas votre avis, nous vous poursuivrons en justice.";
    const sent = bodyOf<{ screening: { kind: string; caseId: string | null } | null }>(
      await writeReview(w, w.client, { body: threat, sendAnyway: true }),
      201,
    );
    expect(sent.screening?.kind).toBe("retaliation");
    const caseId = sent.screening!.caseId!;
    const leaks = (json: unknown) => /retirez|poursuivrons|justice/i.test(JSON.stringify(json));
    const seenByProvider = bodyOf<CaseBody & { evidence: unknown }>(
      await w.provider.client.get(caseUrl(caseId)),
    );
    expect(seenByProvider).toMatchObject({ viewerRole: "complainant", subject: { text: null } });
    expect(leaks(seenByProvider)).toBe(false);
    expect(leaks(bodyOf(await w.provider.client.get("/api/v1/moderation/cases")))).toBe(false);
    expect(leaks(bodyOf(await w.provider.client.get(w.url("/events"))))).toBe(false);
    // Its author and the moderators read it all along.
    expect(leaks(bodyOf(await w.client.client.get(caseUrl(caseId))))).toBe(true);
    expect(leaks(bodyOf(await mona.client.get(caseUrl(caseId))))).toBe(true);
    // Published, the review and everything about it is there for the reviewed side too.
    bodyOf(await writeReview(w, w.provider), 201);
    const afterPublication = bodyOf<CaseBody>(await w.provider.client.get(caseUrl(caseId)));
    expect(afterPublication.subject).toMatchObject({ text: threat });
    expect(leaks(afterPublication.reason)).toBe(true);
  });

  it("records a blind review's legal threat in the history without quoting it", async () => {
    const threat =
      "Facture impayée depuis 60 jours : sans paiement sous huit jours, nous vous adresserons une mise en demeure.";
    const sent = bodyOf<{ screening: { kind: string } | null }>(
      await writeReview(w, w.provider, { body: threat, sendAnyway: true }),
      201,
    );
    expect(sent.screening?.kind).toBe("legal_threat");
    const events = bodyOf<{ events: { type: string; payload: unknown }[] }>(
      await w.client.client.get(w.url("/events")),
    ).events;
    const recorded = events.find((e) => e.type === "screening.legal_threat_recorded");
    expect(recorded?.payload).toMatchObject({ subjectKind: "review", evidence: [] });
    expect(JSON.stringify(events)).not.toMatch(/mise en demeure/i);
  });

  it("opens a round of reviews when the exit completes, not before", async () => {
    const exit = bodyOf<{ exitDate: string }>(
      await w.client.client.post(w.url("/exit"), { reason: "notice" }),
      201,
    );
    const exitReview = (as: Person) => writeReview(w, as, { occasion: { kind: "exit", ref: "" } });
    // The refusal names the occasion asked for, not a milestone.
    expect(expectError(await exitReview(w.client), 422, "review_occasion_unknown").message).toBe(
      "There is nothing to review yet for this occasion: the exit has not completed.",
    );
    expect((await roundsSeenBy(w, w.client)).map((r) => r.occasion.kind)).toEqual(["milestone"]);
    const exitAt = Date.parse(`${exit.exitDate}T00:00:00.000Z`);
    t.clock.advance(exitAt - t.clock.now().getTime());
    const rounds = await roundsSeenBy(w, w.provider);
    expect(rounds.find((r) => r.occasion.kind === "exit")).toMatchObject({
      occasion: { kind: "exit", ref: "" },
      openedAt: new Date(exitAt).toISOString(),
      canSubmit: true,
      reviews: [],
    });
    bodyOf(await exitReview(w.client), 201);
    const both = bodyOf<{ round: { publishedAt: string | null; reviews: unknown[] } }>(
      await exitReview(w.provider),
      201,
    );
    expect(both.round.publishedAt).not.toBeNull();
    expect(both.round.reviews).toHaveLength(2);
    const engagementReview = expectError(
      await writeReview(w, w.client, { occasion: { kind: "engagement", ref: "" } }),
      422,
      "review_occasion_unknown",
    );
    // Milestone m1 was never accepted: the exit ended the engagement, and is its occasion.
    expect(engagementReview.message).toBe(
      "This engagement ended by its exit before all its milestones were accepted: it is reviewed at its exit, not as an occasion of its own.",
    );
  });

  it("keeps a suspended organisation from reviewing while suspended, and says so in the round", async () => {
    const message = bodyOf<{ id: string }>(
      await w.client.client.post(w.url("/messages"), {
        thread: "engagement",
        body: "Your team is useless and everyone in town will know it.",
      }),
      201,
    );
    const reported = bodyOf<CaseBody>(
      await w.provider.client.post("/api/v1/moderation/reports", {
        subjectKind: "message",
        subjectId: message.id,
        reason: "An insult and a threat to our reputation.",
      }),
      201,
    );
    t.clock.advance(8 * DAY_MS);
    bodyOf(
      await mona.client.post(caseUrl(reported.id, "/decision"), {
        decision: "suspension",
        reason: "Intimidation of the other side",
        suspensionDays: 3,
      }),
    );
    // The round is still open (day 8 of 14), but not to a suspended side.
    expect((await roundsSeenBy(w, w.client))[0]).toMatchObject({ canSubmit: false });
    expect((await roundsSeenBy(w, w.provider))[0]).toMatchObject({ canSubmit: true });
    expectError(await writeReview(w, w.client), 403, "organisation_suspended");
    t.clock.advance(3 * DAY_MS);
    expect((await roundsSeenBy(w, w.client))[0]).toMatchObject({ canSubmit: true });
    bodyOf(await writeReview(w, w.client), 201);
  });
});
