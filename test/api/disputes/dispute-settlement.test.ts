import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type Person, type TestApp } from "../../support/test-app";
import { expectError } from "../api-fixtures";
import { buildBillingWorld, issuedInvoice, paid } from "../billing/billing-fixtures";
import {
  evaluate,
  ONE_UNMET,
  submit,
  type DeliveryWorld,
  type SubmissionBody,
} from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

interface DisputeBody {
  id: string;
  abilities: Record<
    "respond" | "offer" | "answerOffer" | "escalate" | "acceptRecommendation",
    boolean
  >;
}
interface SettlementBody {
  settlement: {
    currency: string;
    milestone: { id: string; priceMinor: number };
    lines: { kind: string; amountMinor: number; criteriaMet?: number; criteriaTotal?: number }[];
    balanceMinor: number;
  } | null;
}

describe.each(DIALECTS)("a dispute's partial settlement and abilities on %s", (dialect) => {
  let t: TestApp;
  let a: DeliveryWorld;
  let b: DeliveryWorld;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    // m1 "Design" (4,000.00, d2) accepted; m2 "Launch" (8,000.00, d1) judged with c2 unmet.
    a = await buildBillingWorld(t, (terms) => terms, { accept: ["d2"] });
    b = await buildBillingWorld(t);
    const round = bodyOf<SubmissionBody>(await submit(a, "d1"), 201);
    bodyOf(await evaluate(a, round.id, ONE_UNMET));
  });
  afterEach(async () => {
    await t.close();
  });

  const open = async (as: Person, subject: { kind: string; ref: string | null }) =>
    bodyOf<DisputeBody>(
      await as.client.post(a.url("/disputes"), {
        subject,
        statement: "The speed criterion was judged on the staging site, not production.",
        wants: "Pay the milestone in full.",
      }),
      201,
    );
  const settlementOf = async (as: Person, disputeId: string) =>
    bodyOf<SettlementBody>(await as.client.get(a.url(`/disputes/${disputeId}/settlement`)));

  it("shares the milestone's price over the criteria met, the same for both sides", async () => {
    const dispute = await open(a.provider, { kind: "evaluation", ref: "d1" });
    const seen = await settlementOf(a.provider, dispute.id);
    // 8,000.00 over two criteria, one met: 4,000.00 owed, nothing paid or credited yet.
    expect(seen.settlement).toEqual({
      currency: "EUR",
      milestone: { id: "m2", title: "Launch", priceMinor: 800_000 },
      lines: [
        {
          kind: "criteria_met",
          deliverableId: "d1",
          title: expect.any(String) as string,
          criteriaMet: 1,
          criteriaTotal: 2,
          amountMinor: 400_000,
        },
      ],
      balanceMinor: 400_000,
    });
    expect(await settlementOf(a.client, dispute.id)).toEqual(seen);
  });

  it("reads an invoice's milestone from its criteria, and settles nothing for conduct", async () => {
    const invoice = await issuedInvoice(a);
    const dispute = await open(a.client, { kind: "invoice", ref: invoice.id });
    const before = await settlementOf(a.client, dispute.id);
    expect(before.settlement?.milestone.id).toBe("m1");
    expect(before.settlement?.lines.map((l) => [l.kind, l.amountMinor])).toEqual([
      ["criteria_met", 400_000],
    ]);
    expect(before.settlement?.balanceMinor).toBe(400_000);

    const conduct = await open(a.client, { kind: "conduct", ref: null });
    expect((await settlementOf(a.provider, conduct.id)).settlement).toBeNull();
  });

  it("takes a taxed invoice paid in instalments off at its whole net, to the cent", async () => {
    // m1 (4,000.00, every criterion met) invoiced with 20% tax: 4,800.00, paid as 1.00, 4.00 and
    // 4,795.00. Each netted on its own (0.83 + 3.33 + 3,995.83) left 0.01 owed for ever.
    const invoice = await issuedInvoice(a, {
      source: { kind: "milestone", milestoneId: "m1" },
      taxRateBasisPoints: 2000,
    });
    for (const amountMinor of [100, 400, 479_500])
      await paid(a, invoice.id, amountMinor, "2026-11-22");
    const dispute = await open(a.client, { kind: "invoice", ref: invoice.id });
    const seen = await settlementOf(a.client, dispute.id);
    expect(seen.settlement?.lines.map((l) => [l.kind, l.amountMinor])).toEqual([
      ["criteria_met", 400_000],
      ["payment", -83],
      ["payment", -334],
      ["payment", -399_583],
    ]);
    expect(seen.settlement?.balanceMinor).toBe(0);
  });

  it("takes a change's own invoice off with the change: all paid, nothing owed", async () => {
    // An approved change of 1,500.00 touching d2 (m1's deliverable), invoiced on its own and
    // paid, beside m1's invoice paid in full. Until 5 December 2026 the change was owed at its
    // price while its invoice's payment was left out: 1,500.00 shown as owed.
    const changes = a.url("/change-requests");
    const change = bodyOf<{ id: string }>(
      await a.client.client.post(changes, {
        title: "Gift cards",
        reason: "Launch campaign",
        deliverableIds: ["d2"],
      }),
      201,
    );
    bodyOf(
      await a.provider.client.post(`${changes}/${change.id}/price`, {
        effort: { unit: "day", quantity: 2 },
        priceMinor: 150_000,
        scheduleImpactDays: 7,
      }),
    );
    bodyOf(await a.client.client.post(`${changes}/${change.id}/approve`));
    const milestoneInvoice = await issuedInvoice(a);
    const changeInvoice = await issuedInvoice(a, {
      source: { kind: "change_request", changeRequestId: change.id },
    });
    for (const invoice of [milestoneInvoice, changeInvoice])
      await paid(a, invoice.id, invoice.totalMinor, "2026-11-22");
    const dispute = await open(a.client, { kind: "invoice", ref: milestoneInvoice.id });
    const seen = await settlementOf(a.client, dispute.id);
    expect(seen.settlement?.lines.map((l) => [l.kind, l.amountMinor])).toEqual([
      ["criteria_met", 400_000],
      ["approved_change", 150_000],
      ["payment", -400_000],
      ["payment", -150_000],
    ]);
    expect(seen.settlement?.balanceMinor).toBe(0);
  });

  it("tells each reader the steps that are theirs, and shows other organisations nothing", async () => {
    const dispute = await open(a.client, { kind: "evaluation", ref: "d1" });
    expect(dispute.abilities).toEqual({
      respond: false,
      offer: false,
      answerOffer: false,
      escalate: false,
      acceptRecommendation: false,
    });
    const asProvider = bodyOf<DisputeBody>(
      await a.provider.client.get(a.url(`/disputes/${dispute.id}`)),
    );
    expect(asProvider.abilities).toMatchObject({ respond: true, answerOffer: false });
    const answered = bodyOf<DisputeBody>(
      await a.provider.client.post(a.url(`/disputes/${dispute.id}/response`), {
        response: "We measured on staging because production was not ready.",
      }),
    );
    expect(answered.abilities).toEqual({
      respond: false,
      offer: true,
      answerOffer: false,
      escalate: true,
      acceptRecommendation: false,
    });
    for (const outsider of [b.client, b.provider]) {
      expectError(
        await outsider.client.get(a.url(`/disputes/${dispute.id}/settlement`)),
        404,
        "not_found",
      );
    }
  });
});
