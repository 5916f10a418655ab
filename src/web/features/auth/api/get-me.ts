import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, isApiError } from "../../../shared/api/api-client";
import type { MeResponse } from "../../../shared/api/types";

export const ME_QUERY_KEY = ["me"] as const;

/** The signed-in user and their memberships, or null when nobody is signed in. */
export async function getMe(): Promise<MeResponse | null> {
  try {
    return await api.get<MeResponse>("/me");
  } catch (error) {
    if (isApiError(error, "unauthenticated")) return null;
    throw error;
  }
}

export const meQueryOptions = queryOptions({
  queryKey: ME_QUERY_KEY,
  queryFn: getMe,
  staleTime: 60_000,
});

export function useMe() {
  return useQuery(meQueryOptions);
}
