import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setPlatformRole } from "../../../src/server/modules/auth/users.repository";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, signUpPerson, type Person, type TestApp } from "../../support/test-app";
import { createOrg, DAY_MS, expectError, type LedgerEventBody } from "../api-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf, joinAs } from "../proposals-agreements/proposal-fixtures";
import {
  buildReviewWorld,
  caseFromSentThreat,
  caseUrl,
  matchedProviderIds,
  publishProviderProfile,
  roundsSeenBy,
  THREAT_FR,
  signUpModerator,
  writeReview,
  type CaseBody,
} from "./review-fixtures";

describe.each(DIALECTS)("screening and moderation on %s", (dialect) => {
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

  const events = async () =>
    bodyOf<{ events: LedgerEventBody[] }>(await w.client.client.get(w.url("/events"))).events;

  /** The seed story up to the threat: a published negative review, the provider answers it. */
  async function threatenedReview() {
    bodyOf(await writeReview(w, w.client), 201);
    bodyOf(await writeReview(w, w.provider), 201);
    const review = (await roundsSeenBy(w, w.provider))[0]!.reviews.find(
      (r) => r.reviewerSide === "client",
    )!;
    return { review, replyUrl: w.url(`/reviews/${review.id}/reply`) };
  }

  it("nudges before a threatening reply, then opens a case and keeps the review up when sent anyway", async () => {
    const { review, replyUrl } = await threatenedReview();
    const nudge = expectError(
      await w.provider.client.post(replyUrl, { body: THREAT_FR }),
      422,
      "screening_nudge",
    );
    expect(nudge.message).toContain("policy");
    expect(nudge.fields?.map((f) => f.message)).toEqual(
      expect.arrayContaining([
        "demand to remove or change the review “Retirez”",
        "legal threat “en justice”",
      ]),
    );
    const sent = bodyOf<{ screening: { kind: string; caseId: string; policy: string } }>(
      await w.provider.client.post(replyUrl, { body: THREAT_FR, sendAnyway: true }),
      201,
    );
    expect(sent.screening).toMatchObject({
      kind: "retaliation",
      caseId: expect.any(String) as string,
    });

    const after = (await roundsSeenBy(w, w.client))[0]!.reviews.find((r) => r.id === review.id);
    expect(after).toMatchObject({ body: "Late and sloppy work on the checkout.", hidden: null });
    const queue = bodyOf<{ cases: CaseBody[] }>(await mona.client.get("/api/v1/moderation/queue"));
    expect(queue.cases).toEqual([
      expect.objectContaining({
        id: sent.screening.caseId,
        source: "screening",
        status: "open",
        accusedOrgId: w.providerOrg.id,
        accusedOrgName: w.providerOrg.name,
        complainantOrgName: w.clientOrg.name,
        subject: { kind: "reply", id: review.id, text: THREAT_FR },
      }),
    ]);
    expect((await events()).map((e) => e.type)).toContain("moderation.case_opened");
    // The case explains itself in each reader's language, naming the phrases and the link.
    expect(queue.cases[0]?.reason).toBe(
      "Retaliation: legal threat “vous poursuivrons” and legal threat “en justice”, " +
        "under the condition “sinon”; link to a review: sent after the recipient reviewed " +
        "the sender, attached to a review, demand to remove or change the review “Retirez”, " +
        "and review named “avis”.",
    );
    bodyOf(await w.client.client.patch("/api/v1/me", { locale: "fr" }));
    const seenInFrench = bodyOf<{ cases: CaseBody[] }>(
      await w.client.client.get("/api/v1/moderation/cases"),
    ).cases[0];
    expect(seenInFrench?.reason).toBe(
      "Représailles : menace juridique « vous poursuivrons » et menace juridique « en justice », " +
        "sous la condition « sinon » ; lien avec un avis : envoyé après que le destinataire a " +
        "évalué l’expéditeur, rattaché à un avis, demande de retirer ou de modifier l’avis " +
        "« Retirez » et avis mentionné « avis ».",
    );

    const stats = bodyOf<{ shown: number; sentAnyway: number; revisionRate: number }>(
      await mona.client.get("/api/v1/moderation/nudge-stats"),
    );
    expect(stats).toMatchObject({ shown: 1, sentAnyway: 1, revised: 0, revisionRate: 0 });
  });

  it("records a legal threat in the history without a case, and counts a revision after a nudge", async () => {
    const threat =
      "If invoice 2026-0001 is not paid by Friday, we will hand the matter to our lawyers.";
    const nudge = expectError(
      await w.provider.client.post(w.url("/messages"), { thread: "engagement", body: threat }),
      422,
      "screening_nudge",
    );
    expect(nudge.message).toContain("legal threat");
    bodyOf(
      await w.provider.client.post(w.url("/messages"), {
        thread: "engagement",
        body: "Invoice 2026-0001 is two weeks overdue; could you check with accounting?",
      }),
      201,
    );
    const sent = bodyOf<{ screening: { kind: string; caseId: string | null } }>(
      await w.provider.client.post(w.url("/messages"), {
        thread: "engagement",
        body: threat,
        sendAnyway: true,
      }),
      201,
    );
    expect(sent.screening).toMatchObject({ kind: "legal_threat", caseId: null });
    const recorded = (await events()).filter((e) => e.type === "screening.legal_threat_recorded");
    expect(recorded).toHaveLength(1);
    expect(
      bodyOf<{ cases: CaseBody[] }>(await mona.client.get("/api/v1/moderation/queue")).cases,
    ).toEqual([]);
    expect(
      bodyOf<Record<string, unknown>>(await mona.client.get("/api/v1/moderation/nudge-stats")),
    ).toMatchObject({ shown: 1, revised: 1, sentAnyway: 0, revisionRate: 1 });
  });

  it("says, when a step comes out of order, where the case stands and which step it refuses, in the reader's language", async () => {
    const caseId = await caseFromSentThreat(w);
    bodyOf(
      await w.provider.client.post(caseUrl(caseId, "/response"), { response: "We withdraw it." }),
    );
    const colleague = await joinAs(t, w.provider, w.providerOrg, "Elena", "owner", "es");
    const answeringTwice = expectError(
      await colleague.client.post(caseUrl(caseId, "/response"), { response: "Otra vez." }),
      409,
      "case_wrong_state",
    );
    expect(answeringTwice.message).toBe(
      "Este caso de moderación ya fue respondido y espera la decisión de un moderador, así que ya no puede responderse al aviso.",
    );
    const appealing = expectError(
      await w.provider.client.post(caseUrl(caseId, "/appeal"), { reason: "Too early." }),
      409,
      "case_wrong_state",
    );
    expect(appealing.message).toBe(
      "This moderation case is open and awaits a moderator’s decision, so it cannot be appealed.",
    );
    const decidingAppeal = expectError(
      await max.client.post(caseUrl(caseId, "/appeal/decision"), {
        outcome: "upheld",
        reason: "Nothing to appeal yet.",
      }),
      409,
      "case_wrong_state",
    );
    expect(decidingAppeal.message).toBe(
      "This moderation case is open and awaits a moderator’s decision, so no appeal on it can be decided.",
    );
  });

  it("decides with due process: notice, answer, decision by a moderator, one appeal to another", async () => {
    const caseId = await caseFromSentThreat(w);
    await publishProviderProfile(w);
    const matchedIds = () => matchedProviderIds(w);
    expect(await matchedIds()).toContain(w.providerOrg.id);
    const expel = { decision: "expulsion", reason: "Legal threat to remove an honest review" };

    expectError(await w.client.client.post(caseUrl(caseId, "/decision"), expel), 403, "forbidden");
    expectError(
      await mona.client.post(caseUrl(caseId, "/decision"), expel),
      409,
      "response_window_open",
    );
    const outsider = await signUpPerson(t.app, "Otto");
    expectError(await outsider.client.get(caseUrl(caseId)), 404, "not_found");
    expectError(
      await w.client.client.post(caseUrl(caseId, "/response"), { response: "Not ours" }),
      403,
      "forbidden",
    );
    const answered = bodyOf<CaseBody>(
      await w.provider.client.post(caseUrl(caseId, "/response"), {
        response: "We were upset; we withdraw the threat.",
      }),
    );
    expect(answered).toMatchObject({
      viewerRole: "accused",
      notice: { response: expect.any(String) as string },
    });

    const decided = bodyOf<CaseBody>(await mona.client.post(caseUrl(caseId, "/decision"), expel));
    expect(decided).toMatchObject({ status: "decided", decision: { decision: "expulsion" } });
    expectError(
      await mona.client.post(caseUrl(caseId, "/decision"), expel),
      409,
      "case_wrong_state",
    );
    const flagged = (await events()).find((e) => e.type === "engagement.exit_flagged");
    expect(flagged?.payload).toMatchObject({
      expelledOrgId: w.providerOrg.id,
      protectedSide: "client",
    });
    // The client's engagement moves to a protected exit: notice waived, hand-over owed.
    expect(bodyOf(await w.client.client.get(w.url("/exit")))).toMatchObject({
      reason: "protected",
      givenSide: "client",
      isNoticeWaived: true,
    });
    expect(await matchedIds()).not.toContain(w.providerOrg.id);
    // Gone from the directory too: its profile answers 404 to others, not to its own members.
    const profileUrl = `/api/v1/providers/${w.providerOrg.id}`;
    expectError(await w.client.client.get(profileUrl), 404, "not_found");
    expect((await w.provider.client.get(profileUrl)).statusCode).toBe(200);
    expect((await mona.client.get(profileUrl)).statusCode).toBe(200);
    expectError(
      await w.provider.client.post("/api/v1/engagements", {
        orgId: w.providerOrg.id,
        title: "Another shop",
        description: "A new start",
        counterpartEmail: "someone@example.test",
      }),
      403,
      "organisation_suspended",
    );

    bodyOf(
      await w.provider.client.post(caseUrl(caseId, "/appeal"), {
        reason: "We apologised at once.",
      }),
    );
    expectError(
      await w.client.client.post(caseUrl(caseId, "/appeal"), { reason: "Appealing too late" }),
      409,
      "appeal_already_used",
    );
    const uphold = { outcome: "upheld", reason: "The threat named the review." };
    expectError(
      await mona.client.post(caseUrl(caseId, "/appeal/decision"), uphold),
      409,
      "appeal_same_moderator",
    );
    expectError(
      await w.client.client.post(caseUrl(caseId, "/appeal/decision"), uphold),
      403,
      "forbidden",
    );
    const closed = bodyOf<CaseBody>(
      await max.client.post(caseUrl(caseId, "/appeal/decision"), uphold),
    );
    expect(closed).toMatchObject({ status: "closed", appeal: { outcome: "upheld" } });

    const seenByClient = bodyOf<CaseBody>(await w.client.client.get(caseUrl(caseId)));
    expect(seenByClient).toMatchObject({ viewerRole: "complainant", status: "closed" });
    expect(
      (await events()).map((e) => e.type).filter((type) => type.startsWith("moderation.")),
    ).toEqual([
      "moderation.case_opened",
      "moderation.response_filed",
      "moderation.case_decided",
      "moderation.case_appealed",
      "moderation.appeal_decided",
    ]);
  });

  it("lets no moderator decide a case, or its appeal, that involves their own organisation", async () => {
    const caseId = await caseFromSentThreat(w);
    bodyOf(
      await w.provider.client.post(caseUrl(caseId, "/response"), { response: "We withdraw it." }),
    );
    // A member of the accused organisation who is also a moderator judges neither step.
    const becomesModerator = (isModerator: boolean) =>
      setPlatformRole(t.deps.db, w.provider.userId, isModerator ? "moderator" : "user");
    const warning = { decision: "warning", reason: "A threat against an honest review" };
    await becomesModerator(true);
    expectError(
      await w.provider.client.post(caseUrl(caseId, "/decision"), warning),
      403,
      "moderator_is_party",
    );
    await becomesModerator(false);
    bodyOf(await mona.client.post(caseUrl(caseId, "/decision"), warning));
    bodyOf(await w.provider.client.post(caseUrl(caseId, "/appeal"), { reason: "We apologised." }));
    await becomesModerator(true);
    expectError(
      await w.provider.client.post(caseUrl(caseId, "/appeal/decision"), {
        outcome: "overturned",
        reason: "We judge ourselves innocent.",
      }),
      403,
      "moderator_is_party",
    );
    const closed = bodyOf<CaseBody>(
      await max.client.post(caseUrl(caseId, "/appeal/decision"), {
        outcome: "upheld",
        reason: "The threat named the review.",
      }),
    );
    expect(closed).toMatchObject({ status: "closed" });
  });

  it("shows a reported review's text in its case, except to the parties once a moderator hid it", async () => {
    bodyOf(await writeReview(w, w.client), 201);
    bodyOf(await writeReview(w, w.provider), 201);
    const clientReview = (await roundsSeenBy(w, w.provider))[0]!.reviews.find(
      (r) => r.reviewerSide === "client",
    )!;
    const reported = bodyOf<CaseBody>(
      await w.provider.client.post("/api/v1/moderation/reports", {
        subjectKind: "review",
        subjectId: clientReview.id,
        reason: "The review names our employee by full name.",
      }),
      201,
    );
    const text = "Late and sloppy work on the checkout.";
    expect(reported).toMatchObject({
      subject: { kind: "review", text },
      accusedOrgName: w.clientOrg.name,
      complainantOrgName: w.providerOrg.name,
    });
    bodyOf(
      await mona.client.post(`/api/v1/moderation/reviews/${clientReview.id}/hide`, {
        reason: "Personal data in a public review",
      }),
    );
    const subjectSeenBy = async (as: Person) =>
      bodyOf<{ subject: { text: string | null } }>(await as.client.get(caseUrl(reported.id)))
        .subject.text;
    expect(await subjectSeenBy(w.provider)).toBeNull();
    expect(await subjectSeenBy(w.client)).toBeNull();
    expect(await subjectSeenBy(mona)).toBe(text);
  });

  it("lets a member report a review of the other side, and a suspension stops their reviews", async () => {
    bodyOf(await writeReview(w, w.client), 201);
    bodyOf(await writeReview(w, w.provider), 201);
    const clientReview = (await roundsSeenBy(w, w.provider))[0]!.reviews.find(
      (r) => r.reviewerSide === "client",
    )!;
    expectError(
      await w.client.client.post("/api/v1/moderation/reports", {
        subjectKind: "review",
        subjectId: clientReview.id,
        reason: "Reporting my own review",
      }),
      403,
      "forbidden",
    );
    const reported = bodyOf<CaseBody>(
      await w.provider.client.post("/api/v1/moderation/reports", {
        subjectKind: "review",
        subjectId: clientReview.id,
        reason: "The review names our employee by full name.",
      }),
      201,
    );
    expect(reported).toMatchObject({
      source: "report",
      accusedOrgId: w.clientOrg.id,
      status: "open",
    });
    t.clock.advance(8 * DAY_MS);
    bodyOf(
      await mona.client.post(caseUrl(reported.id, "/decision"), {
        decision: "suspension",
        reason: "Personal data in a public review",
        suspensionDays: 10,
      }),
    );
    const cases = bodyOf<{ cases: CaseBody[] }>(
      await w.client.client.get("/api/v1/moderation/cases"),
    );
    expect(cases.cases).toMatchObject([{ id: reported.id, viewerRole: "accused" }]);
    const start = (orgId: string) =>
      w.client.client.post("/api/v1/engagements", {
        orgId,
        title: "Another project",
        counterpartEmail: "someone@example.test",
      });
    expectError(await start(w.clientOrg.id), 403, "organisation_suspended");
    expectError(
      await writeReview(w, w.client, { occasion: { kind: "milestone", ref: "m2" } }),
      403,
      "organisation_suspended",
    );
    // Nor may it answer the review of it in public while suspended.
    const providerReview = (await roundsSeenBy(w, w.client))[0]!.reviews.find(
      (r) => r.reviewerSide === "provider",
    )!;
    const reply = () =>
      w.client.client.post(w.url(`/reviews/${providerReview.id}/reply`), {
        body: "Thank you, we enjoyed the work too.",
      });
    expectError(await reply(), 403, "organisation_suspended");
    const otherOrg = await createOrg(w.client, "client");
    bodyOf(await start(otherOrg.id), 201);
    t.clock.advance(10 * DAY_MS);
    bodyOf(await start(w.clientOrg.id), 201);
    bodyOf(await reply(), 201);
  });
});
