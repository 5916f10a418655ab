import { FormattedMessage } from "react-intl";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useWebhooks } from "../api/get-webhooks";
import { WebhookItem } from "./webhook-item";

export function WebhooksList({ orgId, canManage }: { orgId: string; canManage: boolean }) {
  const webhooks = useWebhooks(orgId);
  if (webhooks.isPending) return <Loading />;
  if (webhooks.isError) {
    return <QueryError error={webhooks.error} onRetry={() => void webhooks.refetch()} />;
  }
  if (webhooks.data.webhooks.length === 0) {
    return (
      <p className="muted">
        <FormattedMessage id="webhooks.list.empty" />
      </p>
    );
  }
  return (
    <div className="stack">
      {webhooks.data.webhooks.map((webhook) => (
        <WebhookItem key={webhook.id} orgId={orgId} webhook={webhook} canManage={canManage} />
      ))}
    </div>
  );
}
