import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import type { ThreadMessage } from "../../../shared/api/types";
import { ORG_KIND_LABELS } from "../../../shared/i18n/labels";
import { linkParts } from "../../../shared/lib/link-parts";
import { ReportContent } from "../../moderation/components/report-content";

/**
 * One message as plain text, line breaks kept and web addresses as links; on the reader's own messages, whether the
 * other side has read it yet; on the other side's, a report to the moderators.
 */
export function MessageItem({
  message,
  engagementId,
  canReport,
}: {
  message: ThreadMessage;
  engagementId: string;
  /** Whether the reader may report the other side's message to the moderators. */
  canReport: boolean;
}) {
  const intl = useIntl();
  return (
    <li className={message.isMine ? "message message-mine" : "message"}>
      <p className="message-meta">
        <strong>
          <FormattedMessage
            id="messages.author"
            values={{
              name: message.author.name,
              side: intl.formatMessage({ id: ORG_KIND_LABELS[message.author.side] }),
            }}
          />
        </strong>{" "}
        <time dateTime={message.createdAt} className="muted">
          <FormattedDate value={message.createdAt} dateStyle="medium" timeStyle="short" />
        </time>
      </p>
      <p className="prewrap">
        {linkParts(message.body).map((part, index) =>
          part.href ? (
            <a key={index} href={part.href} rel="noopener noreferrer nofollow" target="_blank">
              {part.text}
            </a>
          ) : (
            part.text
          ),
        )}
      </p>
      {message.isMine ? (
        <p className="message-receipt muted">
          {message.otherSideReadAt ? (
            <FormattedMessage
              id="messages.receipt.read"
              values={{
                date: (
                  <FormattedDate
                    key="date"
                    value={message.otherSideReadAt}
                    dateStyle="medium"
                    timeStyle="short"
                  />
                ),
              }}
            />
          ) : (
            <FormattedMessage id="messages.receipt.unread" />
          )}
        </p>
      ) : null}
      {canReport && !message.isMine ? (
        <ReportContent engagementId={engagementId} subjectKind="message" subjectId={message.id} />
      ) : null}
    </li>
  );
}
