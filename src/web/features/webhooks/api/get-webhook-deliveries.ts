import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from "@tanstack/react-query";
import { api, toQueryString } from "../../../shared/api/api-client";
import type { WebhookDeliveryDetail, WebhookDeliveryList } from "../../../shared/api/types";
import { webhookPath } from "./get-webhooks";

export const webhookDeliveriesQueryKey = (orgId: string, webhookId: string) =>
  ["orgs", orgId, "webhooks", webhookId, "deliveries"] as const;

/** The endpoint's delivery log, newest first, page by page. */
export function useWebhookDeliveries(orgId: string, webhookId: string) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: webhookDeliveriesQueryKey(orgId, webhookId),
      queryFn: ({ pageParam }) =>
        api.get<WebhookDeliveryList>(
          `${webhookPath(orgId, webhookId)}/deliveries${toQueryString({ cursor: pageParam })}`,
        ),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor,
    }),
  );
}

/** One delivery: the exact body sent and every attempt. */
export function useWebhookDelivery(orgId: string, webhookId: string, deliveryId: string) {
  return useQuery(
    queryOptions({
      queryKey: [...webhookDeliveriesQueryKey(orgId, webhookId), deliveryId],
      queryFn: () =>
        api.get<WebhookDeliveryDetail>(
          `${webhookPath(orgId, webhookId)}/deliveries/${encodeURIComponent(deliveryId)}`,
        ),
    }),
  );
}
