import { api } from "../shared/api/api-client";
import type { Engagement, EventList, MeResponse } from "../shared/api/types";
import { getMe } from "../features/auth/api/fetch-me";
import { getEngagementEvents } from "../features/engagements/api/fetch-engagement-events";
import { getReputation } from "../features/reviews/api/fetch-reputation";
import type { Reputation } from "../features/reviews/review-types";

/** What the first screen needs from the API, asked for while the app's code downloads. */
export interface EarlyRequests {
  me: Promise<MeResponse | null>;
  /** On an engagement's page: the engagement, which every tab shows first. */
  engagement: { id: string; response: Promise<Engagement> } | null;
  /**
   * On an engagement's overview: its timeline's first page, and the other side's reputation as soon as the
   * engagement names it (the overview's largest paragraph: drawn with the rest, not after).
   */
  overview: {
    events: Promise<EventList>;
    reputation: Promise<{ orgId: string; response: Promise<Reputation> } | null>;
  } | null;
  /**
   * Settles once all of the above have answered (or failed): the app draws its first screen
   * whole then, in one pass that yields to the browser, instead of drawing a spinner and then
   * the page in one long task when the data comes.
   */
  settled: Promise<void>;
  /** An answer the page came with (by API path, e.g. `/orgs`), or null when it has none. */
  fromPage: <T>(path: string) => Promise<T> | null;
  /**
   * The signed-in reader's language when the page came with who is signed in: the first
   * screen's catalogue is then that language's at once, not the browser's first.
   */
  accountLocaleInPage: string | null;
}

const ENGAGEMENT_PAGE = /^\/engagements\/([^/]+)/;
const OVERVIEW_PAGE = /^\/engagements\/[^/]+\/?$/;

/** Where the server's page for an engagement's overview writes its first answers. */
const FIRST_ANSWERS_ID = "first-answers";

/**
 * The API's answers the page came with, by API path (`/me`): the server writes them into an
 * engagement's overview for a signed-in reader (src/server/platform/overview-first-answers.ts).
 */
function answersInPage(): Record<string, unknown> {
  const text = document.getElementById(FIRST_ANSWERS_ID)?.textContent;
  if (!text) return {};
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/**
 * Starts the first screen's requests at once, without React or the query cache, so that they
 * run beside the download of the app instead of after it (the cache takes them over). What the
 * page already carries is not asked again.
 */
export function startEarlyRequests(pathname: string): EarlyRequests {
  const inPage = answersInPage();
  const answer = <T>(path: string, ask: () => Promise<T>): Promise<T> =>
    path in inPage ? Promise.resolve(inPage[path] as T) : ask();
  const me = answer("/me", getMe);
  const id = ENGAGEMENT_PAGE.exec(pathname)?.[1];
  const engagementPath = id ? `/engagements/${encodeURIComponent(id)}` : "";
  const engagement =
    id && id !== "new"
      ? {
          id,
          response: answer(engagementPath, () => api.get<Engagement>(engagementPath)),
        }
      : null;
  const overview =
    engagement && OVERVIEW_PAGE.test(pathname)
      ? {
          events: answer(`${engagementPath}/events`, () => getEngagementEvents(engagement.id)),
          reputation: engagement.response.then((data) => {
            const otherSide = data.mySide === "client" ? data.provider : data.client;
            return otherSide
              ? {
                  orgId: otherSide.id,
                  response: answer(`/orgs/${encodeURIComponent(otherSide.id)}/reputation`, () =>
                    getReputation(otherSide.id),
                  ),
                }
              : null;
          }),
        }
      : null;
  // Failures are the cache's to report, when a page asks; not unhandled here.
  me.catch(() => undefined);
  engagement?.response.catch(() => undefined);
  overview?.events.catch(() => undefined);
  overview?.reputation
    .then((early) => early?.response.catch(() => undefined))
    .catch(() => undefined);
  const settled = Promise.allSettled([
    me,
    engagement?.response,
    overview?.events,
    overview?.reputation.then((other) => other?.response),
  ]).then(() => undefined);
  const fromPage = <T>(path: string): Promise<T> | null =>
    path in inPage ? Promise.resolve(inPage[path] as T) : null;
  const meInPage = inPage["/me"] as Partial<MeResponse> | undefined;
  const accountLocaleInPage = meInPage?.user?.locale ?? null;
  return { me, engagement, overview, settled, fromPage, accountLocaleInPage };
}
