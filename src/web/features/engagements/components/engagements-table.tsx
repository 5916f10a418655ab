import { FormattedMessage } from "react-intl";
import { Link } from "react-router";
import { EmptyState } from "../../../shared/components/empty-state";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useEngagements } from "../api/get-engagements";
import { counterpartOf } from "../engagement-labels";
import { EngagementListFilters, useEngagementListChoice } from "./engagement-list-filters";
import { DeadlineCell, MoneyOpenCell, ProgressCell, WaitingCell } from "./engagement-summary-cells";
import { EngagementStatusBadge } from "./engagement-status-badge";
import { MoreButton } from "../../../shared/components/more-button";
import { CardTable } from "../../../shared/components/card-table";

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
  const [choice, setChoice] = useEngagementListChoice();
  const engagements = useEngagements({ orgId, ...choice });
  const rows = engagements.data?.pages.flatMap((page) => page.engagements) ?? [];
  const isFiltered = Boolean(choice.status || choice.q || choice.waitingOn);
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
        <CardTable>
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
                      <ProgressCell summary={engagement.summary} />
                    </td>
                    <td>
                      <MoneyOpenCell summary={engagement.summary} />
                    </td>
                    <td>
                      <DeadlineCell summary={engagement.summary} />
                    </td>
                    <td>
                      <WaitingCell engagement={engagement} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </CardTable>
      )}

      <MoreButton list={engagements} label="engagements.loadMore" />
    </div>
  );
}
