import { FormattedMessage, useIntl } from "react-intl";
import { useMe } from "../../features/auth/api/get-me";
import { MailboxMessages } from "../../features/mailbox/components/mailbox-messages";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";

export function MailboxRoute() {
  const intl = useIntl();
  const me = useMe();
  useDocumentTitle(intl.formatMessage({ id: "mailbox.title" }));

  return (
    <div className="stack-lg">
      <div>
        <h1>
          <FormattedMessage id="mailbox.title" />
        </h1>
        <p className="muted">
          <FormattedMessage id="mailbox.intro" values={{ email: me.data?.user.email ?? "" }} />
        </p>
      </div>
      <MailboxMessages />
    </div>
  );
}
