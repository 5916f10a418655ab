import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { webDe } from "../../i18n/messages/de";
import { webEn } from "../../i18n/messages/en";
import { webEs } from "../../i18n/messages/es";
import { webFr } from "../../i18n/messages/fr";
import { webId } from "../../i18n/messages/id";
import { settlementDocumentWording } from "./settlement-document";

const time = {
  kind: "time" as const,
  quantityMilli: 40_000,
  unit: "day" as const,
  rateMinor: 60_000,
  amountMinor: 2_400_000,
};
const payment = { kind: "payment" as const, reference: "INV-1", amountMinor: -1_200_000 };
const milestone = {
  kind: "milestone_accepted" as const,
  milestoneId: "m1",
  title: "Design",
  amountMinor: 400_000,
};

describe("the wording of the settlement's document", () => {
  it("says a time-and-materials balance is owed on the issued invoices, not a final invoice", () => {
    const owed = { kind: "final_invoice" as const, amountMinor: 1_200_000 };
    expect(settlementDocumentWording({ lines: [time, payment], document: owed })).toBe(
      "invoices_open",
    );
    expect(settlementDocumentWording({ lines: [milestone], document: owed })).toBe("final_invoice");
  });

  it("keeps the credit note and the settled wording whatever the model", () => {
    const credit = { kind: "credit_note" as const, amountMinor: 100 };
    expect(settlementDocumentWording({ lines: [time], document: credit })).toBe("credit_note");
    expect(settlementDocumentWording({ lines: [time], document: { kind: "none" } })).toBe("none");
  });
});

describe.each([
  ["en", webEn],
  ["fr", webFr],
  ["de", webDe],
  ["es", webEs],
  ["id", webId],
])("the time line and the document in %s", (locale, messages) => {
  const format = (key: "exit.settlement.line" | "exit.settlement.document", values: object) =>
    String(new IntlMessageFormat(messages[key], locale).format(values as Record<string, string>));
  const timeLine = (unit: string, count: number) =>
    format("exit.settlement.line", { kind: "time", unit, count, title: "T", number: 0, of: 0 });

  it("counts time in the agreement's unit", () => {
    expect(timeLine("day", 2)).not.toBe(timeLine("hour", 2));
    expect(timeLine("day", 2.5)).toMatch(/2[.,]5/);
    expect(timeLine("day", 2)).toContain("T");
    if (locale === "en") {
      expect(timeLine("day", 2)).toBe("Time worked: 2 days at T");
      expect(timeLine("hour", 1)).toBe("Time worked: 1 hour at T");
    }
  });

  it("words the balance on issued invoices apart from a final invoice", () => {
    const document = (kind: string) => format("exit.settlement.document", { kind, amount: "A" });
    const kinds = ["final_invoice", "invoices_open", "credit_note", "none"].map(document);
    expect(new Set(kinds).size).toBe(4);
    expect(document("invoices_open")).toContain("A");
  });
});
