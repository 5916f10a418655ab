import { describe, expect, it } from "vitest";
import type { NotifiedEvent } from "../../../domain/ledger/event-catalogue";
import { NOTIFIED_EVENT_TYPES } from "../../../domain/notifications/notification-types";
import { IntlMessageFormat } from "intl-messageformat";
import { webEn } from "../../i18n/messages/en";
import { messages as deFirst } from "../../shared/i18n/catalogues/de-first";
import { messages as deRest } from "../../shared/i18n/catalogues/de-rest";
import { messages as enFirst } from "../../shared/i18n/catalogues/en-first";
import { messages as enRest } from "../../shared/i18n/catalogues/en-rest";
import { messages as esFirst } from "../../shared/i18n/catalogues/es-first";
import { messages as esRest } from "../../shared/i18n/catalogues/es-rest";
import { messages as frFirst } from "../../shared/i18n/catalogues/fr-first";
import { messages as frRest } from "../../shared/i18n/catalogues/fr-rest";
import { messages as idFirst } from "../../shared/i18n/catalogues/id-first";
import { messages as idRest } from "../../shared/i18n/catalogues/id-rest";
import type { AppMessages } from "../../shared/i18n/messages";
import { notificationLink, notificationSentence } from "./notification-sentence";

/** A language's catalogue as the browser ends up with it: both parts. */
const whole = (first: Partial<AppMessages>, rest: Partial<AppMessages>) =>
  ({ ...first, ...rest }) as AppMessages;
const enMessages = whole(enFirst, enRest);
const frMessages = whole(frFirst, frRest);
const deMessages = whole(deFirst, deRest);
const esMessages = whole(esFirst, esRest);
const idMessages = whole(idFirst, idRest);

const context = {
  someone: "Someone",
  formatMoney: (minor: number, currency: string) => `${currency} ${(minor / 100).toFixed(2)}`,
  formatDay: (isoDate: string) => `day ${isoDate}`,
  formatDuty: (duty: string) => (duty.startsWith("exit.handover.") ? `words of ${duty}` : duty),
};

function notification(event: NotifiedEvent, actorName: string | null) {
  return { ...event, actorName, engagementId: "e1" };
}

const round = { submissionId: "s1", deliverableId: "d1", deliverableTitle: "Online shop" };
const change = { changeRequestId: "c1", number: 3, title: "Gift cards" };
const decided = {
  ...change,
  priceMinor: 150_000,
  currency: "EUR",
  application: "amendment",
  agreementVersion: 2,
} as const;
const payment = {
  invoiceId: "i1",
  number: "KODE-0002",
  paymentId: "p1",
  amountMinor: 500_000,
  currency: "EUR",
};

const dispute = { disputeId: "disp1", number: 1 };
const exitStarted = {
  exitId: "x1",
  reason: "notice" as const,
  side: "client" as const,
  givenOn: "2026-01-01",
  exitDate: "2026-01-31",
  cureBy: null,
  isNoticeWaived: false,
  handOver: [] as { key: string; duty: string; side: "client" | "provider"; dueDate: string }[],
};
const GOAL_VALUE = { goalId: "g1", measurementId: "m1" };
const KUDOS = { recognitionId: "r1", kind: "kudos" } as const;
const NEXT_PHASE = {
  offerId: "o1",
  title: "Phase 2",
  currency: "EUR",
  priceMinor: 900_000,
  goalCount: 1,
  deliverableCount: 1,
  justifiedByGoalIds: ["g1"],
  reviewId: null,
};

/** One event of each notified type, as the server writes it. */
const EXAMPLES: { [T in NotifiedEvent["type"]]: Extract<NotifiedEvent, { type: T }> } = {
  "deliverable.submitted": {
    type: "deliverable.submitted",
    payload: { ...round, round: 2, agreementVersion: 1, reviewDueAt: null, fileCount: 1 },
  },
  "deliverable.review_due_soon": {
    type: "deliverable.review_due_soon",
    payload: { ...round, round: 1, reviewDueAt: null },
  },
  "deliverable.evaluated": {
    type: "deliverable.evaluated",
    payload: {
      ...round,
      round: 1,
      outcome: "accepted",
      unmetCriterionIds: [],
      remarkCount: 0,
    },
  },
  "deliverable.deemed_accepted": {
    type: "deliverable.deemed_accepted",
    payload: {
      ...round,
      round: 1,
      reason: "review_window_passed",
      reviewWindowDays: 5,
      reviewDueAt: null,
    },
  },
  "milestone.accepted": {
    type: "milestone.accepted",
    payload: { milestoneId: "m1", title: "Launch", amountMinor: 100, currency: "EUR" },
  },
  "change_request.proposed": {
    type: "change_request.proposed",
    payload: { ...change, side: "client", deliverableIds: [], fromRemarkId: null },
  },
  "change_request.priced": {
    type: "change_request.priced",
    payload: {
      ...change,
      priceMinor: 150_000,
      currency: "EUR",
      effort: { unit: "day", quantity: 2 },
      scheduleImpactDays: 3,
    },
  },
  "change_request.declined": {
    type: "change_request.declined",
    payload: { ...change, side: "provider", wasPriced: false },
  },
  "change_request.withdrawn": {
    type: "change_request.withdrawn",
    payload: { ...change, side: "client", wasPriced: true },
  },
  "change_request.approved": { type: "change_request.approved", payload: decided },
  "change_request.applied": { type: "change_request.applied", payload: decided },
  "message.posted": {
    type: "message.posted",
    payload: { messageId: "m1", threadKind: "engagement", threadId: "e1" },
  },
  "invoice.issued": {
    type: "invoice.issued",
    payload: {
      invoiceId: "i1",
      number: "KODE-0001",
      sourceKind: "manual",
      sourceRef: null,
      currency: "EUR",
      totalMinor: 100,
      issueDate: "2026-01-01",
      dueDate: "2026-01-31",
    },
  },
  "invoice.voided": {
    type: "invoice.voided",
    payload: { invoiceId: "i1", number: "KODE-0001", reason: "typo" },
  },
  "payment.recorded": {
    type: "payment.recorded",
    payload: { ...payment, paidOn: "2026-01-10", side: "client" },
  },
  "payment.confirmed": {
    type: "payment.confirmed",
    payload: { ...payment, invoiceStatus: "paid" },
  },
  "payment.rejected": {
    type: "payment.rejected",
    payload: { ...payment, invoiceStatus: "issued" },
  },
  "credit_note.issued": {
    type: "credit_note.issued",
    payload: {
      creditNoteId: "n1",
      number: "KODE-C-0001",
      invoiceId: "i1",
      invoiceNumber: "KODE-0001",
      amountMinor: 100,
      currency: "EUR",
      reason: "discount",
      invoiceStatus: "paid",
    },
  },
  "refund.recorded": {
    type: "refund.recorded",
    payload: { refundId: "r1", amountMinor: 100, currency: "EUR", paidOn: "2026-11-20" },
  },
  "refund.confirmed": {
    type: "refund.confirmed",
    payload: { refundId: "r1", amountMinor: 100, currency: "EUR" },
  },
  "refund.rejected": {
    type: "refund.rejected",
    payload: { refundId: "r1", amountMinor: 100, currency: "EUR" },
  },
  "dispute.opened": {
    type: "dispute.opened",
    payload: {
      ...dispute,
      side: "client",
      subject: { kind: "evaluation", ref: "d1" },
      statement: "The checkout fails",
      wants: "A fix",
      ladder: ["negotiation", "amends", "mediation", "separation"],
    },
  },
  "dispute.responded": {
    type: "dispute.responded",
    payload: { ...dispute, side: "provider", response: "We will look" },
  },
  "dispute.offer_made": {
    type: "dispute.offer_made",
    payload: {
      ...dispute,
      offerId: "o1",
      side: "provider",
      items: [{ kind: "rework", deliverableId: "d1" }],
      isCounter: false,
    },
  },
  "dispute.offer_declined": {
    type: "dispute.offer_declined",
    payload: { ...dispute, offerId: "o1", side: "client" },
  },
  "dispute.settled": {
    type: "dispute.settled",
    payload: { ...dispute, side: "client", by: "amends", offerId: "o1", creditNotes: [] },
  },
  "dispute.escalated": {
    type: "dispute.escalated",
    payload: { ...dispute, from: "negotiation", to: "mediation", reason: "window_passed" },
  },
  "dispute.recommended": {
    type: "dispute.recommended",
    payload: { ...dispute, recommendation: "Re-work the logo; no credit." },
  },
  "dispute.recommendation_accepted": {
    type: "dispute.recommendation_accepted",
    payload: { ...dispute, side: "provider" },
  },
  "exit.notice_given": { type: "exit.notice_given", payload: exitStarted },
  "exit.protected_started": {
    type: "exit.protected_started",
    payload: { ...exitStarted, reason: "protected", isNoticeWaived: true },
  },
  "exit.ended_amicably": {
    type: "exit.ended_amicably",
    payload: { exitId: "x1", isDoorOpen: true },
  },
  "exit.hand_over_item_done": {
    type: "exit.hand_over_item_done",
    payload: { exitId: "x1", itemId: "h1", key: "files", duty: "Hand over the files" },
  },
  "goal.correction_proposed": {
    type: "goal.correction_proposed",
    payload: { ...GOAL_VALUE, correctionId: "gc1", fromValue: 2.6, toValue: 2.4, side: "client" },
  },
  "goal.correction_answered": {
    type: "goal.correction_answered",
    payload: { ...GOAL_VALUE, correctionId: "gc1", outcome: "disputed", side: "provider" },
  },
  "check_in.opened": {
    type: "check_in.opened",
    payload: { checkInId: "k1", period: 2, closesAt: "2026-12-10T14:05:00.000Z" },
  },
  "check_in.reminded": {
    type: "check_in.reminded",
    payload: {
      checkInId: "k1",
      period: 2,
      waitingSides: ["provider"],
      closesAt: "2026-12-10T14:05:00.000Z",
    },
  },
  "relationship_review.opened": {
    type: "relationship_review.opened",
    payload: { reviewId: "rr1", signals: ["no_initiative", "goals_flat"] },
  },
  "relationship_review.revealed": {
    type: "relationship_review.revealed",
    payload: { reviewId: "rr1" },
  },
  "next_phase.offered": { type: "next_phase.offered", payload: NEXT_PHASE },
  "next_phase.answered": {
    type: "next_phase.answered",
    payload: { offerId: "o1", title: "Phase 2", outcome: "accepted", agreementVersion: 3 },
  },
  "recognition.given": {
    type: "recognition.given",
    payload: { ...KUDOS, fromSide: "client", subjectKind: "goal", subjectId: "g1" },
  },
  "recognition.requested": {
    type: "recognition.requested",
    payload: { recognitionId: "r2", kind: "testimonial", fromSide: "client" },
  },
  "recognition.answered": {
    type: "recognition.answered",
    payload: { ...KUDOS, step: "consent_granted", side: "provider" },
  },
  "moderation.case_opened": {
    type: "moderation.case_opened",
    payload: {
      caseId: "case1",
      source: "report",
      subjectKind: "review",
      subjectId: "rev1",
      accusedOrgId: "org1",
      responseDueAt: "2026-12-10T14:05:00.000Z",
    },
  },
  "moderation.case_decided": {
    type: "moderation.case_decided",
    payload: {
      caseId: "case1",
      accusedOrgId: "org1",
      decision: "suspension",
      reason: "Retaliation against a review.",
      suspensionDays: 30,
    },
  },
  "moderation.appeal_decided": {
    type: "moderation.appeal_decided",
    payload: {
      caseId: "case1",
      outcome: "overturned",
      reason: "New evidence.",
      accusedOrgId: "org1",
    },
  },
};

describe("the sentence of a notification", () => {
  it("has an English message for every notified type", () => {
    for (const type of NOTIFIED_EVENT_TYPES) {
      const { id } = notificationSentence(notification(EXAMPLES[type], "Pedro"), context);
      expect(Object.keys(webEn), type).toContain(id);
    }
  });

  it("quotes the round and deliverable handed in, and who handed it in", () => {
    expect(
      notificationSentence(notification(EXAMPLES["deliverable.submitted"], "Pedro"), context),
    ).toEqual({
      id: "notifications.sentence.deliverableSubmitted",
      values: { actor: "Pedro", deliverable: "Online shop", round: "2" },
    });
  });

  it("needs no actor for what the system did on its own", () => {
    const sentence = notificationSentence(
      notification(EXAMPLES["deliverable.deemed_accepted"], null),
      context,
    );
    expect(sentence.id).toBe("notifications.sentence.deliverableDeemedAccepted");
    expect(sentence.values).toMatchObject({ deliverable: "Online shop" });
  });

  it("names the price of a priced change in the reader's format", () => {
    expect(
      notificationSentence(notification(EXAMPLES["change_request.priced"], "Pedro"), context)
        .values,
    ).toMatchObject({ number: "3", title: "Gift cards", hasPrice: "yes", price: "EUR 1500.00" });
  });

  it("says someone acted when the actor is unknown", () => {
    expect(
      notificationSentence(notification(EXAMPLES["message.posted"], null), context).values,
    ).toEqual({ actor: "Someone", thread: "engagement" });
  });

  it("gives the accused the end of the response window and both parties the decision", () => {
    const opened = notificationSentence(
      notification(EXAMPLES["moderation.case_opened"], null),
      context,
    );
    expect(opened).toEqual({
      id: "notifications.sentence.moderationCaseOpened",
      values: { due: Date.parse("2026-12-10T14:05:00.000Z") },
    });
    expect(
      new IntlMessageFormat(enMessages[opened.id], "en-GB").format({ ...opened.values }),
    ).toMatch(/until 10 December 2026, \d{1,2}:\d{2}/);
    expect(
      notificationSentence(notification(EXAMPLES["moderation.case_decided"], null), context),
    ).toEqual({
      id: "notifications.sentence.moderationCaseDecided",
      values: { decision: "suspension", days: 30 },
    });
  });

  it("tells of a check-in when it closes, and nothing of what either side answered", () => {
    for (const type of ["check_in.opened", "check_in.reminded"] as const) {
      const sentence = notificationSentence(notification(EXAMPLES[type], null), context);
      expect(sentence.values).toEqual({ closes: Date.parse("2026-12-10T14:05:00.000Z") });
      expect(
        new IntlMessageFormat(enMessages[sentence.id], "en-GB").format({ ...sentence.values }),
      ).toMatch(/10 December 2026, \d{1,2}:\d{2}/);
      expect(notificationLink(notification(EXAMPLES[type], null))).toBe("/engagements/e1/health");
    }
  });

  it("says the exit date and a standard hand-over item in the reader's words", () => {
    expect(
      notificationSentence(notification(EXAMPLES["exit.notice_given"], "Pedro"), context).values
        .date,
    ).toMatch(/^day \d{4}-\d{2}-\d{2}$/);
    const standard = {
      type: "exit.hand_over_item_done",
      payload: {
        exitId: "x1",
        itemId: "h2",
        key: "standard-1",
        duty: "exit.handover.access_removed",
      },
    } as const;
    expect(notificationSentence(notification(standard, "Clara"), context).values.duty).toBe(
      "words of exit.handover.access_removed",
    );
  });

  it("names the amount a payment event carries, in the reader's format", () => {
    expect(
      notificationSentence(notification(EXAMPLES["payment.recorded"], "Clara"), context),
    ).toEqual({
      id: "notifications.sentence.paymentRecorded",
      values: { actor: "Clara", number: "KODE-0002", amount: context.formatMoney(500_000, "EUR") },
    });
  });
});

describe("where a notification leads", () => {
  it("opens the tab, change or thread the event is about", () => {
    expect(notificationLink(notification(EXAMPLES["deliverable.evaluated"], null))).toBe(
      "/engagements/e1/delivery",
    );
    expect(notificationLink(notification(EXAMPLES["change_request.approved"], null))).toBe(
      "/engagements/e1/changes#change-3",
    );
    const message = (threadKind: "deliverable" | "engagement", threadId: string) =>
      notification(
        { type: "message.posted", payload: { messageId: "m1", threadKind, threadId } },
        null,
      );
    expect(notificationLink(message("deliverable", "d1"))).toBe(
      "/engagements/e1/messages?thread=deliverable%3Ad1",
    );
    expect(notificationLink(message("engagement", ""))).toBe("/engagements/e1/messages");
    expect(notificationLink({ ...EXAMPLES["message.posted"], engagementId: null })).toBeNull();
  });

  it("opens the cases page for a moderation case's notice, decision and appeal", () => {
    for (const type of [
      "moderation.case_opened",
      "moderation.case_decided",
      "moderation.appeal_decided",
    ] as const) {
      expect(notificationLink(notification(EXAMPLES[type], null))).toBe("/cases");
    }
  });

  it("opens the invoice a billing event is about", () => {
    expect(notificationLink(notification(EXAMPLES["payment.recorded"], null))).toBe(
      "/engagements/e1/invoices/i1",
    );
    expect(notificationLink(notification(EXAMPLES["invoice.issued"], null))).toBe(
      "/engagements/e1/invoices/i1",
    );
  });
});

describe("notification sentences in every language", () => {
  const CATALOGUES = {
    en: enMessages,
    fr: frMessages,
    de: deMessages,
    es: esMessages,
    id: idMessages,
  };

  it.each(Object.keys(CATALOGUES) as (keyof typeof CATALOGUES)[])(
    "reads every notified type as a complete sentence in %s",
    (locale) => {
      const catalogue = CATALOGUES[locale];
      for (const example of Object.values(EXAMPLES)) {
        const sentence = notificationSentence(notification(example, "Claire"), context);
        const text = new IntlMessageFormat(catalogue[sentence.id], locale).format(sentence.values);
        expect(typeof text, example.type).toBe("string");
        const written = String(text);
        expect(written.trim().length, example.type).toBeGreaterThan(0);
        // Every argument was filled: no ICU placeholder is left in the text.
        expect(written, example.type).not.toMatch(/[{}]/);
        // Whoever the English sentence names, every language names too.
        const english = String(
          new IntlMessageFormat(enMessages[sentence.id], "en").format(sentence.values),
        );
        if (english.includes("Claire")) expect(written, example.type).toContain("Claire");
        if (locale !== "en") {
          expect(catalogue[sentence.id], `${example.type} in ${locale}`).not.toBe(
            enMessages[sentence.id],
          );
        }
      }
    },
  );
});
