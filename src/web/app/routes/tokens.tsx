import { FormattedMessage, useIntl } from "react-intl";
import { useCurrentOrg } from "../../features/orgs/current-org";
import { CreateTokenForm } from "../../features/tokens/components/create-token-form";
import { TokensTable } from "../../features/tokens/components/tokens-table";
import { Loading } from "../../shared/components/query-state";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";
import { NoOrganisation } from "./no-organisation";

export function TokensRoute() {
  const intl = useIntl();
  const { currentOrg, isLoading } = useCurrentOrg();
  useDocumentTitle(intl.formatMessage({ id: "tokens.title" }));

  return (
    <div className="stack-lg">
      <h1>
        <FormattedMessage id="tokens.title" />
      </h1>
      {isLoading ? (
        <Loading />
      ) : !currentOrg ? (
        <NoOrganisation />
      ) : !currentOrg.abilities.manageTokens ? (
        <p className="alert alert-info">
          <FormattedMessage id="tokens.ownerOnly" values={{ org: currentOrg.name }} />
        </p>
      ) : (
        <>
          <p className="muted">
            <FormattedMessage
              id="tokens.intro"
              values={{ org: <strong key="org">{currentOrg.name}</strong> }}
            />
          </p>
          <section aria-labelledby="create-token-title" className="card stack">
            <h2 id="create-token-title">
              <FormattedMessage id="tokens.create.title" />
            </h2>
            <CreateTokenForm key={currentOrg.id} orgId={currentOrg.id} />
          </section>
          <section aria-labelledby="tokens-list-title" className="stack">
            <h2 id="tokens-list-title">
              <FormattedMessage id="tokens.list.title" />
            </h2>
            <TokensTable orgId={currentOrg.id} />
          </section>
        </>
      )}
    </div>
  );
}
