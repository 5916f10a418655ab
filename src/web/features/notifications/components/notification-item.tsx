import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import { Link } from "react-router";
import type { AppNotification } from "../../../shared/api/types";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { formatMoney } from "../../../shared/lib/money";
import { isStandardDuty, type StandardDuty } from "../../../../domain/exit/hand-over";
import type { AppMessageKey } from "../../../shared/i18n/messages";
import { notificationLink, notificationSentence } from "../notification-sentence";

/** The web's message of each standard hand-over item (the same keys as the server's). */
const STANDARD_DUTY_MESSAGES: Record<StandardDuty, AppMessageKey> = {
  "exit.handover.access_removed": "exit.handover.access_removed",
  "exit.handover.credentials_rotated": "exit.handover.credentials_rotated",
};

/**
 * One notification: what happened, in which engagement and when. Following it marks it read;
 * unread ones stand out, and say so to screen readers too.
 */
export function NotificationItem({
  notification,
  onOpen,
}: {
  notification: AppNotification;
  onOpen: (notification: AppNotification) => void;
}) {
  const intl = useIntl();
  const { locale } = useLocale();
  const sentence = notificationSentence(notification, {
    someone: intl.formatMessage({ id: "notifications.someone" }),
    formatMoney: (minor, currency) => formatMoney(minor, currency, locale),
    formatDay: (isoDate) =>
      intl.formatDate(new Date(`${isoDate}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
    formatDuty: (duty) =>
      isStandardDuty(duty) ? intl.formatMessage({ id: STANDARD_DUTY_MESSAGES[duty] }) : duty,
  });
  const text = intl.formatMessage({ id: sentence.id }, sentence.values);
  const link = notificationLink(notification);
  const isUnread = notification.readAt === null;
  return (
    <li className={isUnread ? "notification notification-unread" : "notification"}>
      {isUnread ? (
        <span className="visually-hidden">
          <FormattedMessage id="notifications.unread" />
        </span>
      ) : null}
      <p className="notification-text">
        {link ? (
          <Link to={link} onClick={() => onOpen(notification)}>
            {text}
          </Link>
        ) : (
          text
        )}
      </p>
      <p className="muted notification-meta">
        {notification.engagementTitle ? <>{notification.engagementTitle} · </> : null}
        <time dateTime={notification.createdAt}>
          <FormattedDate value={notification.createdAt} dateStyle="medium" timeStyle="short" />
        </time>
      </p>
    </li>
  );
}
