import { useEffect, useRef } from "react";
import { FormattedMessage } from "react-intl";
import type { Engagement } from "../../../shared/api/types";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useThreadMessages } from "../api/get-messages";
import { useMarkThreadRead } from "../api/mark-thread-read";
import { MessageComposer } from "./message-composer";
import { MessageItem } from "./message-item";
import { MoreButton } from "../../../shared/components/more-button";

/**
 * One thread: its messages oldest first, earlier ones on request, and the composer for those
 * who speak for their side. Showing the thread marks it read up to its newest message.
 */
export function ThreadView({
  engagement,
  thread,
  title,
}: {
  engagement: Engagement;
  thread: string;
  title: string;
}) {
  const messages = useThreadMessages(engagement.id, thread);
  useMarkShownRead(engagement.id, thread, messages.data?.messages);
  const canWrite = engagement.abilities.messages.post;

  return (
    <section className="stack thread-view" aria-labelledby="thread-title">
      <h2 id="thread-title">{title}</h2>
      {messages.isPending ? (
        <Loading />
      ) : messages.isError ? (
        <QueryError error={messages.error} onRetry={() => void messages.refetch()} />
      ) : (
        <>
          <MoreButton list={messages} label="messages.earlier" />
          {messages.data.messages.length === 0 ? (
            <p className="muted">
              <FormattedMessage id="messages.thread.empty" />
            </p>
          ) : (
            <ol className="plain-list message-list" aria-labelledby="thread-title">
              {messages.data.messages.map((message) => (
                <MessageItem
                  key={message.id}
                  message={message}
                  engagementId={engagement.id}
                  canReport={engagement.abilities.engagement.act}
                />
              ))}
            </ol>
          )}
        </>
      )}
      {!canWrite ? (
        <p className="alert alert-info">
          <FormattedMessage id="messages.composer.readOnly" />
        </p>
      ) : engagement.status !== "active" ? (
        <p className="alert alert-info">
          <FormattedMessage id="messages.composer.inactive" />
        </p>
      ) : (
        <MessageComposer key={thread} engagementId={engagement.id} thread={thread} />
      )}
    </section>
  );
}

/** Marks the thread read up to its newest message whenever a message shown is not read yet. */
function useMarkShownRead(
  engagementId: string,
  thread: string,
  messages: readonly { id: string; isReadByMe: boolean }[] | undefined,
) {
  const { mutate: markRead } = useMarkThreadRead(engagementId);
  const shownIds = messages?.map((message) => message.id).join(" ") ?? "";
  const hasUnread = messages?.some((message) => !message.isReadByMe) ?? false;
  // Once per newest message: a failed attempt is not repeated on every render.
  const markedUpTo = useRef<string | null>(null);
  useEffect(() => {
    const messageIds = shownIds.split(" ").filter(Boolean);
    const newestId = messageIds.at(-1);
    if (!newestId || !hasUnread) return;
    const key = `${thread}\u0000${newestId}`;
    if (markedUpTo.current === key) return;
    markedUpTo.current = key;
    markRead({ thread, messageIds });
  }, [thread, shownIds, hasUnread, markRead]);
}
