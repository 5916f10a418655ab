import { FormattedMessage } from "react-intl";
import type { AppMessageKey } from "../i18n/messages";

/** What a paged list's query gives the button: react-query's infinite query has all three. */
export interface PagedList {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/**
 * The "more" of every paged list: shown while the server answered a `nextCursor`, it asks for
 * the next page, once at a time. `label` says what more is (older cases, earlier messages).
 */
export function MoreButton({ list, label }: { list: PagedList; label: AppMessageKey }) {
  if (!list.hasNextPage) return null;
  return (
    <button
      type="button"
      className="button-secondary align-start"
      disabled={list.isFetchingNextPage}
      onClick={() => void list.fetchNextPage()}
    >
      <FormattedMessage id={label} />
    </button>
  );
}
