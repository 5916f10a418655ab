import { describe, expect, it } from "vitest";
import type { AppNotification } from "../../shared/api/types";
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
    const posted = (messageId: string) => ({
      type: "message.posted" as const,
      payload: { messageId, threadKind: "engagement" as const, threadId: "e1" },
    });
    const notifications: AppNotification[] = [
      { ...base, id: "n1", ...posted("m1") },
      { ...base, id: "n2", ...posted("m2") },
      { ...base, id: "n3", ...posted("m1"), readAt: "2026-01-01T11:00:00.000Z" },
      {
        ...base,
        id: "n4",
        type: "deliverable.submitted",
        payload: {
          submissionId: "m1",
          deliverableId: "d1",
          deliverableTitle: "Shop",
          round: 1,
          agreementVersion: 1,
          reviewDueAt: null,
          fileCount: 1,
        },
      },
    ];
    expect(readMessageNotificationIds(notifications, new Set(["m1"]))).toEqual(["n1"]);
  });
});
