import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import { expectError, type LedgerEventBody } from "../api-fixtures";
import { signByBoth } from "../delivery/delivery-fixtures";
import { bodyOf, type VersionBody } from "../proposals-agreements/proposal-fixtures";
import {
  buildGrowthWorld,
  recordValue,
  nextPhase,
  setConversionGoal,
  type GoalBody,
  type GrowthWorld,
} from "./growth-fixtures";

interface OfferBody {
  id: string;
  title: string;
  status: string;
  answerNote: string | null;
  agreementVersion: number | null;
  justification: { goalId: string; sentence: string }[];
  findings: {
    feasibility: { code: string; severity: string }[];
    fairTerms: { code: string; severity: string }[];
  };
}

interface OfferListBody {
  offers: OfferBody[];
  abilities: { offer: boolean; answerOffer: boolean };
}

describe.each(DIALECTS)("next-phase offers on %s", (dialect) => {
  let t: TestApp;
  let w: GrowthWorld;
  let goal: GoalBody;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    w = await buildGrowthWorld(t);
    goal = await setConversionGoal(w);
    await recordValue(w, goal.id, 2.6, t.clock.now().toISOString().slice(0, 10));
  });
  afterEach(async () => {
    await t.close();
  });

  const send = (body: unknown = nextPhase([goal.id]), as = w.provider) =>
    as.client.post(w.url("/next-phase-offers"), body);
  const answer = (offerId: string, body: unknown, as = w.client) =>
    as.client.post(w.url(`/next-phase-offers/${offerId}/answer`), body);
  const events = async () =>
    bodyOf<{ events: LedgerEventBody[] }>(await w.client.client.get(w.url("/events"))).events;

  it("the client accepts an offer into an amendment both sides sign, and its goals join", async () => {
    const sent = bodyOf<OfferBody>(await send(), 201);
    expect(sent).toMatchObject({ status: "sent", agreementVersion: null });
    expect(sent.justification).toEqual([
      // No due date: improving (2.6 gains on the baseline), never "on track".
      { goalId: goal.id, sentence: "Conversion: 1.8% → 2.6%, target 3%", status: "improving" },
    ]);
    expect(sent.findings).toEqual({ feasibility: [], fairTerms: [] });
    const listed = bodyOf<OfferListBody>(await w.client.client.get(w.url("/next-phase-offers")));
    expect(listed.abilities).toEqual({ offer: false, answerOffer: true });
    expect(listed.offers.map((o) => o.id)).toEqual([sent.id]);

    // The client is told, in the app and by e-mail.
    const told = await t.deps.db
      .selectFrom("notifications")
      .select("user_id")
      .where("type", "=", "next_phase.offered")
      .execute();
    expect(told.map((n) => n.user_id)).toContain(w.client.userId);

    const accepted = bodyOf<OfferBody>(await answer(sent.id, { outcome: "accepted" }));
    expect(accepted).toMatchObject({ status: "accepted", agreementVersion: 2 });
    const declinedLate = expectError(
      await answer(sent.id, { outcome: "declined", note: "no" }),
      409,
      "offer_wrong_state",
    );
    expect(declinedLate.message).toBe("This offer was already accepted, so it cannot be declined.");

    const draft = bodyOf<VersionBody>(await w.client.client.get(w.url("/agreement/versions/2")));
    expect(draft.status).toBe("draft");
    expect(draft.terms.deliverables.map((d) => d.id)).toContain("loyalty");
    expect(draft.terms.remuneration.amountMinor).toBe(1_800_000);
    await signByBoth(w, 2, draft.contentHash);
    const inForce = bodyOf<VersionBody>(await w.client.client.get(w.url("/agreement/versions/2")));
    expect(inForce.status).toBe("in_force");

    const goals = bodyOf<{ goals: GoalBody[] }>(await w.client.client.get(w.url("/goals")));
    expect(goals.goals.map((g) => [g.title, g.source.kind, g.source.ref])).toContainEqual([
      "Returning customers",
      "offer",
      sent.id,
    ]);
    const types = (await events()).map((e) => e.type);
    expect(types).toContain("next_phase.offered");
    const answered = (await events()).find((e) => e.type === "next_phase.answered");
    expect(answered?.payload).toMatchObject({
      offerId: sent.id,
      outcome: "accepted",
      agreementVersion: 2,
    });
    expect(types.indexOf("agreement.amendment_opened")).toBeLessThan(
      types.indexOf("next_phase.answered"),
    );
    const opened = (await events()).find((e) => e.type === "agreement.amendment_opened");
    expect(opened?.payload).toEqual({
      version: 2,
      amendsVersion: 1,
      contentHash: draft.contentHash,
    });
  });

  it("brings no goal of a title the engagement has: refused when sent, skipped when set after it was sent", async () => {
    const offers = () => t.deps.db.selectFrom("next_phase_offers").select("id").execute();
    const returning = nextPhase([goal.id]).goals[0]!;
    // The goal already set, retyped.
    const taken = expectError(
      await send({ ...nextPhase([goal.id]), goals: [{ ...returning, title: " CONVERSION" }] }),
      409,
      "goal_title_taken",
    );
    expect(taken.message).toContain("Conversion");
    expect(taken.fields?.[0]?.path).toBe("goals.0.title");
    // Two goals of one title in the offer itself.
    const twice = expectError(
      await send({ ...nextPhase([goal.id]), goals: [returning, { ...returning, target: 25 }] }),
      400,
      "validation_failed",
    );
    expect(twice.fields?.map((f) => f.path)).toEqual(["goals.1.title"]);
    expect(await offers()).toEqual([]);

    // Sent, then the client sets a goal of the same title before accepting: one goal of it.
    const sent = bodyOf<OfferBody>(await send(), 201);
    bodyOf(
      await w.client.client.post(w.url("/goals"), {
        ...returning,
        source: { kind: "agreement" },
      }),
      201,
    );
    bodyOf(await answer(sent.id, { outcome: "accepted" }));
    const goals = bodyOf<{ goals: GoalBody[] }>(await w.client.client.get(w.url("/goals"))).goals;
    expect(goals.map((g) => [g.title, g.source.kind])).toEqual([
      ["Conversion", "agreement"],
      ["Returning customers", "agreement"],
    ]);
  });

  it("an accepted offer goes into the amendment already open, whose signatures fall", async () => {
    const opened = bodyOf<VersionBody>(
      await w.client.client.post(w.url("/agreement/amendments")),
      201,
    );
    expect(
      (
        await w.client.client.post(w.url(`/agreement/versions/${opened.version}/sign`), {
          contentHash: opened.contentHash,
        })
      ).statusCode,
    ).toBe(200);
    const sent = bodyOf<OfferBody>(await send(), 201);
    const accepted = bodyOf<OfferBody>(await answer(sent.id, { outcome: "accepted" }));
    expect(accepted.agreementVersion).toBe(opened.version);
    const draft = bodyOf<VersionBody>(
      await w.client.client.get(w.url(`/agreement/versions/${opened.version}`)),
    );
    expect(draft.status).toBe("draft");
    expect(draft.terms.deliverables.map((d) => d.id)).toContain("loyalty");
    const edited = (await events()).filter((e) => e.type === "agreement.draft_edited");
    expect(edited.map((e) => e.payload)).toEqual([
      {
        version: opened.version,
        contentHash: draft.contentHash,
        previousHash: opened.contentHash,
        side: "client",
        removedSignatures: [{ side: "client", userId: w.client.userId }],
      },
    ]);
  });

  it("refuses an offer the checks block, naming each point in the offer's own terms", async () => {
    const body = nextPhase([goal.id], "The client shall not publish any negative review.");
    body.terms.deliverables[0]!.criteria = [];
    const refused = expectError(await send(body), 422, "offer_not_sendable");
    expect(refused.fields?.map((f) => [f.code, f.path])).toEqual([
      ["deliverable_without_criteria", "terms.deliverables.0.criteria"],
      ["review_gag_clause", "terms.deliverables.0.description"],
    ]);
    const other = { ...nextPhase([goal.id]) };
    other.terms = {
      ...other.terms,
      remuneration: { ...other.terms.remuneration, currency: "USD" },
    };
    expectError(await send(other), 422, "offer_currency_differs");
    expectError(await send(nextPhase(["not-a-goal-of-ours"])), 422, "offer_justification_unknown");
    expect((await events()).map((e) => e.type)).not.toContain("next_phase.offered");
  });

  it("a decline says why; a request for change is answered by a new offer that replaces it", async () => {
    const first = bodyOf<OfferBody>(await send(), 201);
    expectError(await answer(first.id, { outcome: "declined" }), 400, "validation_failed");
    const changed = bodyOf<OfferBody>(
      await answer(first.id, { outcome: "change_requested", note: "Split it in two milestones" }),
    );
    expect(changed).toMatchObject({
      status: "change_requested",
      answerNote: "Split it in two milestones",
    });
    t.clock.advance(60_000);
    const second = bodyOf<OfferBody>(await send(), 201);
    const list = bodyOf<OfferListBody>(await w.provider.client.get(w.url("/next-phase-offers")));
    expect(list.offers.map((o) => [o.id, o.status])).toEqual([
      [second.id, "sent"],
      [first.id, "superseded"],
    ]);
    const declined = bodyOf<OfferBody>(
      await answer(second.id, { outcome: "declined", note: "Budget is spent this year" }),
    );
    expect(declined).toMatchObject({ status: "declined", agreementVersion: null });
    const versions = await t.deps.db
      .selectFrom("agreement_versions")
      .select("version")
      .where("engagement_id", "=", w.engagementId)
      .execute();
    expect(versions).toHaveLength(1);
    const outcomes = (await events())
      .filter((e) => e.type === "next_phase.answered")
      .map((e) => e.payload.outcome);
    expect(outcomes).toEqual(["change_requested", "declined"]);
  });

  it("sends an offer once: the same offer again, or twice at once, is refused by name and writes nothing; accepted twice at once, one amendment", async () => {
    // A double click: two identical offers at once, one offer waiting and nothing superseded.
    const sentTwice = await Promise.all([send(), send()]);
    expect(sentTwice.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const offered = async () =>
      (await events()).filter((e) => e.type === "next_phase.offered").length;
    expect(await offered()).toBe(1);
    const retried = expectError(await send(), 409, "offer_repeated");
    expect(retried.message).toBe(
      "The offer “Loyalty programme” was already sent and waits for the client’s answer.",
    );
    const list = bodyOf<OfferListBody>(await w.client.client.get(w.url("/next-phase-offers")));
    expect(list.offers.map((o) => o.status)).toEqual(["sent"]);
    expect(await offered()).toBe(1);

    // Accepted twice at once: one answer wins, the other is told the offer moved on.
    const [waiting] = list.offers;
    const acceptedTwice = await Promise.all([
      answer(waiting!.id, { outcome: "accepted" }),
      answer(waiting!.id, { outcome: "accepted" }),
    ]);
    expect(acceptedTwice.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const refused = acceptedTwice.find((a) => a.statusCode === 409)!;
    expect(refused.json<{ error: { code: string } }>().error.code).toBe("offer_wrong_state");
    const versions = await t.deps.db
      .selectFrom("agreement_versions")
      .select("version")
      .where("engagement_id", "=", w.engagementId)
      .execute();
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
    const goals = bodyOf<{ goals: GoalBody[] }>(await w.client.client.get(w.url("/goals")));
    expect(goals.goals.filter((g) => g.source.kind === "offer")).toHaveLength(1);
  });

  it("only the provider offers, only the client answers, and other organisations see nothing", async () => {
    expectError(await send(nextPhase([goal.id]), w.client), 403, "forbidden");
    expectError(await send(nextPhase([goal.id]), w.viewer), 403, "forbidden");
    expectError(await send(nextPhase([goal.id]), w.outsider), 404, "not_found");
    const sent = bodyOf<OfferBody>(await send(), 201);
    expectError(await answer(sent.id, { outcome: "accepted" }, w.provider), 403, "forbidden");
    expectError(await answer(sent.id, { outcome: "accepted" }, w.viewer), 403, "forbidden");
    expectError(await answer(sent.id, { outcome: "accepted" }, w.outsider), 404, "not_found");
    expectError(await w.outsider.client.get(w.url("/next-phase-offers")), 404, "not_found");
    const viewed = bodyOf<OfferListBody>(await w.viewer.client.get(w.url("/next-phase-offers")));
    expect(viewed.abilities).toEqual({ offer: false, answerOffer: false });
  });
});
