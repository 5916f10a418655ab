import { QueryCache, QueryClient } from "@tanstack/react-query";
import { isApiError } from "./api-client";

/** Client errors (4xx) are answers, not glitches: retrying them only delays the message. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // A session that ended elsewhere (log out everywhere, expiry): re-check who is signed in,
        // which sends the user to the log-in page and back here afterwards.
        if (isApiError(error, "unauthenticated") && query.queryKey[0] !== "me") {
          void queryClient.invalidateQueries({ queryKey: ["me"] });
        }
      },
    }),
    defaultOptions: {
      // The other side changes shared data too: show the cache at once, then refresh it.
      queries: { retry: shouldRetry, staleTime: 0, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
