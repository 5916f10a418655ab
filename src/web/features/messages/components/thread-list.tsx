import { FormattedMessage, useIntl } from "react-intl";
import { Link } from "react-router";
import type { ThreadSummary } from "../../../shared/api/types";
import { messagesPath } from "../threads";

/** The engagement's threads, the selected one marked, each with what the reader has not read. */
export function ThreadList({
  engagementId,
  entries,
  selected,
  titleOf,
}: {
  engagementId: string;
  entries: readonly ThreadSummary[];
  selected: string;
  titleOf: (entry: ThreadSummary) => string;
}) {
  const intl = useIntl();
  return (
    <nav aria-label={intl.formatMessage({ id: "messages.threads.label" })} className="thread-list">
      <ul className="plain-list">
        {entries.map((entry) => (
          <li key={entry.thread}>
            <Link
              to={messagesPath(engagementId, entry.thread)}
              aria-current={entry.thread === selected ? "page" : undefined}
              className={entry.unreadCount > 0 ? "thread-link thread-unread" : "thread-link"}
            >
              <span>{titleOf(entry)}</span>
              {entry.unreadCount > 0 ? (
                <span className="badge badge-count">
                  <FormattedMessage
                    id="messages.thread.unread"
                    values={{ count: entry.unreadCount }}
                  />
                </span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
