import { describe, expect, it } from "vitest";
import type { WaitingItem } from "../../../contracts/home";
import { webDe } from "../../i18n/messages/de";
import { webEn } from "../../i18n/messages/en";
import { webEs } from "../../i18n/messages/es";
import { webFr } from "../../i18n/messages/fr";
import { webId } from "../../i18n/messages/id";
import { viewOf } from "./waiting-item-view";

const base = {
  engagementId: "e1",
  engagementTitle: "Checkout",
  side: "client" as const,
  otherSideName: "Pixel & Co",
  since: "2026-12-01T09:00:00.000Z",
  dueAt: null,
};

const ITEMS: WaitingItem[] = [
  {
    ...base,
    kind: "evaluate_round",
    dueAt: "2026-12-11T09:00:00.000Z",
    submissionId: "s1",
    deliverableId: "d1",
    deliverableTitle: "Checkout",
    round: 2,
    isDeemedAcceptanceAgreed: true,
  },
  {
    ...base,
    kind: "approve_change",
    changeRequestId: "c1",
    number: 3,
    title: "Gift cards",
    priceMinor: 1,
    currency: "EUR",
  },
  { ...base, kind: "price_change", changeRequestId: "c2", number: 4, title: "Dark mode" },
  { ...base, kind: "issue_invoice", invoiceId: "i1", totalMinor: 100, currency: "EUR" },
  {
    ...base,
    kind: "confirm_payment",
    invoiceId: "i2",
    invoiceNumber: "PX-0001",
    paymentId: "p1",
    amountMinor: 100,
    currency: "EUR",
  },
  { ...base, kind: "confirm_refund", refundId: "r1", amountMinor: 100, currency: "EUR" },
  { ...base, kind: "sign_agreement", version: 2 },
  { ...base, kind: "answer_message", thread: "deliverable:d1", agreedHours: 24 },
  { ...base, side: "provider", kind: "pay_back", amountMinor: 360_000, currency: "EUR" },
];

describe("how each waiting item reads and where it leads", () => {
  it("links each kind to the page where it is done", () => {
    expect(ITEMS.map((item) => viewOf(item).href)).toEqual([
      "/engagements/e1/delivery",
      "/engagements/e1/changes#change-3",
      "/engagements/e1/changes#change-4",
      "/engagements/e1/invoices/i1",
      "/engagements/e1/invoices/i2",
      "/engagements/e1/invoices#refunds",
      "/engagements/e1/agreement",
      "/engagements/e1/messages?thread=deliverable%3Ad1",
      // The refund form with what is owed back filled in, as the exit page links it.
      "/engagements/e1/invoices?refund=360000#refunds",
    ]);
  });

  it("says when silence accepts a round, and otherwise how long something has waited", () => {
    expect(viewOf(ITEMS[0] as WaitingItem).deadline).toBe("deemedAcceptance");
    expect(
      viewOf({ ...(ITEMS[0] as WaitingItem), isDeemedAcceptanceAgreed: false } as WaitingItem)
        .deadline,
    ).toBe("due");
    expect(viewOf(ITEMS[6] as WaitingItem).deadline).toBe("waitingSince");
  });

  it("has every sentence and action in the five languages, each its own", () => {
    for (const item of ITEMS) {
      const { title, action } = viewOf(item);
      for (const key of [title, action]) {
        const texts = [webEn, webFr, webDe, webEs, webId].map(
          (catalogue) => (catalogue as Record<string, string>)[key],
        );
        expect(
          texts.every((text) => typeof text === "string" && text.length > 0),
          key,
        ).toBe(true);
        expect(new Set(texts).size, key).toBe(5);
      }
    }
  });
});
