import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type {
  CreateWebhookBody,
  UpdateWebhookBody,
  Webhook,
  WebhookWithSecret,
} from "../../../shared/api/types";
import { webhookPath, webhooksPath, webhooksQueryKey } from "./get-webhooks";

function useRefreshWebhooks(orgId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: webhooksQueryKey(orgId) });
}

/** An owner adds an endpoint; the answer carries its signing secret, shown this once. */
export function useCreateWebhook(orgId: string) {
  const refresh = useRefreshWebhooks(orgId);
  return useMutation({
    mutationFn: (body: CreateWebhookBody) => api.post<WebhookWithSecret>(webhooksPath(orgId), body),
    onSuccess: refresh,
  });
}

/** Switches an endpoint on or off, or changes where and what it receives. */
export function useUpdateWebhook(orgId: string) {
  const refresh = useRefreshWebhooks(orgId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateWebhookBody }) =>
      api.patch<Webhook>(webhookPath(orgId, id), body),
    onSuccess: refresh,
  });
}

/** A new signing secret, shown this once; the old one stops working at once. */
export function useRotateWebhookSecret(orgId: string) {
  return useMutation({
    mutationFn: (id: string) =>
      api.post<WebhookWithSecret>(`${webhookPath(orgId, id)}/rotate-secret`),
  });
}

/** Removes an endpoint with its delivery log. */
export function useDeleteWebhook(orgId: string) {
  const refresh = useRefreshWebhooks(orgId);
  return useMutation({
    mutationFn: (id: string) => api.delete<{ ok: true }>(webhookPath(orgId, id)),
    onSuccess: refresh,
  });
}
