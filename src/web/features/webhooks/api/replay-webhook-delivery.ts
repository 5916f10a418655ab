import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { WebhookDelivery } from "../../../shared/api/types";
import { webhookDeliveriesQueryKey } from "./get-webhook-deliveries";
import { webhookPath } from "./get-webhooks";

/** An owner sends a delivery again: a new delivery with the same body and event id. */
export function useReplayWebhookDelivery(orgId: string, webhookId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) =>
      api.post<WebhookDelivery>(
        `${webhookPath(orgId, webhookId)}/deliveries/${encodeURIComponent(deliveryId)}/replay`,
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: webhookDeliveriesQueryKey(orgId, webhookId) }),
  });
}
