import { describe, expect, it } from "vitest";
import type { Invoice } from "../../shared/api/types";
import {
  creditable,
  creditNoteHint,
  isOpenInvoice,
  isVoidable,
  openToRecord,
  todayUtc,
} from "./invoice-rules";

type Payments = Invoice["payments"];
const payment = (status: Payments[number]["status"], amountMinor: number) =>
  ({ status, amountMinor }) as Payments[number];
const invoice = (
  status: Invoice["status"],
  payments: Payments = [],
  credits: number[] = [],
): Pick<Invoice, "status" | "totalMinor" | "payments" | "creditNotes"> => ({
  status,
  totalMinor: 10_000,
  payments,
  creditNotes: credits.map((amountMinor) => ({ amountMinor }) as Invoice["creditNotes"][number]),
});

describe("what the invoice screens offer", () => {
  it("takes payments on issued and partly paid invoices only", () => {
    expect(isOpenInvoice(invoice("issued"))).toBe(true);
    expect(isOpenInvoice(invoice("partly_paid"))).toBe(true);
    expect(isOpenInvoice(invoice("draft"))).toBe(false);
    expect(isOpenInvoice(invoice("paid"))).toBe(false);
    expect(isOpenInvoice(invoice("void"))).toBe(false);
  });

  it("leaves open what is neither paid, credited nor awaiting an answer", () => {
    const partly = invoice(
      "partly_paid",
      [payment("confirmed", 3000), payment("recorded", 2000), payment("rejected", 9000)],
      [1000],
    );
    expect(openToRecord(partly)).toBe(4000);
  });

  it("offers a credit note on any issued invoice up to what it charged less earlier credit notes", () => {
    expect(creditable(invoice("partly_paid", [payment("confirmed", 3000)], [1000]))).toBe(9000);
    expect(creditable(invoice("paid", [payment("confirmed", 9000)], [1000]))).toBe(9000);
    expect(creditable(invoice("paid", [payment("confirmed", 0)], [10_000]))).toBe(0);
    expect(creditable(invoice("draft"))).toBe(0);
    expect(creditable(invoice("void"))).toBe(0);
  });

  it("offers voiding for a draft or an untouched issued invoice, never once money moved", () => {
    expect(isVoidable(invoice("draft"))).toBe(true);
    expect(isVoidable(invoice("issued", [payment("rejected", 500)]))).toBe(true);
    expect(isVoidable(invoice("issued", [payment("recorded", 500)]))).toBe(false);
    expect(isVoidable(invoice("issued", [], [100]))).toBe(false);
    expect(isVoidable(invoice("partly_paid", [payment("confirmed", 500)]))).toBe(false);
  });

  it("counts days in UTC, as the server does", () => {
    expect(todayUtc(new Date("2026-11-22T23:30:00-05:00"))).toBe("2026-11-23");
  });

  it("tells the provider when a credit note turns into money owed back", () => {
    expect(creditNoteHint({ status: "issued", paidMinor: 0 })).toBe("invoices.credit.explain");
    expect(creditNoteHint({ status: "partly_paid", paidMinor: 3000 })).toBe(
      "invoices.credit.explainPartlyPaid",
    );
    expect(creditNoteHint({ status: "paid", paidMinor: 10_000 })).toBe(
      "invoices.credit.explainPaid",
    );
  });
});
