import { describe, expect, it } from "vitest";
import { EarlyPaymentQuery, VoidInvoiceBody } from "../../../contracts/billing";
import { checkForm } from "../../shared/forms/use-contract-form";
import {
  EARLY_PAYMENT_WORDS,
  ISSUE_INVOICE_WORDS,
  VOID_INVOICE_WORDS,
  issueInvoiceForm,
  readEarlyPayment,
} from "./invoice-actions-form-state";

const TODAY = "2026-12-02";
const checkIssue = (issueDate: string) =>
  checkForm(issueInvoiceForm(TODAY), { issueDate }, { words: ISSUE_INVOICE_WORDS }, "en");

describe("issuing and voiding an invoice, checked before the dialog asks to confirm", () => {
  it("asks for the issue date, and refuses a day after today as the server would", async () => {
    expect((await checkIssue("")).problems).toEqual([
      { path: "issueDate", message: { key: "form.invoice.issueDateMissing" } },
    ]);
    expect((await checkIssue("2026-12-03")).problems).toEqual([
      { path: "issueDate", message: { key: "form.invoice.issueDateFuture" } },
    ]);
  });

  it("passes today or an earlier day", async () => {
    expect((await checkIssue(TODAY)).data).toEqual({ issueDate: TODAY });
    expect((await checkIssue("2026-11-30")).data).toEqual({ issueDate: "2026-11-30" });
  });

  it("asks a void for the reason the client reads, and sends it trimmed", async () => {
    const words = { words: VOID_INVOICE_WORDS };
    expect((await checkForm(VoidInvoiceBody, { reason: "  " }, words, "en")).problems).toEqual([
      { path: "reason", message: { key: "form.invoice.voidReasonMissing" } },
    ]);
    expect(
      (await checkForm(VoidInvoiceBody, { reason: " Sent twice " }, words, "en")).data,
    ).toEqual({ reason: "Sent twice" });
  });
});

describe("the early-payment check, its amount read as typed in the reader's format", () => {
  const check = (offeredMinor: string, payOn: string, locale = "fr") =>
    checkForm(
      EarlyPaymentQuery,
      { offeredMinor, payOn },
      { words: EARLY_PAYMENT_WORDS, read: readEarlyPayment("EUR") },
      locale,
    );

  it("asks for the amount and the day, and names an amount it cannot read", async () => {
    expect((await check("", "")).problems).toEqual([
      { path: "offeredMinor", message: { key: "form.early.amountMissing" } },
      { path: "payOn", message: { key: "form.early.dateMissing" } },
    ]);
    expect((await check("beaucoup", "2026-12-10")).problems).toEqual([
      { path: "offeredMinor", message: { key: "money.invalid" } },
    ]);
  });

  it("reads a French amount into minor units", async () => {
    expect((await check("1 900,50", "2026-12-10")).data).toEqual({
      offeredMinor: 190_050,
      payOn: "2026-12-10",
    });
  });
});
