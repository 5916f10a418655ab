import { describe, expect, it } from "vitest";
import { NOTIFIED_EVENT_TYPES } from "../../../domain/notifications/notification-types";
import { webEn } from "../../i18n/messages/en";
import { notificationLink, notificationSentence } from "./notification-sentence";

const context = {
  someone: "Someone",
  formatMoney: (minor: number, currency: string) => `${currency} ${(minor / 100).toFixed(2)}`,
};

function notification(type: string, payload: Record<string, unknown>, actorName: string | null) {
  return { type, payload, actorName, engagementId: "e1" };
}

describe("the sentence of a notification", () => {
  it("has an English message for every notified type", () => {
    for (const type of NOTIFIED_EVENT_TYPES) {
      const { id } = notificationSentence(notification(type, {}, "Pedro"), context);
      expect(id, type).not.toBe("notifications.sentence.other");
      expect(Object.keys(webEn), type).toContain(id);
    }
  });

  it("quotes the round and deliverable handed in, and who handed it in", () => {
    expect(
      notificationSentence(
        notification(
          "deliverable.submitted",
          { deliverableTitle: "Online shop", round: 2, deliverableId: "d1" },
          "Pedro",
        ),
        context,
      ),
    ).toEqual({
      id: "notifications.sentence.deliverableSubmitted",
      values: { actor: "Pedro", deliverable: "Online shop", round: "2" },
    });
  });

  it("needs no actor for what the system did on its own", () => {
    const sentence = notificationSentence(
      notification("deliverable.deemed_accepted", { deliverableTitle: "Online shop" }, null),
      context,
    );
    expect(sentence.id).toBe("notifications.sentence.deliverableDeemedAccepted");
    expect(sentence.values).toMatchObject({ deliverable: "Online shop" });
  });

  it("names the price of a change only when the event carries its currency", () => {
    const priced = { number: 3, title: "Gift cards", priceMinor: 150_000 };
    expect(
      notificationSentence(
        notification("change_request.priced", { ...priced, currency: "EUR" }, "Pedro"),
        context,
      ).values,
    ).toMatchObject({ number: "3", title: "Gift cards", hasPrice: "yes", price: "EUR 1500.00" });
    expect(
      notificationSentence(notification("change_request.priced", priced, "Pedro"), context).values,
    ).toMatchObject({ hasPrice: "no" });
  });

  it("says someone acted when the actor is unknown, and stays plain for unknown types", () => {
    expect(
      notificationSentence(
        notification("message.posted", { threadKind: "engagement" }, null),
        context,
      ).values,
    ).toEqual({ actor: "Someone", thread: "engagement" });
    expect(notificationSentence(notification("agreement.signed", {}, "Pedro"), context).id).toBe(
      "notifications.sentence.other",
    );
  });

  it("names the amount a payment event carries, in the reader's format", () => {
    expect(
      notificationSentence(
        notification(
          "payment.recorded",
          { number: "KODE-0002", amountMinor: 500_000, currency: "EUR" },
          "Clara",
        ),
        context,
      ),
    ).toEqual({
      id: "notifications.sentence.paymentRecorded",
      values: { actor: "Clara", number: "KODE-0002", amount: context.formatMoney(500_000, "EUR") },
    });
  });
});

describe("where a notification leads", () => {
  it("opens the tab, change or thread the event is about", () => {
    expect(notificationLink(notification("deliverable.evaluated", {}, null))).toBe(
      "/engagements/e1/delivery",
    );
    expect(notificationLink(notification("change_request.approved", { number: 3 }, null))).toBe(
      "/engagements/e1/changes#change-3",
    );
    expect(
      notificationLink(
        notification("message.posted", { threadKind: "deliverable", threadId: "d1" }, null),
      ),
    ).toBe("/engagements/e1/messages?thread=deliverable%3Ad1");
    expect(
      notificationLink(
        notification("message.posted", { threadKind: "engagement", threadId: "" }, null),
      ),
    ).toBe("/engagements/e1/messages");
    expect(
      notificationLink({ type: "message.posted", payload: {}, engagementId: null }),
    ).toBeNull();
  });

  it("opens the invoice a billing event is about", () => {
    expect(notificationLink(notification("payment.recorded", { invoiceId: "i1" }, null))).toBe(
      "/engagements/e1/invoices/i1",
    );
    expect(notificationLink(notification("invoice.issued", {}, null))).toBe(
      "/engagements/e1/invoices",
    );
  });
});
