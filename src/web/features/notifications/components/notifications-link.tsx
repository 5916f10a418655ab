import { FormattedMessage } from "react-intl";
import { NavLink } from "react-router";
import { useUnreadNotificationCount } from "../api/get-notifications";

/** The navigation's way to the notifications, with how many are unread. */
export function NotificationsLink() {
  const unread = useUnreadNotificationCount().data ?? 0;
  return (
    <NavLink to="/notifications">
      <FormattedMessage id="nav.notifications" />
      {unread > 0 ? (
        <>
          {" "}
          <span className="badge badge-count">
            <FormattedMessage id="nav.notifications.unread" values={{ count: unread }} />
          </span>
        </>
      ) : null}
    </NavLink>
  );
}
