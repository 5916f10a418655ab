import { describe, expect, it } from "vitest";
import { CreditNoteBody } from "../../../contracts/billing";
import { checkForm } from "../../shared/forms/use-contract-form";
import { CREDIT_NOTE_WORDS, readCreditNote, type CreditNoteValues } from "./credit-note-form-state";

const check = (values: CreditNoteValues, locale = "en") =>
  checkForm(
    CreditNoteBody,
    values,
    { words: CREDIT_NOTE_WORDS, read: readCreditNote("EUR") },
    locale,
  );

describe("the credit-note form, checked with the server's contract", () => {
  it("asks for the amount and the reason, and names an amount it cannot read", async () => {
    expect((await check({ amountMinor: "", reason: " " })).problems).toEqual([
      { path: "amountMinor", message: { key: "form.creditNote.amountMissing" } },
      { path: "reason", message: { key: "form.creditNote.reasonMissing" } },
    ]);
    const unreadable = await check({ amountMinor: "ten", reason: "Late delivery" });
    expect(unreadable.data).toBeNull();
    expect(unreadable.problems).toEqual([
      { path: "amountMinor", message: { key: "money.invalid" } },
    ]);
  });

  it("reads the amount as typed in the reader's locale", async () => {
    const checked = await check({ amountMinor: "1 200,50", reason: "Late delivery" }, "fr");
    expect(checked.data).toEqual({ amountMinor: 120_050, reason: "Late delivery" });
  });
});
