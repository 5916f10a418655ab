import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from "@tanstack/react-query";
import { api, toQueryString } from "../../../shared/api/api-client";
import type { NotificationList } from "../../../shared/api/types";

export const NOTIFICATIONS_QUERY_KEY = ["notifications"] as const;

/** How often the navigation asks for the unread count: often enough to notice, no socket. */
const UNREAD_POLL_MS = 45_000;

export function getNotifications(params: { cursor?: string | null; limit?: number }) {
  return api.get<NotificationList>(`/notifications${toQueryString(params)}`);
}

export function notificationsQueryOptions() {
  return infiniteQueryOptions({
    queryKey: [...NOTIFICATIONS_QUERY_KEY, "list"],
    queryFn: ({ pageParam }) => getNotifications({ cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** The reader's notifications across every organisation, newest first, page by page. */
export function useNotifications() {
  return useInfiniteQuery(notificationsQueryOptions());
}

/** The first page's answer, whose `unreadCount` the navigation shows, kept fresh by polling. */
export const unreadNotificationsQueryOptions = queryOptions({
  queryKey: [...NOTIFICATIONS_QUERY_KEY, "unread"],
  // The list answers the count with its first page; one notification is the least it sends.
  queryFn: () => getNotifications({ limit: 1 }),
  refetchInterval: UNREAD_POLL_MS,
});

/** How many notifications the reader has not read, kept fresh by polling. */
export function useUnreadNotificationCount() {
  return useQuery({ ...unreadNotificationsQueryOptions, select: (list) => list.unreadCount });
}
