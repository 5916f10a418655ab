import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type TestApp } from "../../support/test-app";
import { expectError, type LedgerEventBody } from "../api-fixtures";
import {
  buildBillingWorld,
  issuedInvoice,
  invoicesUrl,
  type InvoiceBody,
} from "../billing/billing-fixtures";
import {
  delivery,
  evaluate,
  ONE_UNMET,
  submit,
  type DeliveryWorld,
  type SubmissionBody,
} from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

interface DisputeBody {
  id: string;
  status: string;
}

/** The delivery fixture's type leaves out the milestones' due dates, which the API sends. */
const dueDateOf = (overview: { milestones: { id: string }[] }, milestoneId: string) =>
  (overview.milestones as { id: string; dueDate?: string }[]).find((m) => m.id === milestoneId)
    ?.dueDate;

describe.each(DIALECTS)("accepted amends carried out on %s", (dialect) => {
  let t: TestApp;
  let a: DeliveryWorld;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    // m1 (d2) accepted; d1 (m2, due 2027-03-01, two revision rounds) judged with c2 unmet.
    a = await buildBillingWorld(t, (terms) => terms, { accept: ["d2"] });
    const round = bodyOf<SubmissionBody>(await submit(a, "d1"), 201);
    bodyOf(await evaluate(a, round.id, ONE_UNMET));
  });
  afterEach(async () => {
    await t.close();
  });

  const openAnswered = async () => {
    const dispute = bodyOf<DisputeBody>(
      await a.client.client.post(a.url("/disputes"), {
        subject: { kind: "evaluation", ref: "d1" },
        statement: "The home page is still slow.",
        wants: "Fix it, and credit us for the delay.",
      }),
      201,
    );
    bodyOf(
      await a.provider.client.post(a.url(`/disputes/${dispute.id}/response`), {
        response: "Agreed, we will fix it.",
      }),
    );
    return dispute;
  };

  it("reopens the deliverable, moves the deadline and credits the invoice in one acceptance", async () => {
    const invoice = await issuedInvoice(a);
    const dispute = await openAnswered();
    const before = await delivery(a);
    const d1Before = before.deliverables.find((d) => d.id === "d1");
    bodyOf(
      await a.provider.client.post(a.url(`/disputes/${dispute.id}/offers`), {
        items: [
          { kind: "rework", deliverableId: "d1" },
          { kind: "extended_deadline", milestoneId: "m2", dueDate: "2027-03-22" },
          { kind: "credit_note", amountMinor: 5_000, invoiceId: invoice.id },
        ],
      }),
    );
    const settled = bodyOf<DisputeBody>(
      await a.client.client.post(a.url(`/disputes/${dispute.id}/offers/answer`), {
        answer: "accept",
      }),
    );
    expect(settled.status).toBe("settled");

    const after = await delivery(a);
    const d1After = after.deliverables.find((d) => d.id === "d1");
    expect(d1After?.revisionLimit).toBe((d1Before?.revisionLimit ?? 0) + 1);
    expect(d1After?.revisionsLeft).toBe((d1Before?.revisionsLeft ?? 0) + 1);
    expect(dueDateOf(after, "m2")).toBe("2027-03-22");
    expect(after.agreementVersion).toBe((before.agreementVersion ?? 0) + 1);
    const credited = bodyOf<InvoiceBody>(
      await a.provider.client.get(invoicesUrl(a, `/${invoice.id}`)),
    );
    expect(credited.creditedMinor).toBe(5_000);

    const events = bodyOf<{ events: LedgerEventBody[] }>(
      await a.client.client.get(a.url("/events")),
    ).events;
    const inForce = events.filter((e) => e.type === "agreement.in_force").at(-1);
    expect(inForce?.payload).toMatchObject({ disputeNumber: 1, application: "acknowledgement" });
    // The provider can hand the deliverable in again under the new version.
    bodyOf(await submit(a, "d1"), 201);
  });

  it("refuses re-work of an accepted deliverable, and leaves the terms alone on a decline", async () => {
    const dispute = await openAnswered();
    expectError(
      await a.provider.client.post(a.url(`/disputes/${dispute.id}/offers`), {
        items: [{ kind: "rework", deliverableId: "d2" }],
      }),
      422,
      "amends_invalid",
    );
    bodyOf(
      await a.provider.client.post(a.url(`/disputes/${dispute.id}/offers`), {
        items: [{ kind: "extended_deadline", milestoneId: "m2", dueDate: "2027-04-01" }],
      }),
    );
    const version = (await delivery(a)).agreementVersion;
    bodyOf(
      await a.client.client.post(a.url(`/disputes/${dispute.id}/offers/answer`), {
        answer: "decline",
      }),
    );
    const after = await delivery(a);
    expect(after.agreementVersion).toBe(version);
    expect(dueDateOf(after, "m2")).toBe("2027-03-01");
  });
});
