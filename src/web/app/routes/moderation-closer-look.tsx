import { FormattedMessage, useIntl } from "react-intl";
import { useMe } from "../../features/auth/api/get-me";
import { CloserLookList } from "../../features/moderation/components/closer-look-list";
import { ModerationTabs } from "../../features/moderation/components/moderation-tabs";
import { Loading } from "../../shared/components/query-state";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";
import { NotFoundRoute } from "./not-found";

/** Reviews marked for a moderator's closer look. Nobody but platform moderators sees it. */
export function ModerationCloserLookRoute() {
  const intl = useIntl();
  const me = useMe();
  useDocumentTitle(intl.formatMessage({ id: "moderation.closerLook.title" }));
  if (me.isPending) return <Loading />;
  if (me.data?.user.platformRole !== "moderator") return <NotFoundRoute />;
  return (
    <div className="stack-lg">
      <h1>
        <FormattedMessage id="moderation.closerLook.title" />
      </h1>
      <ModerationTabs />
      <p className="lead">
        <FormattedMessage id="moderation.closerLook.intro" />
      </p>
      <CloserLookList />
    </div>
  );
}
