import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { escalateOverdueDisputes } from "../../../src/server/modules/disputes/escalate-dispute";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type Person, type TestApp } from "../../support/test-app";
import { expectError, type LedgerEventBody } from "../api-fixtures";
import {
  buildBillingWorld,
  invoicesUrl,
  issuedInvoice,
  type InvoiceBody,
} from "../billing/billing-fixtures";
import type { DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

interface DisputeBody {
  id: string;
  status: string;
  rung: string;
  ladder: string[];
  outcome: Record<string, unknown> | null;
  dueAt: string | null;
  createdAt: string;
  offers: { id: string; side: string; status: string }[];
}

const OPENING = {
  subject: { kind: "evaluation", ref: "d1" },
  statement: "The logo was judged against a criterion we never agreed.",
  wants: "Accept the logo, or say which agreed criterion it misses.",
};

describe.each(DIALECTS)("disputes on %s", (dialect) => {
  let t: TestApp;
  let a: DeliveryWorld;
  let b: DeliveryWorld;
  let invoice: InvoiceBody;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    a = await buildBillingWorld(t);
    b = await buildBillingWorld(t);
    invoice = await issuedInvoice(a);
  });
  afterEach(async () => {
    await t.close();
  });

  const open = async (as: Person) =>
    bodyOf<DisputeBody>(await as.client.post(a.url("/disputes"), OPENING), 201);
  const step = (as: Person, disputeId: string, path: string, body: unknown = {}) =>
    as.client.post(a.url(`/disputes/${disputeId}${path}`), body);
  const eventTypes = async () =>
    bodyOf<{ events: LedgerEventBody[] }>(await a.client.client.get(a.url("/events"))).events.map(
      (e) => e.type,
    );

  it("settles by amends: the answer, a credit note and an apology, accepted and carried out", async () => {
    const dispute = await open(a.client);
    expect(dispute).toMatchObject({ status: "awaiting_response", rung: "negotiation" });
    expect(dispute.ladder[0]).toBe("negotiation");
    expect(dispute.ladder.at(-1)).toBe("separation");

    // Nobody moves on before the other side has answered.
    expectError(await step(a.client, dispute.id, "/escalate"), 409, "dispute_awaiting_answer");
    expectError(
      await step(a.client, dispute.id, "/response", { response: "Me?" }),
      403,
      "dispute_wrong_side",
    );
    bodyOf(await step(a.provider, dispute.id, "/response", { response: "Fair: let us fix it." }));

    const amends = {
      items: [
        { kind: "credit_note", amountMinor: 1_000, invoiceId: invoice.id },
        { kind: "apology", text: "We judged the logo against our own taste." },
      ],
      note: "",
    };
    expectError(
      await step(a.client, dispute.id, "/offers", { items: [amends.items[0]] }),
      422,
      "amends_invalid",
    );
    const offered = bodyOf<DisputeBody>(await step(a.provider, dispute.id, "/offers", amends));
    expect(offered).toMatchObject({ status: "offer_pending", rung: "amends" });
    expectError(
      await step(a.provider, dispute.id, "/offers/answer", { answer: "accept" }),
      403,
      "dispute_wrong_side",
    );

    const settled = bodyOf<DisputeBody>(
      await step(a.client, dispute.id, "/offers/answer", { answer: "accept" }),
    );
    expect(settled.status).toBe("settled");
    expect(settled.offers.map((o) => o.status)).toEqual(["accepted"]);
    // The outcome is a typed object an integrator reads as is (it was JSON inside a string):
    // the accepted offer, whose items are in `offers`, and the credit notes issued.
    expect(settled.outcome).toEqual({
      by: "amends",
      offerId: settled.offers[0]?.id,
      creditNotes: [expect.any(String)],
    });
    const credited = bodyOf<InvoiceBody>(
      await a.provider.client.get(invoicesUrl(a, `/${invoice.id}`)),
    );
    expect(credited.creditedMinor).toBe(1_000);
    expect(credited.creditNotes[0]?.reason).toContain("Amends");
    const types = await eventTypes();
    expect(types).toEqual(
      expect.arrayContaining([
        "dispute.opened",
        "dispute.responded",
        "dispute.offer_made",
        "credit_note.issued",
        "dispute.settled",
      ]),
    );
  });

  it("takes back nothing when billing refuses the credit of accepted amends", async () => {
    const dispute = await open(a.client);
    bodyOf(await step(a.provider, dispute.id, "/response", { response: "Let us talk." }));
    bodyOf(
      await step(a.provider, dispute.id, "/offers", {
        items: [{ kind: "credit_note", amountMinor: 1_000, invoiceId: invoice.id }],
      }),
    );
    // Offered within what could be credited; the provider then credited all but 5.00 of it.
    bodyOf(
      await a.provider.client.post(invoicesUrl(a, `/${invoice.id}/credit-notes`), {
        amountMinor: invoice.totalMinor - 500,
        reason: "Corrected amount",
      }),
      201,
    );
    const refused = expectError(
      await step(a.client, dispute.id, "/offers/answer", { answer: "accept" }),
      422,
      "credit_note_exceeds_outstanding",
    );
    // The answer typed no amount: the refusal names none of its fields.
    expect(refused.fields).toBeUndefined();
    const still = bodyOf<DisputeBody>(await a.client.client.get(a.url(`/disputes/${dispute.id}`)));
    expect(still.status).toBe("offer_pending");
  });

  it("escalates an unanswered dispute to mediation after five business days, not before", async () => {
    // Opened on Sunday 22 November at 09:00: Monday 23 to Friday 27 are the five business days.
    const dispute = await open(a.provider);
    expect(dispute.createdAt).toBe("2026-11-22T09:00:00.000Z");
    expect(dispute.dueAt).toBe("2026-11-27T09:00:00.000Z");

    t.clock.set(new Date("2026-11-27T08:59:59.000Z"));
    expect(await escalateOverdueDisputes(t.deps)).toBe(0);
    t.clock.set(new Date("2026-11-27T09:00:00.000Z"));
    expect(await escalateOverdueDisputes(t.deps)).toBe(1);
    expect(await escalateOverdueDisputes(t.deps)).toBe(0);

    const moved = bodyOf<DisputeBody>(await a.client.client.get(a.url(`/disputes/${dispute.id}`)));
    expect(moved).toMatchObject({ status: "in_mediation", rung: "mediation" });
    expect(await eventTypes()).toContain("dispute.escalated");
  });

  it("refuses an answer once its window has passed, naming its end, before the sweeper climbs", async () => {
    // Opened on Sunday 22 November at 09:00: the answer is due Friday 27 at 09:00.
    const dispute = await open(a.provider);
    const canRespond = async () =>
      bodyOf<{ abilities: { respond: boolean } }>(
        await a.client.client.get(a.url(`/disputes/${dispute.id}`)),
      ).abilities.respond;
    t.clock.set(new Date("2026-11-27T08:59:59.000Z"));
    expect(await canRespond()).toBe(true);
    t.clock.set(new Date("2026-11-27T09:00:00.000Z"));
    expect(await canRespond()).toBe(false);
    const late = expectError(
      await step(a.client, dispute.id, "/response", { response: "Sorry, we were away." }),
      409,
      "dispute_window_passed",
    );
    expect(late.message).toContain("November 27, 2026");
    // The sweeper climbs as the window said; the late side speaks on the next rung.
    expect(await escalateOverdueDisputes(t.deps)).toBe(1);
    const moved = bodyOf<DisputeBody>(await a.client.client.get(a.url(`/disputes/${dispute.id}`)));
    expect(moved).toMatchObject({ status: "in_mediation", response: null });

    // An offer's answer too: in another engagement, answered in time, then an offer left too long.
    const onB = (as: Person, path: string, body: unknown = {}) =>
      as.client.post(b.url(`/disputes${path}`), body);
    const second = bodyOf<DisputeBody>(await onB(b.client, "", OPENING), 201);
    bodyOf(await onB(b.provider, `/${second.id}/response`, { response: "Fair." }));
    const offered = bodyOf<DisputeBody>(
      await onB(b.provider, `/${second.id}/offers`, {
        items: [{ kind: "apology", text: "We judged the logo against our own taste." }],
        note: "",
      }),
    );
    t.clock.set(new Date(new Date(offered.dueAt!).getTime() + 1_000));
    for (const answer of ["accept", "decline"]) {
      expectError(
        await onB(b.client, `/${second.id}/offers/answer`, { answer }),
        409,
        "dispute_window_passed",
      );
    }
  });

  it("shows and moves another engagement's disputes for nobody else", async () => {
    const dispute = await open(a.client);
    for (const outsider of [b.client, b.provider]) {
      for (const url of [a.url("/disputes"), a.url(`/disputes/${dispute.id}`)]) {
        const response = await outsider.client.get(url);
        expectError(response, 404, "not_found");
        expect(response.body).not.toContain(OPENING.statement);
      }
      expectError(await outsider.client.post(a.url("/disputes"), OPENING), 404, "not_found");
      for (const [path, body] of [
        ["/response", { response: "No" }],
        ["/offers", { items: [{ kind: "apology", text: "Sorry" }] }],
        ["/offers/answer", { answer: "accept" }],
        ["/escalate", {}],
      ] as const) {
        expectError(await step(outsider, dispute.id, path, body), 404, "not_found");
      }
      // Their own engagement does not reach into this one's disputes either.
      expectError(
        await outsider.client.post(b.url(`/disputes/${dispute.id}/response`), { response: "No" }),
        404,
        "not_found",
      );
    }
  });

  it("disputes only this engagement's own items, naming the field and writing nothing otherwise", async () => {
    const ofB = await issuedInvoice(b);
    const opening = (subject: { kind: string; ref: string | null }) =>
      a.client.client.post(a.url("/disputes"), { ...OPENING, subject });
    for (const subject of [
      { kind: "invoice", ref: ofB.id },
      { kind: "invoice", ref: "no-such-invoice" },
      { kind: "invoice", ref: null },
      { kind: "evaluation", ref: "no-such-deliverable" },
      { kind: "evaluation", ref: null },
      { kind: "change_request", ref: "no-such-change" },
    ]) {
      const refused = expectError(await opening(subject), 400, "validation_failed");
      expect(refused.fields?.map((f) => f.path)).toEqual(["subject.ref"]);
    }
    expect(
      bodyOf<{ items: DisputeBody[] }>(await a.client.client.get(a.url("/disputes"))).items,
    ).toEqual([]);
    // The items the engagement has: an issued invoice, a deliverable or its milestone, conduct.
    bodyOf(await opening({ kind: "invoice", ref: invoice.id }), 201);
    bodyOf(await opening({ kind: "evaluation", ref: "m2" }), 201);
    bodyOf(await opening({ kind: "conduct", ref: null }), 201);
    bodyOf(await opening({ kind: "change_request", ref: null }), 201);
  });

  it("reads an empty reference as none: conduct opens, the same conduct again is the open one, an invoice must name one", async () => {
    const opening = (subject: { kind: string; ref: string | null }) =>
      a.client.client.post(a.url("/disputes"), { ...OPENING, subject });
    const conduct = bodyOf<DisputeBody & { subject: { kind: string; ref: string | null } }>(
      await opening({ kind: "conduct", ref: "" }),
      201,
    );
    expect(conduct.subject).toEqual({ kind: "conduct", ref: null });
    expectError(await opening({ kind: "conduct", ref: null }), 409, "dispute_already_open");
    const unnamed = expectError(
      await opening({ kind: "invoice", ref: "" }),
      400,
      "validation_failed",
    );
    expect(unnamed.fields?.map((f) => f.path)).toEqual(["subject.ref"]);
    expect(
      bodyOf<{ items: DisputeBody[] }>(await a.client.client.get(a.url("/disputes"))).items,
    ).toHaveLength(1);
  });

  it("opens one dispute per item at a time: a second click, even at the same moment, names the open one", async () => {
    const both = await Promise.all([
      a.client.client.post(a.url("/disputes"), OPENING),
      a.client.client.post(a.url("/disputes"), OPENING),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const refused = expectError(
      both.find((r) => r.statusCode === 409)!,
      409,
      "dispute_already_open",
    );
    expect(refused.message).toContain("#1");
    // The other side's own dispute about the same item is the same dispute too.
    expectError(
      await a.provider.client.post(a.url("/disputes"), { ...OPENING, statement: "Ours" }),
      409,
      "dispute_already_open",
    );
    expect(
      bodyOf<{ items: DisputeBody[] }>(await a.client.client.get(a.url("/disputes"))).items,
    ).toHaveLength(1);
  });
});
