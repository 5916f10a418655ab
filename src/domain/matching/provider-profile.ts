import type { FloorRate } from "../agreement/fair-terms-check";

/** What a provider declares about itself; its track record is computed, never typed. */
export interface ProviderProfile {
  orgId: string;
  name: string;
  skillIds: string[];
  languages: string[];
  timeZones: string[];
  rates: { unit: "hour" | "day" | "deliverable"; amountMinor: number; currency: string }[];
  floorRate: FloorRate | null;
  /** ISO date from which the provider can start new work; null when available now. */
  availableFrom: string | null;
  trackRecord: TrackRecord;
}

/** Computed by Accord from engagement history and the health model, never typed. */
export interface TrackRecord {
  completedEngagements: number;
  activeEngagements: number;
  /** Share of clients who started a second engagement, 0–1; null with no client yet. */
  rehireRate: number | null;
  /**
   * The counts behind `rehireRate`: clients who came back, of those with a completed engagement
   * who could have. Rankings read these (a lower bound, HEALTH.md), never the bare share.
   */
  returningClients: number;
  clientsWhoCouldReturn: number;
  /** Days since the provider's first engagement on Accord. */
  tenureDays: number;
  /** The provider's health score across its engagements, 0–100; null while it is new. */
  healthScore: number | null;
}
