import { describe, expect, it } from "vitest";
import { rehiresOf, trackRecordFrom } from "./track-record";

describe("track record", () => {
  it("counts the clients who came back after a completed engagement, and the days since the first", () => {
    const record = trackRecordFrom(
      {
        completed: 2,
        active: 3,
        clients: 3,
        clientsWithCompleted: 2,
        returningClients: 1,
        firstEngagementAt: "2026-11-12T15:00:00.000Z",
        healthScore: 74,
      },
      "2026-11-22",
    );
    expect(record).toEqual({
      completedEngagements: 2,
      activeEngagements: 3,
      rehireRate: 0.5,
      returningClients: 1,
      clientsWhoCouldReturn: 2,
      tenureDays: 9,
      healthScore: 74,
    });
  });

  it("has no rehire rate before any engagement has completed, however many clients started", () => {
    // The complaint: "No completed engagement yet; 100% of clients came back".
    const record = trackRecordFrom(
      {
        completed: 0,
        active: 2,
        clients: 1,
        returningClients: 1,
        firstEngagementAt: "2026-11-12T15:00:00.000Z",
      },
      "2026-11-22",
    );
    expect(record.rehireRate).toBeNull();
  });

  it("counts a rehire only when an engagement started after one with that client completed", () => {
    const at = (day: string) => `2026-${day}T09:00:00.000Z`;
    expect(
      rehiresOf([
        // A: two at once, neither completed: not a rehire, not a client who could return.
        { clientOrgId: "a", startedAt: at("01-05"), completedAt: null },
        { clientOrgId: "a", startedAt: at("01-06"), completedAt: null },
        // B: the second started while the first ran, then the first completed: not a rehire.
        { clientOrgId: "b", startedAt: at("01-05"), completedAt: at("03-01") },
        { clientOrgId: "b", startedAt: at("02-01"), completedAt: null },
        // C: came back after its first engagement completed.
        { clientOrgId: "c", startedAt: at("01-05"), completedAt: at("02-01") },
        { clientOrgId: "c", startedAt: at("02-10"), completedAt: null },
        // D: one completed engagement, no return yet.
        { clientOrgId: "d", startedAt: at("01-05"), completedAt: at("02-01") },
      ]),
    ).toEqual({ clientsWithCompleted: 3, returningClients: 1 });
    expect(rehiresOf([])).toEqual({ clientsWithCompleted: 0, returningClients: 0 });
  });

  it("has no rehire rate before the first client, and no negative tenure", () => {
    const record = trackRecordFrom(
      {
        completed: 0,
        active: 0,
        clients: 0,
        returningClients: 0,
        firstEngagementAt: "2026-11-23T00:00:00.000Z",
      },
      "2026-11-22",
    );
    expect(record.rehireRate).toBeNull();
    expect(record.tenureDays).toBe(0);
  });
});
