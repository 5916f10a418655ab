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

  it.each([
    ["The provider has never delivered anything.", "never_delivered"],
    ["They haven't delivered a single thing.", "never_delivered"],
    ["Nothing was ever delivered.", "never_delivered"],
    ["We never received the work.", "never_delivered"],
    ["Rien n'a jamais été livré.", "never_delivered"],
    ["Ils ne nous ont jamais rien livré.", "never_delivered"],
    ["Nous n'avons jamais reçu le travail.", "never_delivered"],
    ["Er hat nie etwas geliefert.", "never_delivered"],
    ["Es wurde nichts geliefert.", "never_delivered"],
    ["Wir haben nie ein Ergebnis erhalten.", "never_delivered"],
    ["Jamás entregó nada.", "never_delivered"],
    ["Nunca han entregado nada.", "never_delivered"],
    ["No entregaron nada.", "never_delivered"],
    ["Nunca recibimos el trabajo.", "never_delivered"],
    ["Penyedia tidak pernah mengirimkan apa pun.", "never_delivered"],
    ["Kami tidak pernah menerima hasil kerja.", "never_delivered"],
    ["Tidak ada hasil yang diserahkan.", "never_delivered"],
    ["They haven't paid a single invoice.", "never_paid"],
    ["We never received a single payment.", "never_paid"],
    ["We were never paid.", "never_paid"],
    ["Nous n'avons jamais été payés.", "never_paid"],
    ["Aucune facture n'a été payée.", "never_paid"],
    ["Nous n'avons jamais reçu le moindre paiement.", "never_paid"],
    ["Der Kunde hat nie etwas bezahlt.", "never_paid"],
    ["Die Rechnung wurde nie beglichen.", "never_paid"],
    ["Wir haben nie eine Zahlung erhalten.", "never_paid"],
    ["Jamás pagaron.", "never_paid"],
    ["Nunca recibimos el pago.", "never_paid"],
    ["No nos han pagado nada.", "never_paid"],
    ["Mereka tidak pernah melunasi tagihan.", "never_paid"],
    ["Kami tidak pernah menerima pembayaran.", "never_paid"],
  ])("reads the wider wording %j as %s", (text, claim) => {
    expect(claimsIn(text)).toEqual([claim]);
  });

  it.each([
    "They never delivered late, always on time.",
    "The client never paid late.",
    "They never once failed to deliver.",
    "Ils n'ont jamais livré en retard.",
    "Le client n'a jamais payé en retard.",
    "Sie haben nie verspätet geliefert.",
    "Der Kunde hat nie zu spät bezahlt.",
    "Nunca entregaron tarde.",
    "El cliente nunca pagó con retraso.",
    "Mereka tidak pernah terlambat mengirim hasil.",
    "Klien tidak pernah terlambat membayar.",
    "Delivery slipped a week, but the result was good.",
    "Payment came two weeks after the due date.",
  ])("does not read praise or an ordinary complaint %j as a claim", (text) => {
    expect(claimsIn(text)).toEqual([]);
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
