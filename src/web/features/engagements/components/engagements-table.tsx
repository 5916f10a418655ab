import { FormattedMessage, useIntl } from "react-intl";
import { Link } from "react-router";
import { EmptyState } from "../../../shared/components/empty-state";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useEngagements } from "../api/get-engagements";
import { counterpartOf } from "../engagement-labels";
import { EngagementListFilters, useEngagementListChoice } from "./engagement-list-filters";
import { DeadlineCell, MoneyOpenCell, ProgressCell, WaitingCell } from "./engagement-summary-cells";
import { EngagementStatusBadge } from "./engagement-status-badge";
import { MoreButton } from "../../../shared/components/more-button";

/**
 * The organisation's engagements at a glance: the other side, status, progress, money open, the
 * next deadline and what waits on whom; searched, filtered and sorted by the server.
 */
export function EngagementsTable({
  orgId,
  kind,
}: {
  orgId: string;
  /** The organisation's kind, for what its empty list suggests doing next. */
  kind?: "client" | "provider";
}) {
  const intl = useIntl();
  const [choice, setChoice] = useEngagementListChoice();
  const engagements = useEngagements({ orgId, ...choice });
  const rows = engagements.data?.pages.flatMap((page) => page.engagements) ?? [];
  const isFiltered = Boolean(choice.status || choice.q || choice.waitingOn);
  const label = (id: Parameters<typeof intl.formatMessage>[0]["id"]) => intl.formatMessage({ id });

  return (
    <div className="stack">
      <EngagementListFilters choice={choice} onChange={setChoice} />

      {engagements.isPending ? (
        <Loading />
      ) : engagements.isError ? (
        <QueryError error={engagements.error} onRetry={() => void engagements.refetch()} />
      ) : rows.length === 0 && !isFiltered && kind ? (
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
          <FormattedMessage id={isFiltered ? "engagements.noMatch" : "engagements.empty"} />
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
                  <FormattedMessage id="engagements.column.progress" />
                </th>
                <th scope="col">
                  <FormattedMessage id="engagements.column.moneyOpen" />
                </th>
                <th scope="col">
                  <FormattedMessage id="engagements.column.deadline" />
                </th>
                <th scope="col">
                  <FormattedMessage id="engagements.column.waiting" />
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((engagement) => {
                const counterpart = counterpartOf(engagement);
                return (
                  <tr key={engagement.id}>
                    <td data-label={label("engagements.column.title")}>
                      <Link to={`/engagements/${engagement.id}`}>{engagement.title}</Link>
                    </td>
                    <td data-label={label("engagements.column.counterpart")}>
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
                    <td data-label={label("engagements.column.status")}>
                      <EngagementStatusBadge status={engagement.status} />
                    </td>
                    <td data-label={label("engagements.column.progress")}>
                      <ProgressCell summary={engagement.summary} />
                    </td>
                    <td data-label={label("engagements.column.moneyOpen")}>
                      <MoneyOpenCell summary={engagement.summary} />
                    </td>
                    <td data-label={label("engagements.column.deadline")}>
                      <DeadlineCell summary={engagement.summary} />
                    </td>
                    <td data-label={label("engagements.column.waiting")}>
                      <WaitingCell engagement={engagement} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      <MoreButton list={engagements} label="engagements.loadMore" />
    </div>
  );
}
