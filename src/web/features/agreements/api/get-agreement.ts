import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, toQueryString } from "../../../shared/api/api-client";
import type { AgreementDiff, AgreementOverview, AgreementVersion } from "../../../shared/api/types";

export const agreementPath = (engagementId: string) =>
  `/engagements/${encodeURIComponent(engagementId)}/agreement`;

export function agreementQueryOptions(engagementId: string) {
  return queryOptions({
    queryKey: ["engagements", engagementId, "agreement"],
    queryFn: () => api.get<AgreementOverview>(agreementPath(engagementId)),
  });
}

/** The agreement at a glance: the version in force, the open draft, and every version. */
export function useAgreement(engagementId: string) {
  return useQuery(agreementQueryOptions(engagementId));
}

export function agreementVersionQueryOptions(engagementId: string, version: number) {
  return queryOptions({
    queryKey: ["engagements", engagementId, "agreement", "versions", version],
    queryFn: () => api.get<AgreementVersion>(`${agreementPath(engagementId)}/versions/${version}`),
  });
}

/** One version's terms, hash, signatures and fair-terms findings in the reader's language. */
export function useAgreementVersion(engagementId: string, version: number | null) {
  return useQuery({
    ...agreementVersionQueryOptions(engagementId, version ?? 0),
    enabled: version !== null,
  });
}

/** What changed between two versions, field by field. */
export function useAgreementDiff(engagementId: string, from: number, to: number) {
  return useQuery({
    queryKey: ["engagements", engagementId, "agreement", "diff", from, to],
    queryFn: () =>
      api.get<AgreementDiff>(`${agreementPath(engagementId)}/diff${toQueryString({ from, to })}`),
    enabled: from > 0 && to > 0 && from !== to,
  });
}

/** The PDF is a download, fetched by the browser through a plain link with the session cookie. */
export function agreementPdfUrl(engagementId: string, version: number): string {
  return `/api/v1${agreementPath(engagementId)}/versions/${version}/pdf`;
}
