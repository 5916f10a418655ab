import { describe, expect, it } from "vitest";
import { checkAgainstRecord, claimsIn } from "./record-check";

const RECORD = {
  deliveriesAccepted: 2,
  lastDeliveryAcceptedAt: "2026-10-01T10:00:00.000Z",
  paymentsConfirmed: 1,
  lastPaymentConfirmedAt: "2026-10-05T10:00:00.000Z",
};

describe("claims checked against the record", () => {
  it.each([
    ["They never delivered anything.", "never_delivered"],
    ["Le prestataire n'a jamais livré.", "never_delivered"],
    ["Die Agentur hat nie geliefert.", "never_delivered"],
    ["Nunca entregó el trabajo.", "never_delivered"],
    ["Mereka tidak pernah mengirim hasilnya.", "never_delivered"],
    ["The client never paid us.", "never_paid"],
    ["Le client ne nous a jamais payé.", "never_paid"],
    ["Der Kunde hat nie bezahlt.", "never_paid"],
    ["El cliente nunca nos pagó.", "never_paid"],
    ["Klien tidak pernah membayar.", "never_paid"],
  ])("reads %j as %s", (text, claim) => {
    expect(claimsIn(text)).toEqual([claim]);
  });

  it("leaves ordinary complaints alone", () => {
    expect(claimsIn("Delivered late, and the payment took a while.")).toEqual([]);
  });

  it("attaches the record only where the ledger contradicts the claim", () => {
    expect(checkAgainstRecord("They never delivered and never paid", RECORD)).toEqual([
      {
        claim: "never_delivered",
        record: { kind: "deliveries_accepted", count: 2, lastAt: RECORD.lastDeliveryAcceptedAt },
      },
      {
        claim: "never_paid",
        record: { kind: "payments_confirmed", count: 1, lastAt: RECORD.lastPaymentConfirmedAt },
      },
    ]);
    expect(
      checkAgainstRecord("They never delivered", { ...RECORD, deliveriesAccepted: 0 }),
    ).toEqual([]);
  });
});
