import { api } from "../../../shared/api/api-client";
import type { LedgerEvent } from "../../../shared/api/types";

/** The engagement's ledger: every state change, oldest first, each chained to the one before. */
export function getEngagementEvents(id: string): Promise<{ events: LedgerEvent[] }> {
  return api.get<{ events: LedgerEvent[] }>(`/engagements/${encodeURIComponent(id)}/events`);
}
