import {
  MutationCache,
  QueryCache,
  QueryClient,
  type FetchInfiniteQueryOptions,
  type FetchQueryOptions,
  type Query,
  type QueryKey,
} from "@tanstack/react-query";
import { isApiError, type ApiErrorCode } from "./api-client";

/** Client errors (4xx) are answers, not glitches: retrying them only delays the message. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/**
 * How long an answer fetched for the first screen, beside the app's code, counts as fresh:
 * the components that mount to show it then use it instead of asking again at once (which
 * doubled the first screen's requests and drew it a second time on a phone).
 */
export const SEEDED_FRESH_MS = 10_000;

/** The queries `seedQuery` filled: fresh until their first refetch or SEEDED_FRESH_MS. */
const seededQueries = new WeakSet<Query>();

function staleTimeOf(query: Query): number {
  return seededQueries.has(query) && query.state.dataUpdateCount <= 1 ? SEEDED_FRESH_MS : 0;
}

/**
 * Puts a request already under way (started before React loaded) in the cache under `options`'
 * key; its answer counts as fresh for the first components that show it. After its first
 * refetch (an invalidation, a focus after SEEDED_FRESH_MS) the query is like any other.
 */
export function seedQuery<Data, Key extends QueryKey>(
  queryClient: QueryClient,
  options: FetchQueryOptions<Data, Error, Data, Key>,
  response: Promise<Data>,
): void {
  void queryClient.prefetchQuery({ ...options, queryFn: () => response });
  markSeeded(queryClient, options.queryKey);
}

/** The same for a paged list: the request under way is its first page. */
export function seedInfiniteQuery<Page, Key extends QueryKey, PageParam>(
  queryClient: QueryClient,
  options: FetchInfiniteQueryOptions<Page, Error, Page, Key, PageParam>,
  firstPage: Promise<Page>,
): void {
  void queryClient.prefetchInfiniteQuery({ ...options, queryFn: () => firstPage });
  markSeeded(queryClient, options.queryKey);
}

function markSeeded(queryClient: QueryClient, queryKey: QueryKey): void {
  const query = queryClient.getQueryCache().find({ queryKey, exact: true });
  if (query) seededQueries.add(query);
}

/**
 * The 409s that refuse what was typed or chosen (a name, an email, a file or an amount already
 * used) rather than a step on something that moved on: the answer is the same however fresh the
 * page is, so refetching would only redraw every open list, all its pages, for nothing. Listed
 * this way round on purpose: a new 409 code the list forgets costs a refetch, not a stale page
 * still offering a step that is no longer open.
 */
export const TYPED_INPUT_CONFLICTS: ReadonlySet<ApiErrorCode> = new Set<ApiErrorCode>([
  "email_taken",
  "already_member",
  "invitation_pending",
  "engagement_already_proposed",
  "token_name_taken",
  "brief_title_taken",
  "webhook_url_taken",
  "goal_title_taken",
  "goal_exists_for_measure",
  "goal_value_repeated",
  "proposal_open_on_brief",
  "change_request_open_with_title",
  "file_already_uploaded",
  "issue_date_before_last_issued",
  "idempotency_key_reused",
  "credit_note_repeated",
  "refund_repeated",
  "invoice_draft_repeated",
]);

/** A refusal meaning the other side, another tab or a deadline moved the thing on. */
export function isMovedOn(error: unknown): boolean {
  return isApiError(error) && error.status === 409 && !TYPED_INPUT_CONFLICTS.has(error.code);
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
    mutationCache: new MutationCache({
      onError: (error) => {
        // 409: the other side, another tab or a deadline moved the thing on since the page
        // showed it. The page says why the step was refused; show it as it now is, too, so its
        // buttons follow (a withdrawn change is no longer offered to approve) without a reload.
        // Only what is on screen is asked again; the rest refetches when it is next shown.
        if (isMovedOn(error)) void queryClient.invalidateQueries({ refetchType: "active" });
      },
    }),
    defaultOptions: {
      // The other side changes shared data too: show the cache at once, then refresh it.
      // (Except what `seedQuery` put there for the first screen, a moment ago.)
      queries: { retry: shouldRetry, staleTime: staleTimeOf, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
