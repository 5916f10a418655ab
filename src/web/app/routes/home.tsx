import { FormattedMessage, useIntl } from "react-intl";
import { Link } from "react-router";
import { useWaiting } from "../../features/home/api/get-waiting";
import { OnboardingChecklist } from "../../features/home/components/onboarding-checklist";
import { WaitingList } from "../../features/home/components/waiting-list";
import { useCurrentOrg } from "../../features/orgs/current-org";
import { Loading, QueryError } from "../../shared/components/query-state";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";
import { NoOrganisation } from "./no-organisation";

/** The page people open each morning: what needs them across their engagements. */
export function HomeRoute() {
  const intl = useIntl();
  const { currentOrg, isLoading } = useCurrentOrg();
  const waiting = useWaiting();
  useDocumentTitle(intl.formatMessage({ id: "home.title" }));

  return (
    <div className="stack-lg">
      <div>
        <h1>
          <FormattedMessage id="home.title" />
        </h1>
        <p className="muted">
          <FormattedMessage id="home.intro" />
        </p>
      </div>
      {currentOrg ? <OnboardingChecklist key={currentOrg.id} orgId={currentOrg.id} /> : null}
      {isLoading || waiting.isPending ? (
        <Loading />
      ) : !currentOrg ? (
        <NoOrganisation />
      ) : waiting.isError ? (
        <QueryError error={waiting.error} onRetry={() => void waiting.refetch()} />
      ) : waiting.data.items.length === 0 ? (
        <section className="card stack empty-state" aria-labelledby="home-empty-title">
          <h2 id="home-empty-title">
            <FormattedMessage id="home.empty.title" />
          </h2>
          <p>
            <FormattedMessage id="home.empty.body" />
          </p>
          <Link to="/engagements" className="button-link align-start">
            <FormattedMessage id="home.empty.engagements" />
          </Link>
        </section>
      ) : (
        <section aria-labelledby="home-count" className="stack">
          <p id="home-count">
            <FormattedMessage id="home.count" values={{ count: waiting.data.items.length }} />
          </p>
          <WaitingList items={waiting.data.items} now={waiting.data.generatedAt} />
        </section>
      )}
    </div>
  );
}
