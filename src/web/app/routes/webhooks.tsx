import { FormattedMessage, useIntl } from "react-intl";
import { useParams } from "react-router";
import { useOrg } from "../../features/orgs/api/get-org";
import { useActForOrg } from "../../features/orgs/current-org";
import { CreateWebhookForm } from "../../features/webhooks/components/create-webhook-form";
import { VerifySignatures } from "../../features/webhooks/components/verify-signatures";
import { WebhooksList } from "../../features/webhooks/components/webhooks-list";
import { Loading, QueryError } from "../../shared/components/query-state";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";

/**
 * An organisation's webhooks: everyone in it reads the endpoints and their delivery logs;
 * owners add, switch, rotate, remove and replay.
 */
export function WebhooksRoute() {
  const intl = useIntl();
  const { orgId = "" } = useParams();
  const org = useOrg(orgId);
  useActForOrg(orgId);
  useDocumentTitle(
    org.data ? intl.formatMessage({ id: "webhooks.title" }, { org: org.data.name }) : null,
  );

  if (org.isPending) return <Loading />;
  if (org.isError) return <QueryError error={org.error} onRetry={() => void org.refetch()} />;
  const canManage = org.data.abilities.manageWebhooks;

  return (
    <div className="stack-lg">
      <div className="stack-sm">
        <h1>
          <FormattedMessage id="webhooks.title" values={{ org: org.data.name }} />
        </h1>
        <p className="muted">
          <FormattedMessage id="webhooks.intro" values={{ org: org.data.name }} />
        </p>
      </div>
      {canManage ? null : (
        <p className="alert alert-info">
          <FormattedMessage id="webhooks.readOnly" />
        </p>
      )}
      {canManage ? (
        <section aria-labelledby="create-webhook-title" className="card stack">
          <h2 id="create-webhook-title">
            <FormattedMessage id="webhooks.create.title" />
          </h2>
          <CreateWebhookForm key={orgId} orgId={orgId} />
        </section>
      ) : null}
      <section aria-labelledby="webhooks-list-title" className="stack">
        <h2 id="webhooks-list-title">
          <FormattedMessage id="webhooks.list.title" />
        </h2>
        <WebhooksList orgId={orgId} canManage={canManage} />
      </section>
      <VerifySignatures />
    </div>
  );
}
