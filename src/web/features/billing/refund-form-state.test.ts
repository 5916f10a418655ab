import { describe, expect, it } from "vitest";
import { RecordRefundBody } from "../../../contracts/billing";
import { checkForm } from "../../shared/forms/use-contract-form";
import { readRefund, REFUND_WORDS, type RefundValues } from "./refund-form-state";

const check = (values: RefundValues, locale = "en") =>
  checkForm(RecordRefundBody, values, { words: REFUND_WORDS, read: readRefund("EUR") }, locale);

describe("the refund form, checked with the server's contract", () => {
  it("asks for the amount and the day, and names an amount it cannot read or below a cent", async () => {
    expect((await check({ amountMinor: "", paidOn: "", reference: "" })).problems).toEqual([
      { path: "amountMinor", message: { key: "form.refund.amountMissing" } },
      { path: "paidOn", message: { key: "form.refund.dateMissing" } },
    ]);
    const unreadable = await check({ amountMinor: "ten", paidOn: "2026-11-20", reference: "" });
    expect(unreadable.data).toBeNull();
    expect(unreadable.problems).toEqual([
      { path: "amountMinor", message: { key: "money.invalid" } },
    ]);
  });

  it("reads the amount as typed in the reader's locale, in the engagement's currency", async () => {
    const checked = await check(
      { amountMinor: "1 000,00", paidOn: "2026-11-20", reference: " SEPA 9 " },
      "fr",
    );
    expect(checked.data).toEqual({
      amountMinor: 100_000,
      currency: "EUR",
      paidOn: "2026-11-20",
      reference: "SEPA 9",
    });
  });
});
