import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type Person, type TestApp } from "../../support/test-app";
import { expectError, type LedgerEventBody } from "../api-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";
import {
  buildReviewWorld,
  roundsSeenBy,
  signUpModerator,
  THREAT_FR,
  writeReview,
  type CaseBody,
} from "../reviews/review-fixtures";

interface ScreenedDisputeBody {
  id: string;
  screening: { kind: string; caseId: string | null; policy: string } | null;
}

const CONDUCT = { kind: "conduct", ref: null };
const LEGAL = "If invoice 2026-0001 is not paid by Friday, we will hand the matter to our lawyers.";

describe.each(DIALECTS)("dispute texts screened on %s", (dialect) => {
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

  const events = async () =>
    bodyOf<{ events: LedgerEventBody[] }>(await w.client.client.get(w.url("/events"))).events;
  const queue = async () =>
    bodyOf<{ cases: CaseBody[] }>(await mona.client.get("/api/v1/moderation/queue")).cases;

  it("nudges before a retaliating statement, then opens a case on the dispute when sent anyway", async () => {
    bodyOf(await writeReview(w, w.client), 201);
    bodyOf(await writeReview(w, w.provider), 201);
    expect((await roundsSeenBy(w, w.provider))[0]?.reviews).toHaveLength(2);
    const opening = { subject: CONDUCT, statement: THREAT_FR, wants: "Que l’avis disparaisse." };
    expectError(await w.provider.client.post(w.url("/disputes"), opening), 422, "screening_nudge");
    expect(await queue()).toEqual([]);
    const sent = bodyOf<ScreenedDisputeBody>(
      await w.provider.client.post(w.url("/disputes"), { ...opening, sendAnyway: true }),
      201,
    );
    expect(sent.screening).toMatchObject({
      kind: "retaliation",
      caseId: expect.any(String) as string,
    });
    expect(await queue()).toEqual([
      expect.objectContaining({
        id: sent.screening?.caseId,
        source: "screening",
        accusedOrgId: w.providerOrg.id,
        subject: {
          kind: "dispute",
          id: sent.id,
          text: `${THREAT_FR}\n\nQue l’avis disparaisse.`,
        },
      }),
    ]);
    const stats = bodyOf<Record<string, unknown>>(
      await mona.client.get("/api/v1/moderation/nudge-stats"),
    );
    expect(stats).toMatchObject({ shown: 1, sentAnyway: 1 });
  });

  it("records a legal threat in a response in the history, without a case", async () => {
    const dispute = bodyOf<ScreenedDisputeBody>(
      await w.client.client.post(w.url("/disputes"), {
        subject: CONDUCT,
        statement: "Two changes were asked by phone and never priced.",
        wants: "Changes through change requests only.",
      }),
      201,
    );
    expect(dispute.screening).toBeNull();
    const url = w.url(`/disputes/${dispute.id}/response`);
    expectError(await w.provider.client.post(url, { response: LEGAL }), 422, "screening_nudge");
    const sent = bodyOf<ScreenedDisputeBody>(
      await w.provider.client.post(url, { response: LEGAL, sendAnyway: true }),
    );
    expect(sent.screening).toMatchObject({ kind: "legal_threat", caseId: null });
    const recorded = (await events()).filter((e) => e.type === "screening.legal_threat_recorded");
    expect(recorded.map((e) => e.payload)).toEqual([
      expect.objectContaining({ subjectKind: "dispute", subjectId: dispute.id }),
    ]);
    expect(await queue()).toEqual([]);
  });

  it("screens an offer's note and apology, and an outsider gets no nudge", async () => {
    const dispute = bodyOf<ScreenedDisputeBody>(
      await w.client.client.post(w.url("/disputes"), {
        subject: CONDUCT,
        statement: "Two changes were asked by phone and never priced.",
        wants: "Changes through change requests only.",
      }),
      201,
    );
    bodyOf(
      await w.provider.client.post(w.url(`/disputes/${dispute.id}/response`), {
        response: "They were small; a call seemed enough.",
      }),
    );
    const offer = {
      items: [{ kind: "apology", text: "Sorry for the calls." }],
      note: LEGAL,
    };
    const url = w.url(`/disputes/${dispute.id}/offers`);
    expectError(await w.client.client.post(url, offer), 422, "screening_nudge");
    const sent = bodyOf<ScreenedDisputeBody>(
      await w.client.client.post(url, { ...offer, sendAnyway: true }),
    );
    expect(sent.screening).toMatchObject({ kind: "legal_threat" });
    expectError(await mona.client.post(url, offer), 404, "not_found");
    expect(
      bodyOf<Record<string, unknown>>(await mona.client.get("/api/v1/moderation/nudge-stats")),
    ).toMatchObject({ shown: 1 });
  });
});
