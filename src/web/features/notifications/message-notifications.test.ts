import { describe, expect, it } from "vitest";
import { readMessageNotificationIds } from "./message-notifications";

describe("reading a thread", () => {
  it("answers the unread notifications of the messages read, and no others", () => {
    const base = {
      eventId: "ev",
      engagementId: "e1",
      engagementTitle: "Shop",
      actorName: "Pedro",
      createdAt: "2026-01-01T10:00:00.000Z",
      readAt: null,
    };
    const notifications = [
      { ...base, id: "n1", type: "message.posted", payload: { messageId: "m1" } },
      { ...base, id: "n2", type: "message.posted", payload: { messageId: "m2" } },
      {
        ...base,
        id: "n3",
        type: "message.posted",
        payload: { messageId: "m1" },
        readAt: "2026-01-01T11:00:00.000Z",
      },
      { ...base, id: "n4", type: "deliverable.submitted", payload: { messageId: "m1" } },
    ];
    expect(readMessageNotificationIds(notifications, new Set(["m1"]))).toEqual(["n1"]);
  });
});
