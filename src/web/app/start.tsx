import { startTransition, StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { meQueryOptions } from "../features/auth/api/get-me";
import { engagementQueryOptions } from "../features/engagements/api/get-engagement";
import { engagementEventsQueryOptions } from "../features/engagements/api/get-engagement-events";
import { threadsQueryOptions } from "../features/messages/api/get-threads";
import { unreadNotificationsQueryOptions } from "../features/notifications/api/get-notifications";
import { orgsQueryOptions } from "../features/orgs/api/get-orgs";
import { reputationQueryOptions } from "../features/reviews/api/get-reputation";
import { testClockOf, testClockQueryOptions } from "../features/test-clock/api/get-test-clock";
import type { TestClockAnswer } from "../../contracts/test-clock";
import type { NotificationList, Organisation, ThreadList } from "../shared/api/types";
import { createQueryClient, seedInfiniteQuery, seedQuery } from "../shared/api/query-client";
import type { EarlyRequests } from "./early-requests";
import { AppProvider } from "./provider";
import { AppRouter } from "./router";
import "./styles.css";

/**
 * Renders the app into `container`, its cache seeded with the requests `main.tsx` started:
 * the pages that need them find them under way instead of asking once React has drawn.
 */
export function start(container: HTMLElement, early: EarlyRequests): void {
  const queryClient = createQueryClient();
  seedQuery(queryClient, meQueryOptions, early.me);
  if (early.engagement) {
    const { id, response } = early.engagement;
    seedQuery(queryClient, engagementQueryOptions(id), response);
  }
  if (early.engagement && early.overview) {
    const { events, reputation } = early.overview;
    const id = early.engagement.id;
    seedInfiniteQuery(queryClient, engagementEventsQueryOptions(id), events);
    // Seeded before the overview can draw: it waits for the engagement this follows.
    void reputation.then(
      (other) =>
        other && seedQuery(queryClient, reputationQueryOptions(other.orgId), other.response),
      () => undefined,
    );
  }
  // What the header and the tabs ask for on every page, when the page came with it.
  const orgs = early.fromPage<{ organisations: Organisation[] }>("/orgs");
  if (orgs) seedQuery(queryClient, orgsQueryOptions, orgs);
  // Whether the instance has a test clock (when it has none, nothing to ask or show).
  const testClock = early.fromPage<TestClockAnswer>("/test-clock");
  if (testClock) seedQuery(queryClient, testClockQueryOptions, testClock.then(testClockOf));
  const unread = early.fromPage<NotificationList>("/notifications?limit=1");
  if (unread) seedQuery(queryClient, unreadNotificationsQueryOptions, unread);
  if (early.engagement) {
    const id = early.engagement.id;
    const threads = early.fromPage<ThreadList>(`/engagements/${encodeURIComponent(id)}/threads`);
    if (threads) seedQuery(queryClient, threadsQueryOptions(id), threads);
  }
  const root = createRoot(container);
  // As a transition the first render yields to the browser every few milliseconds instead of
  // holding the main thread for the whole page (a phone's long task, which blocks input).
  startTransition(() => {
    root.render(
      <StrictMode>
        <AppProvider queryClient={queryClient}>
          <AppRouter />
        </AppProvider>
      </StrictMode>,
    );
  });
}
