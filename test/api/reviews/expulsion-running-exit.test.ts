import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type Person, type TestApp } from "../../support/test-app";
import type { LedgerEventBody } from "../api-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";
import { buildReviewWorld, caseFromSentThreat, caseUrl, signUpModerator } from "./review-fixtures";

interface ExitBody {
  reason: string;
  givenSide: string;
  givenOn: string;
  exitDate: string;
  cureBy: string | null;
  isNoticeWaived: boolean;
  handOver: { key: string; responsibleSide: string; dueDate: string; doneAt: string | null }[];
}

/**
 * Expelling an organisation whose engagement already has notice running: the client is
 * protected whoever gave the notice. The running exit becomes the protected exit a fresh one
 * would be (notice waived, exit today, no cure period, the provider's hand-over due today, the
 * client's own items no sooner than they were), and both sides read it on the timeline.
 */
describe.each(DIALECTS)("expulsion with an exit already running on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  let mona: Person;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    w = await buildReviewWorld(t, (terms) => ({
      ...terms,
      noticePeriodDays: 30,
      handOverDuties: ["Source files in the client's repository"],
    }));
    mona = await signUpModerator(t, "Mona");
  });
  afterEach(async () => {
    await t.close();
  });

  const exitOf = async (as: Person) => bodyOf<ExitBody>(await as.client.get(w.url("/exit")));
  const events = async (as: Person) =>
    bodyOf<{ events: LedgerEventBody[] }>(await as.client.get(w.url("/events"))).events;

  async function expelProvider() {
    const caseId = await caseFromSentThreat(w);
    bodyOf(
      await w.provider.client.post(caseUrl(caseId, "/response"), { response: "We stand by it." }),
    );
    bodyOf(
      await mona.client.post(caseUrl(caseId, "/decision"), {
        decision: "expulsion",
        reason: "Legal threat to remove an honest review",
      }),
    );
  }

  async function expectProtected(before: ExitBody) {
    const after = await exitOf(w.client);
    const today = after.givenOn;
    expect(after).toMatchObject({
      reason: "protected",
      givenSide: "client",
      exitDate: today,
      cureBy: null,
      isNoticeWaived: true,
    });
    expect(after.exitDate < before.exitDate).toBe(true);
    for (const item of after.handOver) {
      const was = before.handOver.find((b) => b.key === item.key)!;
      if (item.responsibleSide === "provider") expect(item.dueDate).toBe(today);
      else expect(item.dueDate >= was.dueDate).toBe(true);
    }
    for (const as of [w.client, w.provider]) {
      const took = (await events(as)).filter((e) => e.type === "exit.protected_started");
      expect(took).toHaveLength(1);
      expect(took[0]!.payload).toMatchObject({
        side: "client",
        exitDate: today,
        isNoticeWaived: true,
        replaces: { reason: before.reason, side: before.givenSide, exitDate: before.exitDate },
      });
    }
    expect(await exitOf(w.provider)).toMatchObject({ reason: "protected", exitDate: today });
  }

  it("turns the expelled provider's own notice into a protected exit for the client", async () => {
    bodyOf(await w.provider.client.post(w.url("/exit"), { reason: "notice" }), 201);
    const before = await exitOf(w.client);
    expect(before).toMatchObject({ reason: "notice", givenSide: "provider" });
    await expelProvider();
    await expectProtected(before);
  });

  it("turns the provider's breach notice against the client into one: the cure period falls away", async () => {
    bodyOf(
      await w.provider.client.post(w.url("/exit"), {
        reason: "breach",
        curePeriodDays: 14,
        note: "Unpaid invoice",
      }),
      201,
    );
    const before = await exitOf(w.client);
    expect(before.cureBy).not.toBeNull();
    await expelProvider();
    await expectProtected(before);
  });

  it("waives the client's own notice period when the client had given notice", async () => {
    bodyOf(await w.client.client.post(w.url("/exit"), { reason: "notice" }), 201);
    const before = await exitOf(w.client);
    expect(before).toMatchObject({ reason: "notice", givenSide: "client", isNoticeWaived: false });
    await expelProvider();
    await expectProtected(before);
  });
});
