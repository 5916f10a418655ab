import { api, toQueryString } from "../../../shared/api/api-client";
import type { EventList } from "../../../shared/api/types";

/**
 * A page of the engagement's ledger, each event chained to the one before: the newest events
 * (in seq order), or with `cursor` (a page's `nextCursor`) those before them.
 */
export function getEngagementEvents(id: string, cursor?: string | null): Promise<EventList> {
  return api.get<EventList>(
    `/engagements/${encodeURIComponent(id)}/events${toQueryString({ cursor })}`,
  );
}
