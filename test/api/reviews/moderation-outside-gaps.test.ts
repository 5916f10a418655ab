import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type Person, type TestApp } from "../../support/test-app";
import { expectError } from "../api-fixtures";
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

interface Page {
  cases: CaseBody[];
  nextCursor: string | null;
}

/**
 * Moderation's gaps found by trying issue 13 from outside: a moderator lists decided cases, not
 * only the open queue; a review's public reply can be reported like the review.
 */
describe.each(DIALECTS)("moderation from outside on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  let mona: Person;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    w = await buildReviewWorld(t);
    mona = await signUpModerator(t, "Mona");
  });
  afterEach(async () => {
    await t.close();
  });

  const queue = (query = "") => mona.client.get(`/api/v1/moderation/queue${query}`);
  const idsOf = async (query: string) => bodyOf<Page>(await queue(query)).cases.map((c) => c.id);

  /** The client reports one of the provider's messages; a second later, the next. */
  async function reportedMessage(text: string): Promise<string> {
    const message = bodyOf<{ id: string }>(
      await w.provider.client.post(w.url("/messages"), { thread: "engagement", body: text }),
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
    t.clock.advance(1_000);
    return reported.id;
  }

  it("lists decided cases, or all, when asked by status, paged, and refuses an unknown status", async () => {
    const decided = await reportedMessage("Rude remark one.");
    const open = await reportedMessage("Rude remark two.");
    const decidedToo = await reportedMessage("Rude remark three.");
    for (const caseId of [decided, decidedToo]) {
      bodyOf(await w.provider.client.post(caseUrl(caseId, "/response"), { response: "Sorry." }));
      bodyOf(
        await mona.client.post(caseUrl(caseId, "/decision"), {
          decision: "warning",
          reason: "Insults are not allowed.",
        }),
      );
    }
    expect(await idsOf("")).toEqual([open]);
    expect(await idsOf("?status=open")).toEqual([open]);
    expect(await idsOf("?status=appealed")).toEqual([]);
    expect(await idsOf("?status=decided")).toEqual([decided, decidedToo]);
    expect(await idsOf("?status=all")).toEqual([decided, open, decidedToo]);
    const first = bodyOf<Page>(await queue("?status=decided&limit=1"));
    expect(first.cases.map((c) => c.id)).toEqual([decided]);
    const second = bodyOf<Page>(
      await queue(`?status=decided&limit=1&cursor=${first.nextCursor ?? ""}`),
    );
    expect(second).toMatchObject({ cases: [{ id: decidedToo }], nextCursor: null });
    const refused = expectError(await queue("?status=closed-ish"), 400, "validation_failed");
    expect(refused.fields?.map((f) => f.path)).toEqual(["status"]);
    bodyOf(await mona.client.patch("/api/v1/me", { locale: "fr" }));
    const inFrench = expectError(await queue("?status=nope"), 400, "validation_failed");
    expect(inFrench.fields?.[0]?.message).not.toBe(refused.fields?.[0]?.message);
  });

  it("lets the other side report a review's public reply, never the reply's own side", async () => {
    bodyOf(await writeReview(w, w.client), 201);
    bodyOf(await writeReview(w, w.provider), 201);
    const review = (await roundsSeenBy(w, w.provider))[0]!.reviews.find(
      (r) => r.reviewerSide === "client",
    )!;
    bodyOf(
      await w.provider.client.post(w.url(`/reviews/${review.id}/reply`), {
        body: "You changed the brief three times and paid late.",
      }),
      201,
    );
    const report = { subjectKind: "reply", subjectId: review.id, reason: "Untrue and insulting." };
    expectError(
      await w.provider.client.post("/api/v1/moderation/reports", report),
      403,
      "forbidden",
    );
    const reported = bodyOf<CaseBody>(
      await w.client.client.post("/api/v1/moderation/reports", report),
      201,
    );
    expect(reported).toMatchObject({
      source: "report",
      accusedOrgId: w.providerOrg.id,
      subject: {
        kind: "reply",
        id: review.id,
        text: "You changed the brief three times and paid late.",
      },
    });
    expectError(
      await w.client.client.post("/api/v1/moderation/reports", report),
      409,
      "subject_already_reported",
    );
  });

  it("refuses to report a reply that does not exist", async () => {
    bodyOf(await writeReview(w, w.client), 201);
    bodyOf(await writeReview(w, w.provider), 201);
    const review = (await roundsSeenBy(w, w.provider))[0]!.reviews.find(
      (r) => r.reviewerSide === "client",
    )!;
    expectError(
      await w.client.client.post("/api/v1/moderation/reports", {
        subjectKind: "reply",
        subjectId: review.id,
        reason: "Untrue and insulting.",
      }),
      404,
      "not_found",
    );
  });
});
