import { describe, expect, it } from "vitest";
import { OfferAmendsBody } from "../../../contracts/disputes";
import { checkForm } from "../../shared/forms/use-contract-form";
import { AMENDS_WORDS, itemPath, readAmends, type AmendsValues } from "./amends-form-state";

const INVOICE = "01JDZ8W7Q3V5K2M9N4P6R8T0XA";

const offer = (patch: Partial<AmendsValues>) =>
  checkForm(
    OfferAmendsBody,
    {
      chosen: [],
      deliverableId: "d1",
      invoiceId: INVOICE,
      credit: "",
      refund: "",
      milestoneId: "m1",
      dueDate: "",
      apology: "",
      note: "",
      ...patch,
    },
    { words: AMENDS_WORDS, read: readAmends("EUR") },
    "en",
  );

describe("an offer of amends, checked with the server's contract", () => {
  it("asks for at least one kind of amends", async () => {
    expect((await offer({})).problems).toEqual([
      { path: "items", message: { key: "disputes.amends.problem.empty" } },
    ]);
  });

  it("names each ticked kind's missing or unusable value at its item, in the order shown", async () => {
    // Ticked apology first, then a credit note: the form lists the credit note first.
    const checked = await offer({
      chosen: ["apology", "extended_deadline", "credit_note"],
      credit: "0",
    });
    expect(checked.problems).toEqual([
      { path: "items.0.amountMinor", message: { key: "disputes.amends.problem.amount" } },
      { path: "items.1.dueDate", message: { key: "form.amends.dueDateMissing" } },
      { path: "items.2.text", message: { key: "form.amends.apologyMissing" } },
    ]);
    expect(itemPath(["apology", "extended_deadline", "credit_note"], "apology")).toBe("items.2");
    expect((await offer({ chosen: ["partial_refund"] })).problems).toEqual([
      { path: "items.0.amountMinor", message: { key: "form.amends.amountMissing" } },
    ]);
  });

  it("sends re-work and a credit note read in the reader's format", async () => {
    const checked = await offer({ chosen: ["credit_note", "rework"], credit: "1,500.50" });
    expect(checked.data).toEqual({
      items: [
        { kind: "rework", deliverableId: "d1" },
        { kind: "credit_note", amountMinor: 150_050, invoiceId: INVOICE },
      ],
      note: "",
      sendAnyway: false,
    });
  });
});
