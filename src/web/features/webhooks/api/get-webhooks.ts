import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { WebhookList } from "../../../shared/api/types";

export const webhooksPath = (orgId: string) => `/orgs/${encodeURIComponent(orgId)}/webhooks`;

export const webhookPath = (orgId: string, webhookId: string) =>
  `${webhooksPath(orgId)}/${encodeURIComponent(webhookId)}`;

export const webhooksQueryKey = (orgId: string) => ["orgs", orgId, "webhooks"] as const;

/** The organisation's endpoints; never their secrets. */
export function useWebhooks(orgId: string) {
  return useQuery(
    queryOptions({
      queryKey: webhooksQueryKey(orgId),
      queryFn: () => api.get<WebhookList>(webhooksPath(orgId)),
    }),
  );
}
