import { useEffect, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { useSearchParams } from "react-router";
import { ENGAGEMENT_SORTS, ENGAGEMENT_STATUSES } from "../../../../contracts/engagements";
import type { EngagementFilter } from "../api/get-engagements";
import { ENGAGEMENT_SORT_LABELS, ENGAGEMENT_STATUS_LABELS } from "../engagement-labels";

type ListChoice = Omit<EngagementFilter, "orgId">;

/** The list's filters and order, kept in the address so a reload or a shared link keeps them. */
export function useEngagementListChoice(): [ListChoice, (change: Partial<ListChoice>) => void] {
  const [params, setParams] = useSearchParams();
  const pick = <T extends string>(name: string, allowed: readonly T[]): T | undefined => {
    const value = params.get(name);
    return allowed.find((candidate) => candidate === value);
  };
  const choice: ListChoice = {
    status: pick("status", ENGAGEMENT_STATUSES),
    sort: pick("sort", ENGAGEMENT_SORTS),
    waitingOn: pick("waitingOn", ["us", "them"] as const),
    q: params.get("q") || undefined,
  };
  const update = (change: Partial<ListChoice>) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(change)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  };
  return [choice, update];
}

/** Search, status, whose turn and order of the engagement list; the server does the work. */
export function EngagementListFilters({
  choice,
  onChange,
}: {
  choice: ListChoice;
  onChange: (change: Partial<ListChoice>) => void;
}) {
  const intl = useIntl();
  const [words, setWords] = useState(choice.q ?? "");
  // Searching as one types, once the typing pauses, without a request per key.
  useEffect(() => {
    const timer = setTimeout(() => {
      if ((choice.q ?? "") !== words.trim()) onChange({ q: words.trim() || undefined });
    }, 300);
    return () => clearTimeout(timer);
  }, [words, choice.q, onChange]);

  return (
    <div className="filter-bar">
      <div className="field">
        <label htmlFor="engagement-search">
          <FormattedMessage id="engagements.filter.search" />
        </label>
        <input
          id="engagement-search"
          type="search"
          value={words}
          maxLength={200}
          onChange={(event) => setWords(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="engagement-status-filter">
          <FormattedMessage id="engagements.filter.status" />
        </label>
        <select
          id="engagement-status-filter"
          value={choice.status ?? ""}
          onChange={(event) =>
            onChange({ status: ENGAGEMENT_STATUSES.find((s) => s === event.target.value) })
          }
        >
          <option value="">{intl.formatMessage({ id: "engagements.filter.all" })}</option>
          {ENGAGEMENT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {intl.formatMessage({ id: ENGAGEMENT_STATUS_LABELS[value] })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="engagement-waiting-filter">
          <FormattedMessage id="engagements.filter.waiting" />
        </label>
        <select
          id="engagement-waiting-filter"
          value={choice.waitingOn ?? ""}
          onChange={(event) =>
            onChange({
              waitingOn: (["us", "them"] as const).find((s) => s === event.target.value),
            })
          }
        >
          <option value="">{intl.formatMessage({ id: "engagements.filter.waitingAny" })}</option>
          <option value="us">{intl.formatMessage({ id: "engagements.filter.waitingUs" })}</option>
          <option value="them">
            {intl.formatMessage({ id: "engagements.filter.waitingThem" })}
          </option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="engagement-sort">
          <FormattedMessage id="engagements.sort.label" />
        </label>
        <select
          id="engagement-sort"
          value={choice.sort ?? "newest"}
          onChange={(event) => {
            const sort = ENGAGEMENT_SORTS.find((s) => s === event.target.value);
            onChange({ sort: sort === "newest" ? undefined : sort });
          }}
        >
          {ENGAGEMENT_SORTS.map((value) => (
            <option key={value} value={value}>
              {intl.formatMessage({ id: ENGAGEMENT_SORT_LABELS[value] })}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
