import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setPlatformRole } from "../../../src/server/modules/auth/users.repository";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, signUpPerson, type Person, type TestApp } from "../../support/test-app";
import { DAY_MS, expectError, type LedgerEventBody } from "../api-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";
import {
  buildReviewWorld,
  caseUrl,
  roundsSeenBy,
  signUpModerator,
  writeReview,
  type CaseBody,
} from "./review-fixtures";

/** A veiled threat screening does not catch: the reason a person reports it. */
const VEILED_THREAT = "Clear brief. We know where your office is, and so do our friends.";

/**
 * A threat screening missed reaches a moderator through a person's report; the moderator who
 * finds it real says so, and it then counts against the accused side's health like a verified
 * retaliation (HEALTH.md's cap), until an appeal overturns the decision.
 */
describe.each(DIALECTS)("a threat verified on a reported review on %s", (dialect) => {
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
  const providerCap = async () =>
    bodyOf<{ provider: { cap: { reason: string; limit: number } | null } }>(
      await w.client.client.get(w.url("/health")),
    ).provider.cap;

  /** Both sides review; the client reports the provider's review for its threat. */
  async function reportedThreat(): Promise<string> {
    bodyOf(await writeReview(w, w.client), 201);
    bodyOf(await writeReview(w, w.provider, { body: VEILED_THREAT }), 201);
    const review = (await roundsSeenBy(w, w.client))[0]!.reviews.find(
      (r) => r.reviewerSide === "provider",
    )!;
    const reported = bodyOf<CaseBody>(
      await w.client.client.post("/api/v1/moderation/reports", {
        subjectKind: "review",
        subjectId: review.id,
        reason: "The review threatens us for our own review.",
      }),
      201,
    );
    expect(reported).toMatchObject({ source: "report", accusedOrgId: w.providerOrg.id });
    t.clock.advance(8 * DAY_MS);
    return reported.id;
  }

  it("counts the verified threat against the accused side, until an appeal overturns it", async () => {
    const caseId = await reportedThreat();
    expect(await providerCap()).toBeNull();
    bodyOf(
      await mona.client.post(caseUrl(caseId, "/decision"), {
        decision: "warning",
        reason: "A threat against an honest review",
        isVerifiedThreat: true,
      }),
    );
    const decided = (await events()).find((e) => e.type === "moderation.case_decided");
    expect(decided?.payload).toMatchObject({ caseId, isVerifiedThreat: true });
    expect(await providerCap()).toEqual({ reason: "verified_threat", limit: 40 });
    bodyOf(await w.provider.client.post(caseUrl(caseId, "/appeal"), { reason: "We apologised." }));
    bodyOf(
      await max.client.post(caseUrl(caseId, "/appeal/decision"), {
        outcome: "overturned",
        reason: "The sentence was no threat, read in full.",
      }),
    );
    expect(await providerCap()).toBeNull();
  });

  it("refuses a verified threat without a sanction, at the field, in French, writing nothing", async () => {
    const caseId = await reportedThreat();
    const marie = await signUpPerson(t.app, "Marie", "fr");
    await setPlatformRole(t.deps.db, marie.userId, "moderator");
    const eventsBefore = (await events()).length;
    const refused = expectError(
      await marie.client.post(caseUrl(caseId, "/decision"), {
        decision: "no_action",
        reason: "Rien à sanctionner",
        isVerifiedThreat: true,
      }),
      422,
      "threat_needs_sanction",
    );
    expect(refused.fields).toEqual([
      {
        path: "isVerifiedThreat",
        code: "threat_needs_sanction",
        message:
          "Une menace vérifiée appelle une sanction : choisissez un avertissement, une suspension ou une exclusion, ou décochez la menace.",
      },
    ]);
    expect(bodyOf<CaseBody>(await mona.client.get(caseUrl(caseId)))).toMatchObject({
      status: "open",
      decision: null,
    });
    expect((await events()).length).toBe(eventsBefore);
    expect(await providerCap()).toBeNull();
  });

  it("refuses a verified threat on a case about a message, not a review", async () => {
    const message = bodyOf<{ id: string }>(
      await w.provider.client.post(w.url("/messages"), {
        thread: "engagement",
        body: "You will regret this.",
      }),
      201,
    );
    const reported = bodyOf<CaseBody>(
      await w.client.client.post("/api/v1/moderation/reports", {
        subjectKind: "message",
        subjectId: message.id,
        reason: "A threat in the thread.",
      }),
      201,
    );
    t.clock.advance(8 * DAY_MS);
    const refused = expectError(
      await mona.client.post(caseUrl(reported.id, "/decision"), {
        decision: "warning",
        reason: "A threat in the thread",
        isVerifiedThreat: true,
      }),
      422,
      "threat_needs_reported_review",
    );
    expect(refused.fields?.map((f) => f.path)).toEqual(["isVerifiedThreat"]);
    expect(await providerCap()).toBeNull();
  });
});
