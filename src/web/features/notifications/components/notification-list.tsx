import { FormattedMessage } from "react-intl";
import { UNREAD_COUNT_CAP } from "../../../../contracts/notification-limits";
import type { AppNotification } from "../../../shared/api/types";
import { FormAlert } from "../../../shared/components/form-alert";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useNotifications } from "../api/get-notifications";
import { useMarkNotificationsRead } from "../api/mark-notifications-read";
import { NotificationItem } from "./notification-item";
import { MoreButton } from "../../../shared/components/more-button";
import { useOneAtATime } from "../../../shared/forms/use-one-at-a-time";

/** The reader's notifications, newest first, with "Mark all as read" and older pages on request. */
export function NotificationList() {
  const oneAtATime = useOneAtATime();
  const notifications = useNotifications();
  const markRead = useMarkNotificationsRead();

  if (notifications.isPending) return <Loading />;
  if (notifications.isError) {
    return <QueryError error={notifications.error} onRetry={() => void notifications.refetch()} />;
  }
  const pages = notifications.data.pages;
  const items = pages.flatMap((page) => page.notifications);
  // The newest page knows the current count; older pages were counted when they were fetched.
  const unreadCount = pages[0]?.unreadCount ?? 0;
  const open = (notification: AppNotification) => {
    if (notification.readAt === null) markRead.mutate({ ids: [notification.id] });
  };

  if (items.length === 0) {
    return (
      <p className="muted">
        <FormattedMessage id="notifications.empty" />
      </p>
    );
  }
  return (
    <div className="stack">
      <div className="button-row">
        <p className="muted" aria-live="polite">
          {unreadCount >= UNREAD_COUNT_CAP ? (
            <FormattedMessage
              id="notifications.unreadCountMany"
              values={{ count: UNREAD_COUNT_CAP - 1 }}
            />
          ) : (
            <FormattedMessage id="notifications.unreadCount" values={{ count: unreadCount }} />
          )}
        </p>
        {unreadCount > 0 ? (
          <button
            type="button"
            className="button-secondary"
            disabled={markRead.isPending}
            onClick={() => oneAtATime(() => markRead.mutate({ all: true }))}
          >
            <FormattedMessage id="notifications.markAllRead" />
          </button>
        ) : null}
      </div>
      <FormAlert error={markRead.error} />
      <ul className="plain-list notification-list">
        {items.map((notification) => (
          <NotificationItem key={notification.id} notification={notification} onOpen={open} />
        ))}
      </ul>
      <MoreButton list={notifications} label="notifications.loadMore" />
    </div>
  );
}
