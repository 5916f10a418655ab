import type { TrackRecord } from "./provider-profile";

/** What the engagement history says of one provider, as counted by the database. */
export interface EngagementStats {
  completed: number;
  active: number;
  /** Distinct clients, and how many of them started more than one engagement. */
  clients: number;
  returningClients: number;
  /** ISO timestamp of the provider's first engagement. */
  firstEngagementAt: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A provider's track record from its engagement history: never typed by the provider.
 * Rehire rate is the share of clients who came back; tenure counts whole days since the first
 * engagement, as of `today` (YYYY-MM-DD).
 */
export function trackRecordFrom(stats: EngagementStats, today: string): TrackRecord {
  return {
    completedEngagements: stats.completed,
    activeEngagements: stats.active,
    rehireRate: stats.clients > 0 ? stats.returningClients / stats.clients : null,
    tenureDays: Math.max(
      0,
      Math.floor((Date.parse(`${today}T00:00:00Z`) - Date.parse(stats.firstEngagementAt)) / DAY_MS),
    ),
  };
}
