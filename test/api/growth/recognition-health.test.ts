import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rescoreAll } from "../../../src/server/modules/relationship-health/rescore-all";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type Person, type TestApp } from "../../support/test-app";
import { ALL_MET, evaluate, submit } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";
import { buildGrowthWorld, type GrowthWorld } from "./growth-fixtures";

interface Points {
  count: number;
  points: number;
  maxPoints: number;
}
interface SideBody {
  score: number | null;
  inputs: { input: string; contribution: number | null }[];
  recognition: Points;
}
interface HealthBody {
  provider: SideBody;
  client: SideBody;
}
interface ScorecardBody {
  sides: { side: string; score: number | null; recognition: Points }[];
}

describe.each(DIALECTS)("recognition in the health score on %s", (dialect) => {
  let t: TestApp;
  let w: GrowthWorld;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    w = await buildGrowthWorld(t);
    // Evidence on both sides: a deliverable accepted on its first submission.
    const submitted = bodyOf<{ id: string }>(await submit(w), 201);
    expect((await evaluate(w, submitted.id, ALL_MET)).statusCode).toBe(200);
  });
  afterEach(async () => {
    await t.close();
  });

  const health = async () => bodyOf<HealthBody>(await w.client.client.get(w.url("/health")));
  const scorecard = async (as: Person, orgId: string) =>
    bodyOf<ScorecardBody>(await as.client.get(`/api/v1/orgs/${orgId}/scorecard`));
  const give = async (as: Person, body: Record<string, unknown>) =>
    bodyOf<{ id: string }>(
      await as.client.post(w.url("/recognitions"), { people: ["Ana"], ...body }),
      201,
    );
  const answer = (as: Person, id: string, isApproved: boolean) =>
    as.client.post(w.url(`/recognitions/${id}/answer`), { isApproved });

  it("counts recognition only once the recognised side consents, and rescoring gives the same numbers", async () => {
    const before = await health();
    expect(before.provider.score).not.toBeNull();
    expect(before.provider.recognition).toEqual({ count: 0, points: 0, maxPoints: 3 });

    const kudos = await give(w.client, { kind: "kudos", text: "The checkout works" });
    const pending = await health();
    expect(pending.provider.score).toBe(before.provider.score);
    expect(pending.provider.recognition.count).toBe(0);

    expect((await answer(w.provider, kudos.id, true)).statusCode).toBe(200);
    const after = await health();
    expect(after.provider.recognition).toEqual({ count: 1, points: 1, maxPoints: 3 });
    expect(after.provider.score).toBe((before.provider.score ?? 0) + 1);
    // Not an input: every input gives what it gave before; the giver's score does not move.
    expect(after.provider.inputs).toEqual(before.provider.inputs);
    expect(after.client.score).toBe(before.client.score);
    const own = await scorecard(w.provider, w.providerOrg.id);
    expect(own.sides.find((s) => s.side === "provider")?.recognition.count).toBe(1);
  });

  it("takes a recognition out of the score once its consent is withdrawn, and rescoring agrees", async () => {
    await rescoreAll(t.deps);
    const before = await health();
    const kudos = await give(w.client, { kind: "kudos", text: "The checkout works" });
    expect((await answer(w.provider, kudos.id, true)).statusCode).toBe(200);
    expect((await health()).provider.recognition.count).toBe(1);
    const withdrawn = await w.provider.client.post(
      w.url(`/recognitions/${kudos.id}/withdraw-consent`),
    );
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const after = await health();
    expect(after.provider.recognition).toEqual({ count: 0, points: 0, maxPoints: 3 });
    expect(after.provider.score).toBe(before.provider.score);
    const card = await scorecard(w.provider, w.providerOrg.id);
    expect(card.sides.find((s) => s.side === "provider")?.recognition.count).toBe(0);
    await rescoreAll(t.deps);
    expect(await health()).toEqual(after);
  });

  it("gives the same numbers through `accord rescore` as through the incremental path", async () => {
    // The first rescore computes the cohort from the ledgers; both paths then share it.
    await rescoreAll(t.deps);
    const kudos = await give(w.client, { kind: "kudos", text: "The checkout works" });
    expect((await answer(w.provider, kudos.id, true)).statusCode).toBe(200);
    const thanks = await give(w.provider, { kind: "kudos", reason: "clear_briefs", text: "Clear" });
    expect((await answer(w.client, thanks.id, true)).statusCode).toBe(200);
    const incremental = await health();
    expect(incremental.provider.recognition.count).toBe(1);
    expect(incremental.client.recognition.count).toBe(1);
    const cards = [
      await scorecard(w.provider, w.providerOrg.id),
      await scorecard(w.client, w.clientOrg.id),
    ];
    expect(cards[1]?.sides.find((s) => s.side === "client")?.recognition.count).toBe(1);

    await rescoreAll(t.deps);
    expect(await health()).toEqual(incremental);
    expect([
      await scorecard(w.provider, w.providerOrg.id),
      await scorecard(w.client, w.clientOrg.id),
    ]).toEqual(cards);
  });

  it("counts nothing the recognised side declined, nor a testimonial whose text is not approved", async () => {
    const before = await health();
    const thanks = await give(w.provider, {
      kind: "kudos",
      reason: "fast_feedback",
      text: "Evaluated the same day",
    });
    expect((await answer(w.client, thanks.id, false)).statusCode).toBe(200);
    const draft = bodyOf<{ id: string }>(
      await w.provider.client.post(w.url("/recognition-requests"), {
        kind: "testimonial",
        people: ["Ana"],
        text: "They lifted our conversion",
      }),
      201,
    );
    const after = await health();
    expect(after.client).toEqual(before.client);
    expect(after.provider).toEqual(before.provider);

    // The client approves the text it will be quoted in: the provider's score takes it then.
    expect((await answer(w.client, draft.id, true)).statusCode).toBe(200);
    const approved = await health();
    expect(approved.provider.recognition.count).toBe(1);
    expect(approved.provider.score).toBe((before.provider.score ?? 0) + 1);
    expect(approved.client.recognition.count).toBe(0);
  });
});
