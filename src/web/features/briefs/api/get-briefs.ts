import { queryOptions, useQuery } from "@tanstack/react-query";
import { getAllPages, toQueryString } from "../../../shared/api/api-client";
import type { Brief } from "../../../shared/api/types";

export function getBriefs(orgId: string): Promise<{ briefs: Brief[] }> {
  return getAllPages(`/briefs${toQueryString({ orgId })}`, "briefs");
}

export function briefsQueryOptions(orgId: string) {
  return queryOptions({ queryKey: ["briefs", "list", orgId], queryFn: () => getBriefs(orgId) });
}

/** A client's own briefs; for a provider, the published briefs it can answer, invitations first. */
export function useBriefs(orgId: string) {
  return useQuery(briefsQueryOptions(orgId));
}
