import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setPlatformRole } from "../../../src/server/modules/auth/users.repository";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, signUpPerson, type Person, type TestApp } from "../../support/test-app";
import { createOrg, createToken, DAY_MS, expectError, withBearer } from "../api-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf, joinAs } from "../proposals-agreements/proposal-fixtures";
import {
  buildReviewWorld,
  caseFromSentThreat,
  caseUrl,
  matchedProviderIds,
  publishProviderProfile,
  roundsSeenBy,
  signUpModerator,
  writeReview,
  type CaseBody,
} from "./review-fixtures";

interface Page {
  cases: (CaseBody & { notice: { isWindowOpen: boolean } })[];
  nextCursor: string | null;
}

/**
 * Moderation's gaps found by trying it (issue 13): a moderator who belongs to an organisation
 * reads its cases as the party they are and judges none of them; the queue pages and holds only
 * what its reader may decide; a suspension keeps a provider out of matching until it ends; the
 * accused answers within the response window, not after; nobody of either side hides a review.
 */
describe.each(DIALECTS)("moderation's gaps on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  let mona: Person;
  let max: Person;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    w = await buildReviewWorld(t);
    mona = await signUpModerator(t, "Mona");
    max = await signUpModerator(t, "Max");
  });
  afterEach(async () => {
    await t.close();
  });

  const queueOf = async (as: Person, query = "") =>
    bodyOf<Page>(await as.client.get(`/api/v1/moderation/queue${query}`));
  const myCasesOf = async (as: Person) =>
    bodyOf<Page>(await as.client.get("/api/v1/moderation/cases"));

  /** The client reports `count` of the provider's messages, a second apart: one case each. */
  async function reports(count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let n = 1; n <= count; n += 1) {
      const message = bodyOf<{ id: string }>(
        await w.provider.client.post(w.url("/messages"), {
          thread: "engagement",
          body: `Rude remark number ${n}.`,
        }),
        201,
      );
      const reported = bodyOf<CaseBody>(
        await w.client.client.post("/api/v1/moderation/reports", {
          subjectKind: "message",
          subjectId: message.id,
          reason: "Rude and insulting.",
        }),
        201,
      );
      ids.push(reported.id);
      t.clock.advance(1_000);
    }
    return ids;
  }

  it("shows a moderator their own organisation's case as the party they are, never to judge", async () => {
    const caseId = await caseFromSentThreat(w);
    await setPlatformRole(t.deps.db, w.provider.userId, "moderator");
    // Their cases list the case against their organisation, as the accused.
    expect((await myCasesOf(w.provider)).cases).toEqual([
      expect.objectContaining({ id: caseId, viewerRole: "accused" }),
    ]);
    expect(bodyOf<CaseBody>(await w.provider.client.get(caseUrl(caseId))).viewerRole).toBe(
      "accused",
    );
    // Their queue holds only what they may decide; another moderator's holds it.
    expect((await queueOf(w.provider)).cases).toEqual([]);
    expect((await queueOf(mona)).cases.map((c) => c.id)).toEqual([caseId]);
    // As the accused they answer the notice; as a party they decide nothing.
    const answered = bodyOf<CaseBody>(
      await w.provider.client.post(caseUrl(caseId, "/response"), { response: "We withdraw it." }),
    );
    expect(answered).toMatchObject({
      viewerRole: "accused",
      notice: { response: "We withdraw it." },
    });
    const warning = { decision: "warning", reason: "A threat against an honest review" };
    expectError(
      await w.provider.client.post(caseUrl(caseId, "/decision"), warning),
      403,
      "moderator_is_party",
    );
    // The complainant's member who moderates is a party too.
    await setPlatformRole(t.deps.db, w.client.userId, "moderator");
    expect((await myCasesOf(w.client)).cases).toEqual([
      expect.objectContaining({ id: caseId, viewerRole: "complainant" }),
    ]);
    expectError(
      await w.client.client.post(caseUrl(caseId, "/decision"), warning),
      403,
      "moderator_is_party",
    );
    // Someone who is neither party nor moderator is told only moderators decide.
    await setPlatformRole(t.deps.db, w.client.userId, "user");
    expectError(
      await w.client.client.post(caseUrl(caseId, "/decision"), warning),
      403,
      "forbidden",
    );
    bodyOf(await mona.client.post(caseUrl(caseId, "/decision"), warning));
  });

  it("pages the queue oldest first and leaves an appeal of one's own decision to another", async () => {
    const [oldest, middle, newest] = await reports(3);
    const first = await queueOf(mona, "?limit=2");
    expect(first.cases.map((c) => c.id)).toEqual([oldest, middle]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await queueOf(mona, `?limit=2&cursor=${encodeURIComponent(first.nextCursor!)}`);
    expect(second.cases.map((c) => c.id)).toEqual([newest]);
    expect(second.nextCursor).toBeNull();
    for (const query of ["limit=0", "limit=201", "limit=two", "cursor=not-a-cursor"]) {
      expectError(
        await mona.client.get(`/api/v1/moderation/queue?${query}`),
        400,
        "validation_failed",
      );
    }
    // Mona decides the oldest; the provider appeals: Max rules on it, so only Max's queue has it.
    t.clock.advance(8 * DAY_MS);
    bodyOf(
      await mona.client.post(caseUrl(oldest!, "/decision"), {
        decision: "warning",
        reason: "Rude messages to the client",
      }),
    );
    bodyOf(await w.provider.client.post(caseUrl(oldest!, "/appeal"), { reason: "It was a joke." }));
    expect((await queueOf(mona)).cases.map((c) => c.id)).toEqual([middle, newest]);
    expect((await queueOf(max)).cases.map((c) => [c.id, c.status])).toEqual([
      [oldest, "appealed"],
      [middle, "open"],
      [newest, "open"],
    ]);
  });

  it("leaves a suspended provider out of matching until its suspension ends", async () => {
    await publishProviderProfile(w);
    const matchedIds = () => matchedProviderIds(w);
    expect(await matchedIds()).toContain(w.providerOrg.id);
    const [caseId] = await reports(1);
    t.clock.advance(8 * DAY_MS);
    bodyOf(
      await mona.client.post(caseUrl(caseId!, "/decision"), {
        decision: "suspension",
        reason: "Rude messages to the client",
        suspensionDays: 10,
      }),
    );
    expect(await matchedIds()).not.toContain(w.providerOrg.id);
    // Nor invited to propose: the same rule.
    expectError(
      await w.client.client.post(`/api/v1/briefs/${w.brief.id}/shortlist`, {
        providerOrgId: w.providerOrg.id,
        isInvited: true,
      }),
      409,
      "counterpart_suspended",
    );
    // A suspension is not an expulsion: the profile stays in the directory.
    expect((await w.client.client.get(`/api/v1/providers/${w.providerOrg.id}`)).statusCode).toBe(
      200,
    );
    t.clock.advance(10 * DAY_MS - 1_000);
    expect(await matchedIds()).not.toContain(w.providerOrg.id);
    t.clock.advance(1_000);
    expect(await matchedIds()).toContain(w.providerOrg.id);
  });

  it("refuses days with any decision but a suspension, at the field, writing nothing", async () => {
    const [caseId] = await reports(1);
    t.clock.advance(8 * DAY_MS);
    const warningWithDays = { decision: "warning", reason: "Rude messages", suspensionDays: 10 };
    const error = expectError(
      await mona.client.post(caseUrl(caseId!, "/decision"), warningWithDays),
      400,
      "validation_failed",
    );
    expect(error.fields).toEqual([
      {
        path: "suspensionDays",
        code: "days_only_for_suspension",
        message:
          "Only a suspension lasts a number of days: leave the days out for any other decision.",
      },
    ]);
    const marie = await signUpPerson(t.app, "Marie", "fr");
    await setPlatformRole(t.deps.db, marie.userId, "moderator");
    const french = await marie.client.post(caseUrl(caseId!, "/decision"), {
      ...warningWithDays,
      decision: "expulsion",
    });
    expect(
      french.json<{ error: { fields: { message: string }[] } }>().error.fields[0]?.message,
    ).toBe(
      "Seule une suspension dure un nombre de jours : n’indiquez pas de jours pour une autre décision.",
    );
    const untouched = bodyOf<CaseBody>(await mona.client.get(caseUrl(caseId!)));
    expect(untouched).toMatchObject({ status: "open", decision: null });
    // The same warning without days is decided.
    const warned = bodyOf<CaseBody>(
      await mona.client.post(caseUrl(caseId!, "/decision"), {
        decision: "warning",
        reason: "Rude messages",
      }),
    );
    expect(warned.decision).toMatchObject({ decision: "warning", suspensionDays: null });
  });

  it("refuses the accused's answer once the response window has closed, naming its end", async () => {
    const caseId = await caseFromSentThreat(w);
    const camille = await joinAs(t, w.provider, w.providerOrg, "Camille", "member", "fr");
    const opened = bodyOf<Page["cases"][number]>(await w.provider.client.get(caseUrl(caseId)));
    const dueAt = new Date(opened.notice.responseDueAt);
    expect(opened.notice.isWindowOpen).toBe(true);
    t.clock.advance(dueAt.getTime() - t.clock.now().getTime() - 1_000);
    expect(
      bodyOf<Page["cases"][number]>(await w.provider.client.get(caseUrl(caseId))).notice
        .isWindowOpen,
    ).toBe(true);
    t.clock.advance(1_000);
    const closed = bodyOf<Page["cases"][number]>(await w.provider.client.get(caseUrl(caseId)));
    expect(closed.notice.isWindowOpen).toBe(false);
    const answer = (as: Person) =>
      as.client.post(caseUrl(caseId, "/response"), { response: "Sorry, we were away." });
    const refused = expectError(await answer(w.provider), 409, "response_window_closed");
    const day = (locale: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(dueAt);
    expect(refused.message).toContain(day("en"));
    expect(refused.message).toContain("UTC");
    const refusedFr = expectError(await answer(camille), 409, "response_window_closed");
    expect(refusedFr.message).toContain(day("fr"));
    expect(refusedFr.message).toContain("délai de réponse");
    // Nothing recorded; the moderator decides on the record, and the accused still appeals.
    expect(bodyOf<CaseBody>(await mona.client.get(caseUrl(caseId))).notice.response).toBeNull();
    bodyOf(
      await mona.client.post(caseUrl(caseId, "/decision"), {
        decision: "warning",
        reason: "A threat against an honest review",
      }),
    );
    bodyOf(await w.provider.client.post(caseUrl(caseId, "/appeal"), { reason: "We were away." }));
  });

  it("lets no moderator of either side hide a review of their engagement", async () => {
    bodyOf(await writeReview(w, w.client), 201);
    bodyOf(await writeReview(w, w.provider), 201);
    const reviews = (await roundsSeenBy(w, w.client))[0]!.reviews;
    const hide = (as: Person, reviewId: string) =>
      as.client.post(`/api/v1/moderation/reviews/${reviewId}/hide`, {
        reason: "Personal data in a public review",
      });
    await setPlatformRole(t.deps.db, w.provider.userId, "moderator");
    // Neither the review of their organisation nor their organisation's own review.
    for (const review of reviews) {
      expectError(await hide(w.provider, review.id), 403, "review_hide_conflict_of_interest");
    }
    const ofProvider = reviews.find((r) => r.reviewerSide === "client")!;
    bodyOf(await hide(mona, ofProvider.id));
  });

  it("shows a moderator of either side a marked review only as their side reads it", async () => {
    // The provider disputes; two days on, the client reviews it: marked, and still blind.
    bodyOf(
      await w.provider.client.post(w.url("/disputes"), {
        subject: { kind: "conduct", ref: null },
        statement: "The invoice for the checkout is still unpaid.",
        wants: "Payment of the agreed amount.",
      }),
      201,
    );
    t.clock.advance(2 * DAY_MS);
    bodyOf(await writeReview(w, w.client), 201);
    const marked = async (as: Person) =>
      bodyOf<{ reviews: { viewerIsParty: boolean; body: string | null }[] }>(
        await as.client.get("/api/v1/moderation/closer-look"),
      ).reviews;
    const text = "Late and sloppy work on the checkout.";
    expect(await marked(mona)).toEqual([
      expect.objectContaining({ viewerIsParty: false, body: text }),
    ]);
    // The reviewed side's moderator may not read it before the round is published...
    await setPlatformRole(t.deps.db, w.provider.userId, "moderator");
    expect(await marked(w.provider)).toEqual([
      expect.objectContaining({ viewerIsParty: true, body: null }),
    ]);
    // ...its author's side may, until a moderator hides it.
    await setPlatformRole(t.deps.db, w.client.userId, "moderator");
    expect(await marked(w.client)).toEqual([expect.objectContaining({ body: text })]);
    bodyOf(await writeReview(w, w.provider), 201);
    expect((await marked(w.provider)).map((r) => r.body)).toContain(text);
    const review = (await roundsSeenBy(w, w.client))[0]!.reviews.find(
      (r) => r.reviewerSide === "client",
    )!;
    bodyOf(
      await mona.client.post(`/api/v1/moderation/reviews/${review.id}/hide`, {
        reason: "Personal data in a public review",
      }),
    );
    // Hidden, it is text neither side reads, so neither side's moderator either.
    for (const party of [w.client, w.provider]) {
      expect((await marked(party)).map((r) => r.body)).not.toContain(text);
    }
    expect((await marked(mona)).map((r) => r.body)).toContain(text);
  });

  it("gives a moderator's API token its organisation's reach, not the moderator's", async () => {
    const caseId = await caseFromSentThreat(w);
    const monaOrg = await createOrg(mona, "client");
    const token = await createToken(mona, monaOrg.id, ["engagements:read"]);
    // In person, Mona reads every case as a moderator; her token speaks for her organisation.
    expect(bodyOf<CaseBody>(await mona.client.get(caseUrl(caseId))).viewerRole).toBe("moderator");
    expectError(await withBearer(t.app, token.token, "GET", caseUrl(caseId)), 404, "not_found");
    // The provider's moderator's token reads its own organisation's case as the accused.
    await setPlatformRole(t.deps.db, w.provider.userId, "moderator");
    const own = await createToken(w.provider, w.providerOrg.id, ["engagements:read"]);
    expect(
      bodyOf<CaseBody>(await withBearer(t.app, own.token, "GET", caseUrl(caseId))).viewerRole,
    ).toBe("accused");
  });
});
