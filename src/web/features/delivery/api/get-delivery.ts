import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { DeliveryOverview } from "../../../shared/api/types";

export const engagementPath = (engagementId: string) =>
  `/engagements/${encodeURIComponent(engagementId)}`;

export const deliveryQueryKey = (engagementId: string) =>
  ["engagements", engagementId, "delivery"] as const;

export function deliveryQueryOptions(engagementId: string) {
  return queryOptions({
    queryKey: deliveryQueryKey(engagementId),
    queryFn: () => api.get<DeliveryOverview>(`${engagementPath(engagementId)}/delivery`),
  });
}

/**
 * Delivery under the agreement in force: each deliverable with its rounds, verdicts and remarks,
 * the milestones, and the scope summary.
 */
export function useDelivery(engagementId: string) {
  return useQuery(deliveryQueryOptions(engagementId));
}

/** A handed-in file is a download, fetched by the browser through a plain link with the cookie. */
export function fileDownloadUrl(engagementId: string, fileId: string): string {
  return `/api/v1${engagementPath(engagementId)}/files/${encodeURIComponent(fileId)}`;
}
