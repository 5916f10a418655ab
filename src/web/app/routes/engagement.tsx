import { FormattedMessage, useIntl } from "react-intl";
import { Link, NavLink, Outlet, useLocation, useOutletContext, useParams } from "react-router";
import { useEngagement } from "../../features/engagements/api/get-engagement";
import { useThreads } from "../../features/messages/api/get-threads";
import type { Engagement } from "../../shared/api/types";
import { Loading, QueryError } from "../../shared/components/query-state";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";

/**
 * What every tab of an engagement reads: the engagement with the reader's `abilities`, which
 * decide what they may do there (the server's word, never a reading of roles and sides).
 */
export interface EngagementContext {
  engagement: Engagement;
}

export function useEngagementContext(): EngagementContext {
  return useOutletContext<EngagementContext>();
}

/** Each tab's name, by the path's part after the engagement's id (an invoice is on Invoices). */
const TAB_NAMES = {
  "": "engagement.tab.overview",
  agreement: "engagement.tab.agreement",
  delivery: "engagement.tab.delivery",
  changes: "engagement.tab.changes",
  messages: "engagement.tab.messages",
  invoices: "engagement.tab.invoices",
  reviews: "engagement.tab.reviews",
  health: "engagement.tab.health",
  disputes: "engagement.tab.disputes",
  exit: "engagement.tab.exit",
  growth: "engagement.tab.growth",
} as const;

function tabNameOf(pathname: string, engagementId: string) {
  const rest = pathname.split(`/engagements/${encodeURIComponent(engagementId)}`)[1] ?? "";
  const part = rest.split("/").find((segment) => segment !== "") ?? "";
  return part in TAB_NAMES ? TAB_NAMES[part as keyof typeof TAB_NAMES] : null;
}

/**
 * An engagement's page: its title, then the overview, the agreement, delivery, changes,
 * messages, invoices or reviews. The browser's tab names the tab and the engagement ("Health ·
 * Online shop · Accord"), so history and assistive technology tell the tabs apart.
 */
export function EngagementRoute() {
  const intl = useIntl();
  const { engagementId = "" } = useParams();
  const { pathname } = useLocation();
  const engagement = useEngagement(engagementId);
  const tabName = tabNameOf(pathname, engagementId);
  const title = engagement.data?.title;
  useDocumentTitle(
    title && tabName
      ? intl.formatMessage(
          { id: "engagement.documentTitle" },
          { tab: intl.formatMessage({ id: tabName }), engagement: title },
        )
      : title,
  );

  if (engagement.isPending) return <Loading />;
  if (engagement.isError)
    return <QueryError error={engagement.error} onRetry={() => void engagement.refetch()} />;
  const data = engagement.data;
  const context: EngagementContext = { engagement: data };

  return (
    <div className="stack-lg">
      <Link to="/engagements" className="back-link">
        <FormattedMessage id="engagement.back" />
      </Link>
      <h1>{data.title}</h1>
      <nav aria-label={intl.formatMessage({ id: "engagement.sections" })} className="tabs">
        <NavLink to={`/engagements/${data.id}`} end>
          <FormattedMessage id="engagement.tab.overview" />
        </NavLink>
        <NavLink to={`/engagements/${data.id}/agreement`}>
          <FormattedMessage id="engagement.tab.agreement" />
        </NavLink>
        <NavLink to={`/engagements/${data.id}/delivery`}>
          <FormattedMessage id="engagement.tab.delivery" />
        </NavLink>
        <NavLink to={`/engagements/${data.id}/changes`}>
          <FormattedMessage id="engagement.tab.changes" />
        </NavLink>
        <NavLink to={`/engagements/${data.id}/messages`}>
          <FormattedMessage id="engagement.tab.messages" />
          <UnreadMessagesBadge engagementId={data.id} />
        </NavLink>
        <NavLink to={`/engagements/${data.id}/invoices`}>
          <FormattedMessage id="engagement.tab.invoices" />
        </NavLink>
        <NavLink to={`/engagements/${data.id}/reviews`}>
          <FormattedMessage id="engagement.tab.reviews" />
        </NavLink>
        <NavLink to={`/engagements/${data.id}/health`}>
          <FormattedMessage id="engagement.tab.health" />
        </NavLink>
        {data.abilities.disputes.view ? (
          <NavLink to={`/engagements/${data.id}/disputes`}>
            <FormattedMessage id="engagement.tab.disputes" />
          </NavLink>
        ) : null}
        {data.abilities.exits.view ? (
          <NavLink to={`/engagements/${data.id}/exit`}>
            <FormattedMessage id="engagement.tab.exit" />
          </NavLink>
        ) : null}
        <NavLink to={`/engagements/${data.id}/growth`}>
          <FormattedMessage id="engagement.tab.growth" />
        </NavLink>
      </nav>
      <Outlet context={context} />
    </div>
  );
}

/**
 * How many messages wait unread, beside the messages tab. A component of its own: the threads
 * arrive after the page has drawn, and only this badge draws again then, not the whole tab.
 */
function UnreadMessagesBadge({ engagementId }: { engagementId: string }) {
  const threads = useThreads(engagementId);
  const unread = (threads.data?.threads ?? []).reduce((sum, t) => sum + t.unreadCount, 0);
  if (unread === 0) return null;
  return (
    <>
      {" "}
      <span className="badge badge-count">
        <FormattedMessage id="messages.thread.unread" values={{ count: unread }} />
      </span>
    </>
  );
}
