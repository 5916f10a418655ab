import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { EngagementEvent, EventPayload } from "../../../src/domain/ledger/event-catalogue";
import {
  NOTIFIED_EVENT_TYPES,
  type NotifiedEventType,
} from "../../../src/domain/notifications/notification-types";
import { appendEvent } from "../../../src/server/modules/ledger/append-event";
import { DIALECTS } from "../../support/databases";
import type { TestApp } from "../../support/test-app";
import { worldCopies } from "../../support/world-copies";
import { buildAcceptedEngagement, type AcceptedEngagement } from "../api-fixtures";
import { bodyOf, mailTo, startReceiver } from "./collaboration-fixtures";

const round = { submissionId: "s1", deliverableId: "d1", deliverableTitle: "Online shop" };
const change = { changeRequestId: "cr1", number: 3, title: "Gift cards" };
const decided = {
  ...change,
  priceMinor: 10_000,
  currency: "EUR",
  application: "acknowledgement",
  agreementVersion: 2,
} as const;
const payment = {
  paymentId: "p1",
  invoiceId: "i1",
  number: "KODE-0001",
  amountMinor: 5_000,
  currency: "EUR",
};

const dispute = { disputeId: "disp1", number: 2 };
const exitStarted = {
  exitId: "x1",
  reason: "notice" as const,
  side: "client" as const,
  givenOn: "2026-11-22",
  exitDate: "2026-12-22",
  cureBy: null,
  isNoticeWaived: false,
  handOver: [] as { key: string; duty: string; side: "client" | "provider"; dueDate: string }[],
};

/** Payloads as the delivery, change-request and billing use-cases write them. */
const PAYLOADS: { [T in NotifiedEventType]: EventPayload<T> } = {
  "deliverable.submitted": {
    ...round,
    round: 2,
    agreementVersion: 1,
    reviewDueAt: null,
    fileCount: 1,
  },
  "deliverable.evaluated": {
    ...round,
    round: 2,
    outcome: "changes_requested",
    unmetCriterionIds: ["c1"],
    remarkCount: 1,
  },
  "deliverable.deemed_accepted": {
    ...round,
    round: 1,
    reason: "review_window_passed",
    reviewWindowDays: 5,
    reviewDueAt: null,
  },
  "deliverable.review_due_soon": { ...round, round: 1, reviewDueAt: null },
  "milestone.accepted": {
    milestoneId: "m2",
    title: "Launch",
    amountMinor: 800_000,
    currency: "EUR",
  },
  "change_request.proposed": { ...change, side: "client", deliverableIds: [], fromRemarkId: null },
  "change_request.priced": {
    ...change,
    priceMinor: 10_000,
    currency: "EUR",
    effort: { unit: "hour", quantity: 2 },
    scheduleImpactDays: 0,
  },
  "change_request.declined": { ...change, side: "provider", wasPriced: false },
  "change_request.withdrawn": { ...change, side: "provider", wasPriced: false },
  "change_request.approved": decided,
  "change_request.applied": decided,
  "message.posted": { messageId: "gone", threadKind: "engagement", threadId: "" },
  "invoice.issued": {
    invoiceId: "i1",
    number: "KODE-0001",
    sourceKind: "manual",
    sourceRef: null,
    totalMinor: 480_000,
    currency: "EUR",
    issueDate: "2026-11-22",
    dueDate: "2026-12-22",
  },
  "invoice.voided": { invoiceId: "i1", number: "KODE-0001", reason: "Wrong client" },
  "payment.recorded": { ...payment, paidOn: "2026-11-22", side: "client" },
  "payment.confirmed": { ...payment, invoiceStatus: "partly_paid" },
  "payment.rejected": { ...payment, invoiceStatus: "issued" },
  "credit_note.issued": {
    creditNoteId: "cn1",
    invoiceId: "i1",
    number: "KODECN-0001",
    invoiceNumber: "KODE-0001",
    amountMinor: 10_000,
    currency: "EUR",
    reason: "Discount",
    invoiceStatus: "issued",
  },
  "refund.recorded": { refundId: "r1", amountMinor: 25_000, currency: "EUR", paidOn: "2026-11-20" },
  "refund.confirmed": { refundId: "r1", amountMinor: 25_000, currency: "EUR" },
  "refund.rejected": { refundId: "r1", amountMinor: 25_000, currency: "EUR" },
  "dispute.opened": {
    ...dispute,
    side: "client",
    subject: { kind: "conduct", ref: null },
    statement: "Late again",
    wants: "A plan",
    ladder: ["negotiation", "amends", "mediation", "separation"],
  },
  "dispute.responded": { ...dispute, side: "provider", response: "Sorry" },
  "dispute.offer_made": {
    ...dispute,
    offerId: "o1",
    side: "provider",
    items: [{ kind: "apology", text: "Sorry" }],
    isCounter: false,
  },
  "dispute.offer_declined": { ...dispute, offerId: "o1", side: "client" },
  "dispute.settled": { ...dispute, side: "client", by: "amends", offerId: "o1" },
  "dispute.escalated": {
    ...dispute,
    from: "negotiation",
    to: "mediation",
    reason: "side_escalated",
    side: "client",
  },
  "dispute.recommended": { ...dispute, recommendation: "Re-work the logo; no credit." },
  "dispute.recommendation_accepted": { ...dispute, side: "client" },
  "exit.notice_given": exitStarted,
  "exit.protected_started": { ...exitStarted, reason: "protected", isNoticeWaived: true },
  "exit.ended_amicably": { exitId: "x1", isDoorOpen: false },
  "exit.hand_over_item_done": { exitId: "x1", itemId: "h1", key: "files", duty: "Hand over files" },
  "goal.correction_proposed": {
    goalId: "g1",
    measurementId: "m1",
    correctionId: "gc1",
    fromValue: 2.6,
    toValue: 2.4,
    side: "client",
  },
  "goal.correction_answered": {
    goalId: "g1",
    measurementId: "m1",
    correctionId: "gc1",
    outcome: "disputed",
    side: "provider",
  },
  "check_in.opened": { checkInId: "k1", period: 2, closesAt: "2026-12-10T14:05:00.000Z" },
  // The client has not answered yet: the e-mail goes to the client's side alone.
  "check_in.reminded": {
    checkInId: "k1",
    period: 2,
    waitingSides: ["client"],
    closesAt: "2026-12-10T14:05:00.000Z",
  },
  "relationship_review.opened": { reviewId: "rr1", signals: ["no_initiative"] },
  "relationship_review.revealed": { reviewId: "rr1" },
  "next_phase.offered": {
    offerId: "o1",
    title: "Phase 2",
    currency: "EUR",
    priceMinor: 900_000,
    goalCount: 1,
    deliverableCount: 1,
    justifiedByGoalIds: ["g1"],
    reviewId: null,
  },
  "next_phase.answered": { offerId: "o1", title: "Phase 2", outcome: "declined" },
  "recognition.given": {
    recognitionId: "r1",
    kind: "testimonial",
    fromSide: "client",
    subjectKind: null,
    subjectId: null,
  },
  "recognition.requested": { recognitionId: "r2", kind: "case_study", fromSide: "client" },
  "recognition.answered": {
    recognitionId: "r3",
    kind: "testimonial",
    step: "consent_granted",
    side: "provider",
  },
  // The case is against the client (ACCUSED stands for its id), which hears of every step.
  "moderation.case_opened": {
    caseId: "case1",
    source: "report",
    subjectKind: "message",
    subjectId: "m1",
    accusedOrgId: "ACCUSED",
    responseDueAt: "2026-12-10T14:05:00.000Z",
  },
  "moderation.case_decided": {
    caseId: "case1",
    accusedOrgId: "ACCUSED",
    decision: "warning",
    reason: "Insults in a message.",
    suspensionDays: null,
  },
  "moderation.appeal_decided": {
    caseId: "case1",
    outcome: "upheld",
    reason: "Nothing new.",
    accusedOrgId: "ACCUSED",
  },
};

/** An event nobody is told of. */
const DRAFT_EDITED: EventPayload<"agreement.draft_edited"> = {
  version: 1,
  contentHash: "h2",
  previousHash: "h1",
  side: "provider",
  removedSignatures: [],
};

const SUBJECTS: Record<NotifiedEventType, string> = {
  "deliverable.submitted": "Pedro handed in “Online shop” (round 2) in “Shop”",
  "deliverable.evaluated": "Pedro evaluated “Online shop” in “Shop”: changes requested",
  "deliverable.deemed_accepted":
    "“Online shop” in “Shop” is accepted: the review window passed without an evaluation",
  "milestone.accepted": "Milestone “Launch” of “Shop” is accepted",
  "deliverable.review_due_soon":
    "The review window for “Online shop” (round 1) in “Shop” ends within a day: unless it is evaluated, it will be accepted as agreed",
  "change_request.proposed": "Pedro proposed change request #3 in “Shop”: Gift cards",
  "change_request.priced": "Pedro priced change request #3 in “Shop”: Gift cards",
  "change_request.declined": "Pedro declined change request #3 in “Shop”: Gift cards",
  "change_request.withdrawn": "Pedro withdrew change request #3 in “Shop”: Gift cards",
  "change_request.approved": "Pedro approved change request #3 in “Shop”: Gift cards",
  "change_request.applied": "Change request #3 is now part of the agreement of “Shop”: Gift cards",
  "message.posted": "Pedro wrote in “Shop”",
  "invoice.issued": "Pedro issued invoice KODE-0001 of €4,800.00 in “Shop”",
  "invoice.voided": "Pedro voided invoice KODE-0001 in “Shop”",
  "payment.recorded":
    "Pedro recorded a payment of €50.00 on invoice KODE-0001 in “Shop”: please confirm whether it arrived",
  "payment.confirmed": "Pedro confirmed the payment of €50.00 on invoice KODE-0001 in “Shop”",
  "payment.rejected":
    "Pedro says the payment of €50.00 on invoice KODE-0001 in “Shop” did not arrive",
  "credit_note.issued":
    "Pedro issued credit note KODECN-0001 of €100.00 on invoice KODE-0001 in “Shop”",
  "refund.recorded":
    "Pedro recorded a refund of €250.00 in “Shop”: please confirm whether it arrived",
  "refund.confirmed": "Pedro confirmed the refund of €250.00 arrived in “Shop”",
  "refund.rejected": "Pedro says the refund of €250.00 in “Shop” did not arrive",
  "dispute.opened": "Pedro opened dispute #2 in “Shop”: please answer it",
  "dispute.responded": "Pedro answered dispute #2 in “Shop”",
  "dispute.offer_made": "Pedro offered amends in dispute #2 in “Shop”",
  "dispute.offer_declined": "Pedro declined the offer in dispute #2 in “Shop”",
  "dispute.settled": "Dispute #2 in “Shop” is settled",
  "dispute.escalated": "Dispute #2 in “Shop” moved to the next step of the ladder",
  "dispute.recommended":
    "The moderator gave a recommendation (not binding) in dispute #2 in “Shop”: please read it",
  "dispute.recommendation_accepted":
    "Pedro accepted the moderator's recommendation in dispute #2 in “Shop”",
  "exit.notice_given": "Pedro gave notice in “Shop”: it ends on December 22, 2026",
  "exit.protected_started": "“Shop” moves to a protected exit: it ends on December 22, 2026",
  "exit.ended_amicably": "“Shop” ended amicably: the settlement is paid and the hand-over complete",
  "exit.hand_over_item_done": "Pedro completed a hand-over item in “Shop”: Hand over files",
  "goal.correction_proposed":
    "Pedro proposes to correct a measured value in “Shop” from 2.6 to 2.4: please confirm or dispute it",
  "goal.correction_answered":
    "Pedro disputed the correction of a measured value in “Shop”: the recorded value stands; talk it through in the conversation",
  "check_in.opened":
    "A check-in on “Shop” is open until December 10, 2026 at 2:05\u202fPM UTC: say privately how the work is going (the other side never sees your answer)",
  "check_in.reminded":
    "Your side has not answered the check-in on “Shop” yet: it closes on December 10, 2026 at 2:05\u202fPM UTC",
  "relationship_review.opened":
    "“Shop” has gone quiet: both sides are invited to a short review of the relationship",
  "relationship_review.revealed":
    "Both sides answered the review of “Shop”: the answers are now visible to both",
  "next_phase.offered": "Pedro offers the next phase of “Shop”: Phase 2",
  "next_phase.answered": "Pedro declined the next-phase offer “Phase 2” in “Shop”",
  "recognition.given": "Pedro recognised your work in “Shop” (a testimonial)",
  "recognition.requested":
    "Pedro asks you to approve a case study about your work together in “Shop”",
  "recognition.answered": "Pedro consented to publish a testimonial in “Shop”",
  // {client}: the client organisation's name, which the case is against.
  "moderation.case_opened":
    "A moderation case was opened against your organisation, {client}, in “Shop”: you may answer until December 10, 2026 at 2:05\u202fPM UTC",
  "moderation.case_decided":
    "Moderators decided the case against your organisation, {client}, in “Shop”: a warning",
  "moderation.appeal_decided":
    "The appeal in the case against your organisation, {client}, in “Shop” was decided: the decision stands",
};

describe.each(DIALECTS)("publishing ledger events on %s", (dialect) => {
  let t: TestApp;
  let w: AcceptedEngagement;
  // Each test appends to a copy of one engagement built once per dialect.
  const world = worldCopies(dialect, (built) => buildAcceptedEngagement(built, { title: "Shop" }));
  beforeEach(async () => {
    ({ t, w } = await world.copy());
  });
  afterEach(async () => {
    await t.close();
  });

  const append = (
    type: NotifiedEventType | "agreement.draft_edited",
    actor: "provider" | "system" = "provider",
  ) => {
    t.clock.advance(1000); // after the invitation mails, so the newest mail is the event's
    const payload: unknown =
      type === "agreement.draft_edited"
        ? DRAFT_EDITED
        : JSON.parse(JSON.stringify(PAYLOADS[type]).replaceAll("ACCUSED", w.clientOrg.id));
    const event = { type, payload } as EngagementEvent;
    return t.deps.db.transaction().execute((trx) =>
      appendEvent(trx, t.deps, {
        engagementId: w.engagement.id,
        actorUserId: actor === "system" ? null : w.provider.userId,
        actorOrgId: actor === "system" ? null : w.providerOrg.id,
        ...event,
      }),
    );
  };

  it.each(NOTIFIED_EVENT_TYPES)("words %s in the e-mail to the other side", async (type) => {
    await append(type);
    const mails = await mailTo(t, w.client.email);
    const subject = SUBJECTS[type].replace("{client}", w.clientOrg.name);
    expect(mails.at(-1)?.subject).toBe(subject);
    expect(mails.at(-1)?.text_body).toContain(`${subject}.`);
  });

  it("tells only the accused organisation of a case's notice, and both parties of its decision and appeal", async () => {
    const newest = async (email: string) => (await mailTo(t, email)).at(-1)?.subject ?? "";
    const notified = async (userId: string) =>
      (
        await t.deps.db
          .selectFrom("notifications")
          .select("type")
          .where("user_id", "=", userId)
          .execute()
      ).map((n) => n.type);
    await append("moderation.case_opened", "system");
    expect(await newest(w.client.email)).toContain("A moderation case was opened against");
    expect(await newest(w.provider.email)).not.toContain("moderation case");
    expect(await notified(w.client.userId)).toContain("moderation.case_opened");
    expect(await notified(w.provider.userId)).not.toContain("moderation.case_opened");
    await append("moderation.case_decided", "system");
    await append("moderation.appeal_decided", "system");
    expect(await newest(w.client.email)).toContain("against your organisation");
    const [decision, appeal] = (await mailTo(t, w.provider.email)).slice(-2);
    expect(decision?.subject).toBe(
      `Moderators decided the case against ${w.clientOrg.name} in “Shop”: a warning`,
    );
    expect(decision?.text_body).toContain("The reason given: “Insults in a message.”");
    expect(appeal?.subject).toContain("the decision stands");
  });

  it("sends no case e-mail to whoever turned that e-mail off, and still notifies them in the app", async () => {
    bodyOf(
      await w.client.client.request("PUT", "/api/v1/me/notification-preferences", {
        "moderation.case_decided": false,
      }),
    );
    const before = (await mailTo(t, w.client.email)).length;
    await append("moderation.case_decided", "system");
    expect(await mailTo(t, w.client.email)).toHaveLength(before);
    const notices = await t.deps.db
      .selectFrom("notifications")
      .select("type")
      .where("user_id", "=", w.client.userId)
      .where("type", "=", "moderation.case_decided")
      .execute();
    expect(notices).toHaveLength(1);
  });

  it("tells both sides of what the system did on its own", async () => {
    await append("deliverable.deemed_accepted", "system");
    for (const person of [w.client, w.provider]) {
      expect((await mailTo(t, person.email)).at(-1)?.subject).toBe(
        SUBJECTS["deliverable.deemed_accepted"],
      );
    }
  });

  it("keeps quiet about events nobody is notified of, and writes one delivery per endpoint", async () => {
    const receiver = await startReceiver();
    try {
      for (const [person, org] of [
        [w.client, w.clientOrg],
        [w.provider, w.providerOrg],
      ] as const) {
        bodyOf(
          await person.client.post(`/api/v1/orgs/${org.id}/webhooks`, { url: receiver.url }),
          201,
        );
      }
      const before = await t.deps.db.selectFrom("notifications").selectAll().execute();
      await append("agreement.draft_edited");
      expect(await t.deps.db.selectFrom("notifications").selectAll().execute()).toEqual(before);
      expect(await t.deps.db.selectFrom("webhook_deliveries").selectAll().execute()).toEqual([]);

      const event = await append("change_request.proposed");
      const deliveries = await t.deps.db
        .selectFrom("webhook_deliveries")
        .select(["event_id", "payload"])
        .execute();
      expect(deliveries).toHaveLength(2);
      expect(deliveries.every((d) => d.event_id === event.id)).toBe(true);
      expect(JSON.parse(deliveries[0]!.payload)).toMatchObject({
        id: event.id,
        type: "change_request.proposed",
        seq: event.seq,
        hash: event.hash,
        data: PAYLOADS["change_request.proposed"],
      });
    } finally {
      await receiver.close();
    }
  });
});
