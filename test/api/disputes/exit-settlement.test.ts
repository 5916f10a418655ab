import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AgreementTerms } from "../../../src/domain/agreement/terms";
import { sweepDueWork } from "../../../src/server/sweeper";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import { expectError, type LedgerEventBody } from "../api-fixtures";
import {
  buildBillingWorld,
  issuedInvoice,
  paid,
  recordRefund,
  refundPaidBack,
} from "../billing/billing-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

interface ExitBody {
  handOver: { id: string; responsibleSide: string }[];
  isHandOverComplete: boolean;
  settlement: {
    currency: string;
    settlement: {
      lines: { kind: string; amountMinor: number; title?: string }[];
      balanceMinor: number;
      document: { kind: string; amountMinor?: number };
    } | null;
  } | null;
  isSettled: boolean;
  feedback: {
    side: string;
    rating: number | null;
    wouldWorkAgain: boolean | null;
    comment: string | null;
  }[];
  endedAmicablyAt: string | null;
  isDoorOpen: boolean;
}

describe.each(DIALECTS)("the final settlement and an amicable end on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    // EUR 12,000.00 fixed: m1 "Design" (4,000.00) accepted, m2 "Launch" (8,000.00) not started.
    w = await buildBillingWorld(
      t,
      (terms: AgreementTerms) => ({ ...terms, noticePeriodDays: 30, handOverDuties: [] }),
      { accept: ["d2"] },
    );
  });
  afterEach(async () => {
    await t.close();
  });

  const exitOf = async (as = w.client) => bodyOf<ExitBody>(await as.client.get(w.url("/exit")));

  /** A dispute about conduct (its own `statement`) settled by a refund accepted as amends. */
  const refundAgreed = async (
    amountMinor: number,
    statement = "The launch slipped twice without a word.",
  ) => {
    const dispute = bodyOf<{ id: string }>(
      await w.client.client.post(w.url("/disputes"), {
        subject: { kind: "conduct", ref: null },
        statement,
        wants: "Part of our money back.",
      }),
      201,
    );
    const step = (as: typeof w.client, path: string, body: object) =>
      as.client.post(w.url(`/disputes/${dispute.id}${path}`), body);
    bodyOf(await step(w.provider, "/response", { response: "Fair." }));
    bodyOf(await step(w.provider, "/offers", { items: [{ kind: "partial_refund", amountMinor }] }));
    bodyOf(await step(w.client, "/offers/answer", { answer: "accept" }));
  };

  /**
   * A dispute settled by a refund of 1,000.00 accepted as amends, then notice given; with
   * `handOver`, every hand-over item done, so only the settlement stands between them and an end.
   */
  const refundAgreedThenNotice = async ({
    handOver,
    amountsMinor = [100_000],
  }: {
    handOver: boolean;
    /** One dispute settled by a refund for each amount. */
    amountsMinor?: number[];
  }) => {
    for (const [index, amountMinor] of amountsMinor.entries())
      await refundAgreed(amountMinor, `Call number ${index + 1} was missed without a word.`);
    bodyOf(await w.client.client.post(w.url("/exit"), { reason: "notice" }), 201);
    if (!handOver) return;
    for (const item of (await exitOf()).handOver) {
      const as = item.responsibleSide === "client" ? w.client : w.provider;
      bodyOf(await as.client.post(w.url(`/exit/hand-over/${item.id}/done`), {}));
    }
  };

  it("shows the settlement line by line, keeps feedback private, and ends amicably once paid and handed over", async () => {
    const invoice = await issuedInvoice(w);
    bodyOf(await w.client.client.post(w.url("/exit"), { reason: "notice" }), 201);

    // Earned: the accepted milestone, nothing for the one not started; nothing paid yet.
    const before = await exitOf();
    expect(before.settlement?.settlement).toEqual({
      lines: [
        { kind: "milestone_accepted", milestoneId: "m1", title: "Design", amountMinor: 400_000 },
      ],
      balanceMinor: 400_000,
      document: { kind: "final_invoice", amountMinor: 400_000 },
    });
    expect(before.isSettled).toBe(false);

    // Feedback: each side once; the other side sees only that it was given.
    bodyOf(
      await w.client.client.post(w.url("/exit/feedback"), {
        rating: 8,
        wouldWorkAgain: true,
        comment: "Good work, bad timing",
      }),
    );
    expectError(
      await w.client.client.post(w.url("/exit/feedback"), { rating: 2, wouldWorkAgain: false }),
      409,
      "exit_feedback_given",
    );
    const seenByProvider = await exitOf(w.provider);
    expect(seenByProvider.feedback).toEqual([
      { side: "client", rating: null, wouldWorkAgain: null, comment: null },
    ]);
    expect(seenByProvider.isDoorOpen).toBe(false);
    const afterBoth = bodyOf<ExitBody>(
      await w.provider.client.post(w.url("/exit/feedback"), { rating: 9, wouldWorkAgain: true }),
    );
    expect(afterBoth.isDoorOpen).toBe(true);

    // The hand-over completes, but the settlement is still open: not ended yet.
    for (const item of (await exitOf()).handOver) {
      const as = item.responsibleSide === "client" ? w.client : w.provider;
      bodyOf(await as.client.post(w.url(`/exit/hand-over/${item.id}/done`), {}));
    }
    const handedOver = await exitOf();
    expect(handedOver.isHandOverComplete).toBe(true);
    expect(handedOver.endedAmicablyAt).toBeNull();

    // The client pays the invoice in full: the sweeper records the amicable end.
    await paid(w, invoice.id, invoice.totalMinor, "2026-11-22");
    const paidExit = await exitOf();
    expect(paidExit.settlement?.settlement?.balanceMinor).toBe(0);
    expect(paidExit.settlement?.settlement?.document).toEqual({ kind: "none" });
    expect(paidExit.isSettled).toBe(true);
    await sweepDueWork(t.deps);
    const ended = await exitOf(w.provider);
    expect(ended.endedAmicablyAt).not.toBeNull();
    expect(ended.isDoorOpen).toBe(true);

    const events = bodyOf<{ events: LedgerEventBody[] }>(
      await w.client.client.get(w.url("/events")),
    ).events;
    const last = events.filter((e) => e.type.startsWith("exit.")).at(-1);
    expect(last).toMatchObject({ type: "exit.ended_amicably", payload: { isDoorOpen: true } });
    // The ledger never holds a feedback's rating or comment.
    const feedbackEvents = events.filter((e) => e.type === "exit.feedback_given");
    expect(feedbackEvents.map((e) => e.payload)).toEqual([
      expect.not.objectContaining({ rating: expect.anything() as unknown }),
      expect.not.objectContaining({ rating: expect.anything() as unknown }),
    ]);
    await sweepDueWork(t.deps);
    expect(
      bodyOf<{ events: LedgerEventBody[] }>(
        await w.client.client.get(w.url("/events")),
      ).events.filter((e) => e.type === "exit.ended_amicably"),
    ).toHaveLength(1);
  });

  it("takes a refund accepted as amends off the settlement: a paid engagement then owes the client", async () => {
    const invoice = await issuedInvoice(w);
    await paid(w, invoice.id, invoice.totalMinor, "2026-11-22");
    await refundAgreedThenNotice({ handOver: false });

    const exit = await exitOf(w.provider);
    expect(exit.settlement?.settlement?.lines).toContainEqual({
      kind: "agreed_refund",
      disputeNumber: 1,
      amountMinor: -100_000,
    });
    expect(exit.settlement?.settlement?.balanceMinor).toBe(-100_000);
    expect(exit.settlement?.settlement?.document).toEqual({
      kind: "credit_note",
      amountMinor: 100_000,
    });
    expect(exit.isSettled).toBe(false);
  });

  it("ends amicably once the provider pays back the refund agreed in a dispute and the client confirms it", async () => {
    const invoice = await issuedInvoice(w);
    await paid(w, invoice.id, invoice.totalMinor, "2026-11-22");
    await refundAgreedThenNotice({ handOver: true });

    // Handed over, but the client is owed 1,000.00 back: not ended, even after the sweeper.
    await sweepDueWork(t.deps);
    const owed = await exitOf();
    expect(owed.isHandOverComplete).toBe(true);
    expect(owed.settlement?.settlement?.balanceMinor).toBe(-100_000);
    expect(owed.endedAmicablyAt).toBeNull();

    // The provider pays it back; recorded, it does not count until the client confirms it.
    const refund = await recordRefund(w, 100_000, "SEPA back");
    expect((await exitOf()).settlement?.settlement?.balanceMinor).toBe(-100_000);
    bodyOf(await w.client.client.post(w.url(`/refunds/${refund.id}/confirm`)));

    const ended = await exitOf(w.provider);
    expect(ended.settlement?.settlement?.lines.slice(-2)).toEqual([
      { kind: "agreed_refund", disputeNumber: 1, amountMinor: -100_000 },
      { kind: "refund_paid", paidOn: "2026-11-22", reference: "SEPA back", amountMinor: 100_000 },
    ]);
    expect(ended.settlement?.settlement?.balanceMinor).toBe(0);
    expect(ended.settlement?.settlement?.document).toEqual({ kind: "none" });
    expect(ended.isSettled).toBe(true);
    expect(ended.endedAmicablyAt).not.toBeNull();
    const events = bodyOf<{ events: LedgerEventBody[] }>(
      await w.client.client.get(w.url("/events")),
    ).events.map((e) => e.type);
    expect(events.slice(-2)).toEqual(["refund.confirmed", "exit.ended_amicably"]);
  });

  it("settles to zero when a taxed refund is paid back in instalments", async () => {
    // 20% tax: what was paid is five sixths net, so 50,000 paid back nets to 41,666.67 and
    // rounding each instalment on its own would leave the settlement a cent short.
    const invoice = await issuedInvoice(w, {
      source: { kind: "milestone", milestoneId: "m1" },
      taxRateBasisPoints: 2000,
    });
    await paid(w, invoice.id, invoice.totalMinor, "2026-11-22");
    await refundAgreedThenNotice({ handOver: true });
    expect((await exitOf()).settlement?.settlement?.balanceMinor).toBe(-83_333);

    for (const reference of ["SEPA 1 of 2", "SEPA 2 of 2"]) {
      await refundPaidBack(w, 50_000, reference);
    }

    const ended = await exitOf(w.provider);
    expect(
      ended.settlement?.settlement?.lines
        .filter((line) => line.kind === "refund_paid")
        .map((line) => line.amountMinor),
    ).toEqual([41_667, 41_666]);
    expect(ended.settlement?.settlement?.balanceMinor).toBe(0);
    expect(ended.endedAmicablyAt).not.toBeNull();
  });

  it("settles to zero when two disputes' taxed refunds are paid back in one transfer", async () => {
    // 20% tax: 1,000.04 agreed twice nets to 833.366… each. Rounding each agreed refund on its
    // own (833.37 twice) while netting the 2,000.08 paid back as a whole (1,666.73) left the
    // client owed 0.01 for ever, so the exit could not end amicably.
    const invoice = await issuedInvoice(w, {
      source: { kind: "milestone", milestoneId: "m1" },
      taxRateBasisPoints: 2000,
    });
    await paid(w, invoice.id, invoice.totalMinor, "2026-11-22");
    await refundAgreedThenNotice({ handOver: true, amountsMinor: [100_004, 100_004] });
    const owed = await exitOf();
    expect(owed.settlement?.settlement?.balanceMinor).toBe(-166_673);

    await refundPaidBack(w, 200_008, "SEPA both disputes");

    const ended = await exitOf(w.provider);
    expect(
      ended.settlement?.settlement?.lines
        .filter((line) => line.kind === "agreed_refund" || line.kind === "refund_paid")
        .map((line) => line.amountMinor),
    ).toEqual([-83_337, -83_336, 166_673]);
    expect(ended.settlement?.settlement?.balanceMinor).toBe(0);
    expect(ended.endedAmicablyAt).not.toBeNull();
  });
});
