import { queryOptions, useQuery } from "@tanstack/react-query";
import { getMe } from "./fetch-me";

export { getMe };

export const ME_QUERY_KEY = ["me"] as const;

export const meQueryOptions = queryOptions({
  queryKey: ME_QUERY_KEY,
  queryFn: getMe,
  staleTime: 60_000,
});

export function useMe() {
  return useQuery(meQueryOptions);
}
