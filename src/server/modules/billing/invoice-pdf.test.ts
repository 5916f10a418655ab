import { describe, expect, it } from "vitest";
import type { Invoice } from "../../../contracts/billing";
import { LOCALES } from "../../../i18n/locales";
import { renderInvoicePdf } from "./invoice-pdf";

const invoice: Invoice = {
  id: "i1",
  engagementId: "e1",
  number: "KODE-0007",
  status: "partly_paid",
  source: { kind: "milestone", ref: "m1" },
  provider: { id: "p", name: "Kode Studio" },
  client: { id: "c", name: "Northwind — Ölwerke" },
  currency: "EUR",
  lines: [
    {
      position: 1,
      description: "Conception « boutique » — Доставка",
      quantityMilli: 1500,
      unitPriceMinor: 80_000,
      taxRateBasisPoints: 2000,
      netMinor: 120_000,
    },
  ],
  taxGroups: [{ rateBasisPoints: 2000, netMinor: 120_000, taxMinor: 24_000 }],
  subtotalMinor: 120_000,
  taxMinor: 24_000,
  totalMinor: 144_000,
  note: "IBAN FR76 0000 0000 0000",
  issueDate: "2026-11-22",
  dueDate: "2026-12-22",
  paymentTermsDays: 30,
  isLateInterestAgreed: true,
  voidReason: null,
  creditedMinor: 4000,
  paidMinor: 40_000,
  awaitingConfirmationMinor: 0,
  outstandingMinor: 100_000,
  isOverdue: false,
  daysPastDue: 0,
  payments: [
    {
      id: "pay",
      invoiceId: "i1",
      amountMinor: 40_000,
      currency: "EUR",
      paidOn: "2026-11-30",
      reference: "SEPA 1",
      status: "confirmed",
      recordedSide: "client",
      recordedBy: { id: "u", name: "Claire" },
      recordedAt: "2026-11-30T10:00:00.000Z",
      decidedBy: { id: "v", name: "Lucía" },
      decidedAt: "2026-12-01T10:00:00.000Z",
      abilities: { answer: false },
    },
  ],
  creditNotes: [
    {
      id: "cn",
      invoiceId: "i1",
      number: "KODECN-0001",
      amountMinor: 4000,
      currency: "EUR",
      reason: "Late files",
      issuedOn: "2026-12-02",
      createdAt: "2026-12-02T10:00:00.000Z",
    },
  ],
  reminders: [],
  createdAt: "2026-11-20T10:00:00.000Z",
  issuedAt: "2026-11-22T10:00:00.000Z",
  voidedAt: null,
};

describe("invoice PDF", () => {
  it.each(LOCALES)("renders an issued invoice in %s", async (locale) => {
    const pdf = await renderInvoicePdf(
      invoice,
      "Boutique",
      locale,
      new Date("2026-12-03T12:00:00Z"),
    );
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(10_000);
  });

  it("renders a draft and a void invoice without dates or an amount owed", async () => {
    for (const status of ["draft", "void"] as const) {
      const pdf = await renderInvoicePdf(
        {
          ...invoice,
          status,
          number: status === "draft" ? null : invoice.number,
          issueDate: status === "draft" ? null : invoice.issueDate,
          dueDate: status === "draft" ? null : invoice.dueDate,
          voidReason: status === "void" ? "Wrong client" : null,
          payments: [],
          creditNotes: [],
        },
        "Boutique",
        "en",
        new Date("2026-12-03T12:00:00Z"),
      );
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    }
  });
});
