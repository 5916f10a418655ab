import { describe, expect, it } from "vitest";
import { draftAgreementFromProposal } from "../../../domain/proposal/proposal";
import { LOCALES } from "../../../i18n/locales";
import { renderAgreementPdf, type AgreementDocument } from "./agreement-pdf";

const terms = draftAgreementFromProposal(
  {
    summary: "",
    deliverables: [
      {
        id: "d1",
        title: "Boutique en ligne",
        description: "Paiement par carte, « livraison » en Europe — Übergabe inklusive.",
        criteria: [{ id: "c1", statement: "Un paiement réussit", verification: "Achat test" }],
        revisionLimit: 2,
        milestoneId: "m1",
        coversMustHaveIds: [],
      },
    ],
    milestones: [{ id: "m1", title: "Lancement", dueDate: "2027-02-15", amountMinor: 1_200_000 }],
    methodology: "Itérations de deux semaines.",
    cadence: { checkInEveryDays: 7, channels: ["visio"] },
    clientResponsibilities: [{ id: "r1", what: "Photos des produits", dueDate: "2026-12-15" }],
    providerResponsibilities: [],
    remuneration: {
      model: "fixed",
      currency: "EUR",
      amountMinor: 1_200_000,
      rateMinor: null,
      estimatedEffort: { unit: "day", quantity: 20 },
      retainerPeriod: null,
    },
    paymentTermsDays: 30,
  },
  "Boutique en ligne pour nos céramiques.",
);

const document: AgreementDocument = {
  title: "Boutique en ligne",
  clientName: "Northwind",
  providerName: "Atelier Bleu",
  version: 1,
  status: "in_force",
  terms: { ...terms, additionalClauses: [{ id: "x", text: "Доставка — 配送 — pengiriman." }] },
  contentHash: "a".repeat(64),
  signatures: [{ side: "client", name: "Claire Martin", signedAt: "2026-11-22T10:00:00.000Z" }],
};

describe("agreement PDF", () => {
  it.each(LOCALES)("renders a complete PDF in %s", async (locale) => {
    const pdf = await renderAgreementPdf(document, locale, new Date("2026-11-22T12:00:00Z"));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});
