import type { QueryClient } from "@tanstack/react-query";
import { refreshCsrfToken } from "../../../shared/api/api-client";
import type { MeResponse } from "../../../shared/api/types";
import { ME_QUERY_KEY } from "./get-me";

/**
 * After signing in, the CSRF token belongs to the new session and nothing cached may come from
 * whoever used this tab before.
 */
export async function startSession(queryClient: QueryClient, me: MeResponse): Promise<void> {
  await refreshCsrfToken();
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
  queryClient.setQueryData(ME_QUERY_KEY, me);
}

/** A full page load leaves no data of the previous user in memory. */
export function leaveSession(): void {
  window.location.assign("/login");
}
