import { FormattedMessage, useIntl } from "react-intl";
import { Link } from "react-router";
import { NotificationList } from "../../features/notifications/components/notification-list";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";

export function NotificationsRoute() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: "notifications.title" }));
  return (
    <div className="stack-lg">
      <div className="stack-sm">
        <h1>
          <FormattedMessage id="notifications.title" />
        </h1>
        <p className="muted">
          <FormattedMessage
            id="notifications.intro"
            values={{
              link: (chunks) => (
                <Link key="settings" to="/settings">
                  {chunks}
                </Link>
              ),
            }}
          />
        </p>
      </div>
      <NotificationList />
    </div>
  );
}
