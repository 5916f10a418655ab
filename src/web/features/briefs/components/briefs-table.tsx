import { FormattedDate, FormattedMessage } from "react-intl";
import { Link } from "react-router";
import type { Brief } from "../../../shared/api/types";
import { DateOnly } from "../../../shared/components/date-only";
import { EmptyState } from "../../../shared/components/empty-state";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { useBriefs } from "../api/get-briefs";
import { BRIEF_STATUS_LABELS } from "../brief-labels";
import { MoreButton } from "../../../shared/components/more-button";
import { CardTable } from "../../../shared/components/card-table";

/** A brief's status; an awarded brief says so, closed or kept open for more providers. */
export function BriefStatusBadge({
  status,
  awardedAt = null,
}: {
  status: Brief["status"];
  awardedAt?: string | null;
}) {
  const label =
    awardedAt === null
      ? BRIEF_STATUS_LABELS[status]
      : status === "closed"
        ? "brief.status.awarded"
        : status === "published"
          ? "brief.awarded.keptOpen"
          : BRIEF_STATUS_LABELS[status];
  return (
    <span className={`badge badge-brief-${status}`}>
      <FormattedMessage id={label} />
    </span>
  );
}

/** Tells a provider it was invited to propose, after a brief's title or organisation. */
export function InvitedBadge() {
  return (
    <>
      {" "}
      <span className="badge badge-invited">
        <FormattedMessage id="briefs.invited" />
      </span>
    </>
  );
}

/**
 * For a client organisation, its own briefs with their status; for a provider, the briefs it
 * can answer, those it was invited to first. The way to write a brief shows once: in the empty
 * state while there is none, above the table once there are some.
 */
export function BriefsTable({
  orgId,
  side,
  canWrite,
}: {
  orgId: string;
  side: "client" | "provider";
  canWrite: boolean;
}) {
  const briefs = useBriefs(orgId);
  if (briefs.isPending) return <Loading />;
  if (briefs.isError)
    return <QueryError error={briefs.error} onRetry={() => void briefs.refetch()} />;
  if (briefs.data.briefs.length === 0) {
    return side === "client" ? (
      <EmptyState
        title={<FormattedMessage id="briefs.emptyState.client.title" />}
        body={<FormattedMessage id="briefs.emptyState.client.body" />}
        action={
          canWrite
            ? { to: "/briefs/new", label: <FormattedMessage id="onboarding.action.writeBrief" /> }
            : undefined
        }
      />
    ) : (
      <EmptyState
        title={<FormattedMessage id="briefs.forYou.empty" />}
        body={<FormattedMessage id="briefs.emptyState.provider.body" />}
        action={{ to: "/profile", label: <FormattedMessage id="onboarding.action.profile" /> }}
      />
    );
  }
  return (
    <>
      {canWrite ? (
        <Link to="/briefs/new" className="button-link align-start">
          <FormattedMessage id="briefs.new" />
        </Link>
      ) : null}
      <CardTable>
        <table>
          <caption className="visually-hidden">
            <FormattedMessage id={side === "client" ? "briefs.title" : "briefs.forYou.title"} />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="briefs.column.title" />
              </th>
              <th scope="col">
                <FormattedMessage
                  id={side === "client" ? "briefs.column.status" : "briefs.column.client"}
                />
              </th>
              <th scope="col">
                <FormattedMessage id="brief.field.deadline" />
              </th>
              <th scope="col">
                <FormattedMessage id="briefs.column.updated" />
              </th>
            </tr>
          </thead>
          <tbody>
            {briefs.data.briefs.map((brief) => (
              <tr key={brief.id}>
                <td>
                  <Link to={`/briefs/${brief.id}`}>{brief.title}</Link>
                  {side === "provider" && brief.isInvited ? <InvitedBadge /> : null}
                </td>
                <td>
                  {side === "client" ? (
                    <BriefStatusBadge status={brief.status} awardedAt={brief.awardedAt} />
                  ) : (
                    brief.org.name
                  )}
                </td>
                <td>{brief.deadline ? <DateOnly value={brief.deadline} /> : null}</td>
                <td>
                  <FormattedDate value={brief.updatedAt} dateStyle="medium" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </CardTable>
      <MoreButton list={briefs} label="briefs.loadMore" />
    </>
  );
}
