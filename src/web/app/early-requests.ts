import { api } from "../shared/api/api-client";
import type { Engagement, MeResponse } from "../shared/api/types";
import { getMe } from "../features/auth/api/fetch-me";

/** What the first screen needs from the API, asked for while the app's code downloads. */
export interface EarlyRequests {
  me: Promise<MeResponse | null>;
  /** On an engagement's page: the engagement, which every tab shows first. */
  engagement: { id: string; response: Promise<Engagement> } | null;
}

const ENGAGEMENT_PAGE = /^\/engagements\/([^/]+)/;

/**
 * Starts the first screen's requests at once, without React or the query cache, so that they
 * run beside the download of the app instead of after it (the cache takes them over).
 */
export function startEarlyRequests(pathname: string): EarlyRequests {
  const me = getMe();
  const id = ENGAGEMENT_PAGE.exec(pathname)?.[1];
  const engagement =
    id && id !== "new"
      ? { id, response: api.get<Engagement>(`/engagements/${encodeURIComponent(id)}`) }
      : null;
  // Failures are the cache's to report, when a page asks; not unhandled here.
  me.catch(() => undefined);
  engagement?.response.catch(() => undefined);
  return { me, engagement };
}
