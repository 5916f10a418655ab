import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AgreementTerms } from "../../../src/domain/agreement/terms";
import { startProtectedExit } from "../../../src/server/modules/exits/start-protected-exit";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import { expectError, expectErrorAt, type LedgerEventBody } from "../api-fixtures";
import { buildDeliveryWorld, type DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf, joinAs } from "../proposals-agreements/proposal-fixtures";

interface ExitBody {
  reason: string;
  givenSide: string;
  givenOn: string;
  exitDate: string;
  isNoticeWaived: boolean;
  handOver: {
    id: string;
    key: string;
    responsibleSide: string;
    dueDate: string;
    doneAt: string | null;
  }[];
  isHandOverComplete: boolean;
  note: string;
  feedback: { side: string; comment: string | null }[];
}

describe.each(DIALECTS)("parting ways on %s", (dialect) => {
  let t: TestApp;
  let a: DeliveryWorld;
  let b: DeliveryWorld;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    const terms = (agreed: AgreementTerms): AgreementTerms => ({
      ...agreed,
      noticePeriodDays: 30,
      handOverDuties: ["Source files in the client's repository"],
    });
    a = await buildDeliveryWorld(t, terms);
    b = await buildDeliveryWorld(t, terms);
  });
  afterEach(async () => {
    await t.close();
  });

  it("answers a participant asking for an exit nobody gave notice of with none, and an outsider with not_found", async () => {
    // No exit under way is a state, not an error: 200 and null, for every participant.
    const none = await a.client.client.get(a.url("/exit"));
    expect(none.statusCode).toBe(200);
    expect(none.json()).toBeNull();
    const camille = await joinAs(t, a.client, a.clientOrg, "Camille", "viewer", "fr");
    expect(bodyOf(await camille.client.get(a.url("/exit")))).toBeNull();
    expect(bodyOf(await a.provider.client.get(a.url("/exit")))).toBeNull();
    // Outsiders learn nothing of the engagement, not even that it has no exit.
    expectError(await b.client.client.get(a.url("/exit")), 404, "not_found");
    bodyOf(await a.provider.client.post(a.url("/exit"), { reason: "notice" }), 201);
    expect(bodyOf<ExitBody>(await camille.client.get(a.url("/exit"))).reason).toBe("notice");
  });

  it("keeps no notice note or feedback comment of spaces alone, like every other optional note", async () => {
    bodyOf(await a.provider.client.post(a.url("/exit"), { reason: "notice", note: "  \n " }), 201);
    bodyOf(
      await a.client.client.post(a.url("/exit/feedback"), {
        rating: 8,
        wouldWorkAgain: true,
        comment: "   ",
      }),
    );
    const exit = bodyOf<ExitBody>(await a.client.client.get(a.url("/exit")));
    expect(exit.note).toBe("");
    expect(
      exit.feedback.filter((given) => given.side === "client").map((given) => given.comment),
    ).toEqual([""]);
  });

  it("tells a side giving exit feedback or ticking a hand-over item before any notice that no exit has started", async () => {
    const feedback = { rating: 8, wouldWorkAgain: true };
    const early = expectError(
      await a.client.client.post(a.url("/exit/feedback"), feedback),
      404,
      "exit_not_started",
    );
    expect(early.message).toContain("notice");
    const camille = await joinAs(t, a.client, a.clientOrg, "Camille", "member", "fr");
    const tick = expectError(
      await camille.client.post(a.url("/exit/hand-over/01a23ec1-0000-7000-8000-000000000000/done")),
      404,
      "exit_not_started",
    );
    expect(tick.message).toContain("préavis");
    // Outsiders still learn nothing; once notice is given, an unknown item is not found.
    expectError(await b.client.client.post(a.url("/exit/feedback"), feedback), 404, "not_found");
    bodyOf(await a.provider.client.post(a.url("/exit"), { reason: "notice" }), 201);
    expectError(
      await a.client.client.post(
        a.url("/exit/hand-over/01a23ec1-0000-7000-8000-000000000000/done"),
      ),
      404,
      "not_found",
    );
  });

  it("gives notice with the agreed period, and each side ticks only its own hand-over items", async () => {
    // The clock stands at 22 November 2026: 30 days' notice ends on 22 December.
    const exit = bodyOf<ExitBody>(
      await a.provider.client.post(a.url("/exit"), { reason: "notice" }),
      201,
    );
    expect(exit).toMatchObject({
      reason: "notice",
      givenSide: "provider",
      givenOn: "2026-11-22",
      exitDate: "2026-12-22",
      isNoticeWaived: false,
    });
    expect(exit.handOver.map((i) => [i.key, i.responsibleSide, i.dueDate])).toEqual([
      ["duty-1", "provider", "2026-12-22"],
      ["standard-1", "client", "2026-12-25"],
      ["standard-2", "client", "2026-12-25"],
    ]);
    expectError(
      await a.client.client.post(a.url("/exit"), { reason: "notice" }),
      409,
      "exit_already_started",
    );

    const [files, access, credentials] = exit.handOver;
    if (!files || !access || !credentials) throw new Error("checklist incomplete");
    const tick = (as: typeof a.client, id: string) =>
      as.client.post(a.url(`/exit/hand-over/${id}/done`), {});
    expectError(await tick(a.client, files.id), 403, "handover_wrong_side");
    bodyOf(await tick(a.provider, files.id));
    expectError(await tick(a.provider, files.id), 409, "handover_already_done");
    bodyOf(await tick(a.client, access.id));
    const done = bodyOf<ExitBody>(await tick(a.client, credentials.id));
    expect(done.isHandOverComplete).toBe(true);

    const events = bodyOf<{ events: LedgerEventBody[] }>(
      await a.client.client.get(a.url("/events")),
    ).events.map((e) => e.type);
    expect(events.filter((type) => type.startsWith("exit."))).toEqual([
      "exit.notice_given",
      "exit.hand_over_item_done",
      "exit.hand_over_item_done",
      "exit.hand_over_item_done",
      // Nothing was earned or paid, so nothing is owed: the hand-over completes the exit.
      "exit.ended_amicably",
    ]);

    for (const outsider of [b.client, b.provider]) {
      expectError(await outsider.client.get(a.url("/exit")), 404, "not_found");
      expectError(await tick(outsider, files.id), 404, "not_found");
    }
  });

  it("gives the breaching side at least two weeks to put a breach right, at the field, in the reader's language, and writes nothing below it", async () => {
    // 30 days' notice agreed and no cure period: the giver may not type fewer than 14 days.
    const tooShort = expectErrorAt(
      await a.provider.client.post(a.url("/exit"), { reason: "breach", curePeriodDays: 0 }),
      422,
      "exit_cure_period_too_short",
      "curePeriodDays",
    );
    expect(tooShort.message).toContain("14");
    const camille = await joinAs(t, a.provider, a.providerOrg, "Camille", "member", "fr");
    const inFrench = expectError(
      await camille.client.post(a.url("/exit"), { reason: "breach", curePeriodDays: 13 }),
      422,
      "exit_cure_period_too_short",
    );
    expect(inFrench.message).toContain("14 jours");
    expect(bodyOf(await a.client.client.get(a.url("/exit")))).toBeNull();
    const exit = bodyOf<ExitBody & { cureBy: string }>(
      await a.provider.client.post(a.url("/exit"), { reason: "breach", curePeriodDays: 14 }),
      201,
    );
    expect(exit).toMatchObject({ cureBy: "2026-12-06", exitDate: "2026-12-07" });
  });

  it("lets a breach notice give no more cure period than the agreed notice period would", async () => {
    const quick = await buildDeliveryWorld(t, (agreed) => ({ ...agreed, noticePeriodDays: 5 }));
    const exit = bodyOf<ExitBody & { cureBy: string }>(
      await quick.client.client.post(quick.url("/exit"), { reason: "breach", curePeriodDays: 5 }),
      201,
    );
    expect(exit).toMatchObject({ cureBy: "2026-11-27", exitDate: "2026-11-28" });
  });

  it("protects the client when the provider is expelled: notice waived, hand-over still owed", async () => {
    const started = await t.deps.db.transaction().execute((trx) =>
      startProtectedExit(trx, t.deps, {
        engagementId: a.engagementId,
        protectedSide: "client",
        moderatorUserId: null,
        reason: "Provider expelled",
      }),
    );
    expect(started).toMatchObject({
      ok: true,
      value: { exitDate: "2026-11-22", isNoticeWaived: true },
    });
    const exit = bodyOf<ExitBody>(await a.client.client.get(a.url("/exit")));
    expect(exit).toMatchObject({
      reason: "protected",
      givenSide: "client",
      exitDate: "2026-11-22",
    });
    expect(exit.handOver.filter((i) => i.responsibleSide === "provider")).toHaveLength(1);
  });
});
