import type { TrackRecord } from "./provider-profile";

/** What the engagement history says of one provider, as counted by the database. */
export interface EngagementStats {
  completed: number;
  active: number;
  /** Distinct clients. */
  clients: number;
  /**
   * Clients with at least one completed engagement with the provider: the only ones who could
   * have come back. When left out, every client counts (callers before completion existed).
   */
  clientsWithCompleted?: number;
  /** Clients who started another engagement after one with the provider had completed. */
  returningClients: number;
  /** ISO timestamp of the provider's first engagement. */
  firstEngagementAt: string;
  /** The provider's health score across engagements, 0–100; null or absent while new. */
  healthScore?: number | null;
}

/** One engagement of a provider with a client, as the rehire count reads it. */
export interface ClientEngagement {
  clientOrgId: string;
  /** ISO timestamps; `completedAt` null while it runs (or if it ended otherwise). */
  startedAt: string;
  completedAt: string | null;
}

/**
 * Who came back: a client counts as returning only once it started an engagement after one of
 * its engagements with the provider had completed. Two engagements running side by side, or
 * one started before the first was finished, are not a rehire: nobody has judged finished work.
 */
export function rehiresOf(history: readonly ClientEngagement[]): {
  clientsWithCompleted: number;
  returningClients: number;
} {
  const byClient = new Map<string, ClientEngagement[]>();
  for (const engagement of history) {
    byClient.set(engagement.clientOrgId, [
      ...(byClient.get(engagement.clientOrgId) ?? []),
      engagement,
    ]);
  }
  let clientsWithCompleted = 0;
  let returningClients = 0;
  for (const engagements of byClient.values()) {
    const completions = engagements
      .map((e) => e.completedAt)
      .filter((at): at is string => at !== null);
    if (completions.length === 0) continue;
    clientsWithCompleted += 1;
    const firstCompletion = completions.reduce((a, b) => (a < b ? a : b));
    if (engagements.some((e) => e.startedAt >= firstCompletion)) returningClients += 1;
  }
  return { clientsWithCompleted, returningClients };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A provider's track record from its engagement history: never typed by the provider.
 * Rehire rate is the share of clients with a completed engagement who then came back; before
 * any engagement has completed there is none (the provider is new, not "100% rehired").
 * Tenure counts whole days since the first engagement, as of `today` (YYYY-MM-DD).
 */
export function trackRecordFrom(stats: EngagementStats, today: string): TrackRecord {
  const couldReturn = stats.completed > 0 ? (stats.clientsWithCompleted ?? stats.clients) : 0;
  const returning = Math.min(stats.returningClients, couldReturn);
  return {
    completedEngagements: stats.completed,
    activeEngagements: stats.active,
    rehireRate: couldReturn > 0 ? returning / couldReturn : null,
    returningClients: returning,
    clientsWhoCouldReturn: couldReturn,
    tenureDays: Math.max(
      0,
      Math.floor((Date.parse(`${today}T00:00:00Z`) - Date.parse(stats.firstEngagementAt)) / DAY_MS),
    ),
    healthScore: stats.healthScore ?? null,
  };
}
