import { FormattedMessage } from "react-intl";
import { NavLink } from "react-router";
import { UNREAD_COUNT_CAP } from "../../../../contracts/notification-limits";
import { useUnreadNotificationCount } from "../api/get-notifications";

/** The navigation's way to the notifications, with how many are unread ("99+" at the cap). */
export function NotificationsLink() {
  const unread = useUnreadNotificationCount().data ?? 0;
  return (
    <NavLink to="/notifications">
      <FormattedMessage id="nav.notifications" />
      {unread > 0 ? (
        <>
          {" "}
          <span className="badge badge-count">
            {unread >= UNREAD_COUNT_CAP ? (
              <FormattedMessage
                id="nav.notifications.unreadMany"
                values={{ count: UNREAD_COUNT_CAP - 1 }}
              />
            ) : (
              <FormattedMessage id="nav.notifications.unread" values={{ count: unread }} />
            )}
          </span>
        </>
      ) : null}
    </NavLink>
  );
}
