import { useState } from "react";
import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import { Link } from "react-router";
import { ENGAGEMENT_STATUSES } from "../../../../contracts/engagements";
import type { EngagementStatus } from "../../../shared/api/types";
import { EmptyState } from "../../../shared/components/empty-state";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useEngagements } from "../api/get-engagements";
import { ENGAGEMENT_STATUS_LABELS, counterpartOf } from "../engagement-labels";
import { EngagementStatusBadge } from "./engagement-status-badge";

/** The organisation's engagements with the other side's name, status and start date. */
export function EngagementsTable({
  orgId,
  kind,
}: {
  orgId: string;
  /** The organisation's kind, for what its empty list suggests doing next. */
  kind?: "client" | "provider";
}) {
  const intl = useIntl();
  const [status, setStatus] = useState<EngagementStatus | undefined>(undefined);
  const engagements = useEngagements({ orgId, status });
  const rows = engagements.data?.pages.flatMap((page) => page.engagements) ?? [];

  return (
    <div className="stack">
      <div className="field field-inline">
        <label htmlFor="engagement-status-filter">
          <FormattedMessage id="engagements.filter.status" />
        </label>
        <select
          id="engagement-status-filter"
          value={status ?? ""}
          onChange={(event) =>
            setStatus((event.target.value || undefined) as EngagementStatus | undefined)
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

      {engagements.isPending ? (
        <Loading />
      ) : engagements.isError ? (
        <QueryError error={engagements.error} onRetry={() => void engagements.refetch()} />
      ) : rows.length === 0 && !status && kind ? (
        <EmptyState
          title={<FormattedMessage id="engagements.emptyState.title" />}
          body={
            <FormattedMessage
              id={
                kind === "client"
                  ? "engagements.emptyState.client"
                  : "engagements.emptyState.provider"
              }
            />
          }
          action={
            kind === "client"
              ? { to: "/briefs/new", label: <FormattedMessage id="onboarding.action.writeBrief" /> }
              : { to: "/briefs", label: <FormattedMessage id="onboarding.action.seeBriefs" /> }
          }
          secondary={{
            to: "#start-engagement-title",
            label: <FormattedMessage id="engagements.emptyState.invite" />,
          }}
        />
      ) : rows.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="engagements.empty" />
        </p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">
              <FormattedMessage id="engagements.table.caption" />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="engagements.column.title" />
                </th>
                <th scope="col">
                  <FormattedMessage id="engagements.column.counterpart" />
                </th>
                <th scope="col">
                  <FormattedMessage id="engagements.column.status" />
                </th>
                <th scope="col">
                  <FormattedMessage id="engagements.column.created" />
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((engagement) => {
                const counterpart = counterpartOf(engagement);
                return (
                  <tr key={engagement.id}>
                    <td>
                      <Link to={`/engagements/${engagement.id}`}>{engagement.title}</Link>
                    </td>
                    <td>
                      {counterpart ? (
                        counterpart.name
                      ) : (
                        <span className="muted">
                          <FormattedMessage
                            id={
                              engagement.status === "pending"
                                ? "engagement.counterpart.awaiting"
                                : "engagement.counterpart.none"
                            }
                          />
                        </span>
                      )}
                    </td>
                    <td>
                      <EngagementStatusBadge status={engagement.status} />
                    </td>
                    <td>
                      <FormattedDate value={engagement.createdAt} dateStyle="medium" />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {engagements.hasNextPage ? (
        <button
          type="button"
          className="button-secondary"
          disabled={engagements.isFetchingNextPage}
          onClick={() => void engagements.fetchNextPage()}
        >
          <FormattedMessage id="engagements.loadMore" />
        </button>
      ) : null}
    </div>
  );
}
