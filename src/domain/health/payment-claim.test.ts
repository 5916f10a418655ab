import { describe, expect, it } from "vitest";
import { measureSide } from "./engagement-score";
import { defaultCohort } from "./cohort";
import { factsFromLedger, type LedgerFactEvent } from "./facts-from-ledger";
import { measurePayment } from "./measures";
import { NO_REFERENCES, testLedgerHeader } from "./test-ledger";
import { engagementWarnings } from "./warnings";

const HEADER = testLedgerHeader("2026-11-02T00:00:00.000Z");
/** 61 days after the due date. */
const NOW = "2027-01-31T12:00:00.000Z";

const ISSUED: LedgerFactEvent = {
  type: "invoice.issued",
  occurredAt: "2026-11-01T09:00:00.000Z",
  actorOrgId: "provider",
  payload: {
    invoiceId: "i1",
    number: "INV-1",
    sourceKind: "milestone",
    sourceRef: "m1",
    currency: "EUR",
    totalMinor: 100_000,
    issueDate: "2026-11-01",
    dueDate: "2026-12-01",
  },
};

function recorded(paymentId: string, amountMinor: number, paidOn: string): LedgerFactEvent {
  return {
    type: "payment.recorded",
    occurredAt: `${paidOn}T10:00:00.000Z`,
    actorOrgId: "client",
    payload: {
      invoiceId: "i1",
      number: "INV-1",
      paymentId,
      amountMinor,
      currency: "EUR",
      paidOn,
      side: "client",
    },
  };
}

function answered(
  paymentId: string,
  amountMinor: number,
  type: "payment.confirmed" | "payment.rejected",
): LedgerFactEvent {
  return {
    type,
    occurredAt: "2027-01-31T09:00:00.000Z",
    actorOrgId: "provider",
    payload: {
      invoiceId: "i1",
      number: "INV-1",
      paymentId,
      amountMinor,
      currency: "EUR",
      invoiceStatus: type === "payment.confirmed" ? "paid" : "issued",
    },
  };
}

function read(events: LedgerFactEvent[]) {
  const state = factsFromLedger(HEADER, [ISSUED, ...events], NO_REFERENCES);
  const payment = measurePayment(state.facts, NOW);
  return {
    state,
    days: payment.kind === "value" ? payment.value : null,
    warnings: engagementWarnings(state.facts, NOW).map((w) => `${w.code}:${w.level}`),
    isOver60Days: measureSide("client", state.facts, NOW, defaultCohort()).flags
      .hasInvoiceOver60Days,
  };
}

describe("a payment awaiting the other side's confirmation", () => {
  it("counts the invoice paid on the day it names while it covers what is owed", () => {
    // Paid 31 days late and recorded; unanswered since.
    const waiting = read([recorded("p1", 100_000, "2027-01-01")]);
    expect(waiting.state.facts.invoices[0]).toMatchObject({
      paidOn: null,
      claimedPaidOn: "2027-01-01",
    });
    expect(waiting.days).toBe(31);
    expect(waiting.warnings).toEqual([]);
    expect(waiting.isOver60Days).toBe(false);
  });

  it("leaves a part payment's invoice open: 61 days so far, counted twice, red, over the 60-day cap", () => {
    const part = read([recorded("p1", 40_000, "2027-01-01")]);
    expect(part.state.facts.invoices[0]?.claimedPaidOn).toBeUndefined();
    expect(part.days).toBe(122);
    expect(part.warnings).toEqual(["overdue_invoice:red"]);
    expect(part.isOver60Days).toBe(true);
  });

  it("takes the claim back on a rejection, and keeps the named day on a confirmation", () => {
    const rejected = read([
      recorded("p1", 100_000, "2027-01-01"),
      answered("p1", 100_000, "payment.rejected"),
    ]);
    expect(rejected.state.facts.invoices[0]?.claimedPaidOn).toBeUndefined();
    expect(rejected.state.awaitingConfirmation).toBeUndefined();
    expect(rejected.days).toBe(122);
    expect(rejected.isOver60Days).toBe(true);

    const confirmed = read([
      recorded("p1", 100_000, "2027-01-01"),
      answered("p1", 100_000, "payment.rejected"),
      recorded("p2", 100_000, "2027-01-05"),
      answered("p2", 100_000, "payment.confirmed"),
    ]);
    expect(confirmed.state.facts.invoices[0]).toMatchObject({ paidOn: "2027-01-05" });
    expect(confirmed.state.facts.invoices[0]?.claimedPaidOn).toBeUndefined();
    expect(confirmed.state.awaitingConfirmation).toBeUndefined();
    expect(confirmed.days).toBe(35);
    expect(confirmed.warnings).toEqual([]);
  });

  it("counts the invoice paid on the day its last money came, a confirmed part payment's included", () => {
    // 60,000 recorded as paid on 15 December and unanswered; the other 40,000 paid on
    // 20 January and confirmed: the invoice was covered on 20 January, 50 days past due.
    const split = read([
      recorded("p1", 60_000, "2026-12-15"),
      recorded("p2", 40_000, "2027-01-20"),
      answered("p2", 40_000, "payment.confirmed"),
    ]);
    expect(split.state.facts.invoices[0]).toMatchObject({
      paidOn: null,
      claimedPaidOn: "2027-01-20",
    });
    expect(split.days).toBe(50);
    // Confirmed first, claimed later: the claim's day is the later one, as before.
    const claimedLast = read([
      recorded("p2", 40_000, "2026-12-10"),
      answered("p2", 40_000, "payment.confirmed"),
      recorded("p1", 60_000, "2026-12-20"),
    ]);
    expect(claimedLast.state.facts.invoices[0]?.claimedPaidOn).toBe("2026-12-20");
    // A rejected part payment's day counts for nothing.
    const rejectedPart = read([
      recorded("p1", 60_000, "2026-12-15"),
      recorded("p2", 40_000, "2027-01-20"),
      answered("p2", 40_000, "payment.rejected"),
      recorded("p3", 40_000, "2026-12-18"),
    ]);
    expect(rejectedPart.state.facts.invoices[0]?.claimedPaidOn).toBe("2026-12-18");
  });

  it("keeps the last part's day when the earlier part is confirmed after it", () => {
    // Both parts recorded; 20 January's confirmed first, then 15 December's: the invoice was
    // covered on 20 January, whatever the order the provider confirmed them in.
    const confirmedOutOfOrder = read([
      recorded("p1", 60_000, "2026-12-15"),
      recorded("p2", 40_000, "2027-01-20"),
      answered("p2", 40_000, "payment.confirmed"),
      answered("p1", 60_000, "payment.confirmed"),
    ]);
    expect(confirmedOutOfOrder.state.facts.invoices[0]).toMatchObject({ paidOn: "2027-01-20" });
    expect(confirmedOutOfOrder.state.facts.invoices[0]?.claimedPaidOn).toBeUndefined();
    expect(confirmedOutOfOrder.days).toBe(50);
  });
});
