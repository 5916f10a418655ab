import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../shared/api/api-client";
import type { BriefClientRecord } from "../../../shared/api/types";

/** The brief's client as a provider sees it before proposing: payment record and score. */
export function useBriefClientRecord(briefId: string) {
  return useQuery(
    queryOptions({
      queryKey: ["briefs", briefId, "client-record"],
      queryFn: () =>
        api.get<BriefClientRecord>(`/briefs/${encodeURIComponent(briefId)}/client-record`),
    }),
  );
}
