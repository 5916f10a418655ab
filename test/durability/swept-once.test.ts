import { describe, expect, it } from "vitest";
import { duplicateSweeps } from "./swept-once";

const event = (type: string, payload: object, engagement = "e1", at = "2027-01-05T08:00:00Z") => ({
  engagement_id: engagement,
  type,
  payload: JSON.stringify(payload),
  occurred_at: at,
});

describe("the once-only check of swept events", () => {
  it("names work done twice, and lets distinct work through", () => {
    const events = [
      event("invoice.reminder_sent", { invoiceId: "i1", offsetDays: -7 }),
      event("invoice.reminder_sent", { invoiceId: "i1", offsetDays: 0 }),
      event("invoice.reminder_sent", { invoiceId: "i1", offsetDays: -7 }),
      event("check_in.opened", { checkInId: "c1", period: 3 }),
      event("check_in.opened", { checkInId: "c2", period: 3 }),
      event("check_in.opened", { checkInId: "c3", period: 3 }, "e2"),
      event("relationship_review.opened", { reviewId: "r1" }),
      event("relationship_review.opened", { reviewId: "r2" }, "e1", "2027-04-10T08:00:00Z"),
      event("message.posted", { messageId: "m1" }),
      event("message.posted", { messageId: "m1" }),
    ];
    expect(duplicateSweeps(events)).toEqual([
      '2× ["e1","invoice.reminder_sent","i1",-7]',
      '2× ["e1","check_in.opened",3]',
    ]);
  });
});
