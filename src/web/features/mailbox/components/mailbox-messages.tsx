import { FormattedDate, FormattedMessage } from "react-intl";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useMailbox } from "../api/get-mailbox";
import { LinkifiedText } from "./linkified-text";

export function MailboxMessages() {
  const mailbox = useMailbox({ refetchInterval: 15_000 });

  if (mailbox.isPending) return <Loading />;
  if (mailbox.isError)
    return <QueryError error={mailbox.error} onRetry={() => void mailbox.refetch()} />;

  const messages = [...mailbox.data.messages].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );
  if (messages.length === 0) {
    return (
      <p className="muted">
        <FormattedMessage id="mailbox.empty" />
      </p>
    );
  }

  return (
    <div className="stack">
      <button
        type="button"
        className="button-secondary align-start"
        onClick={() => void mailbox.refetch()}
      >
        <FormattedMessage id="mailbox.refresh" />
      </button>
      <ul className="plain-list stack">
        {messages.map((message) => (
          <li key={message.id}>
            <article className="card mail">
              <h2>{message.subject}</h2>
              <p className="muted">
                <FormattedMessage
                  id="mailbox.meta"
                  values={{
                    to: message.to,
                    date: (
                      <FormattedDate
                        key="date"
                        value={message.createdAt}
                        dateStyle="medium"
                        timeStyle="short"
                      />
                    ),
                  }}
                />
              </p>
              <LinkifiedText text={message.text} />
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}
