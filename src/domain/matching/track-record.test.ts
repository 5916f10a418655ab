import { describe, expect, it } from "vitest";
import { trackRecordFrom } from "./track-record";

describe("track record", () => {
  it("counts the clients who came back and the days since the first engagement", () => {
    const record = trackRecordFrom(
      {
        completed: 0,
        active: 3,
        clients: 2,
        returningClients: 1,
        firstEngagementAt: "2026-11-12T15:00:00.000Z",
      },
      "2026-11-22",
    );
    expect(record).toEqual({
      completedEngagements: 0,
      activeEngagements: 3,
      rehireRate: 0.5,
      tenureDays: 9,
    });
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
