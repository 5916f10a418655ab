import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import { isApiError } from "../../../shared/api/api-client";
import { FormAlert } from "../../../shared/components/form-alert";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { ROLE_LABELS } from "../../../shared/i18n/labels";
import { useOrgInvitations } from "../api/get-org-invitations";
import { useRevokeInvitation } from "../api/revoke-invitation";
import { INVITATION_STATUS_LABELS } from "../invitation-status-labels";
import { useOneAtATime } from "../../../shared/forms/use-one-at-a-time";
import { CardTable } from "../../../shared/components/card-table";

/** Invitations sent by the organisation; owners may revoke the pending ones. */
export function OrgInvitationsTable({ orgId, canManage }: { orgId: string; canManage: boolean }) {
  const oneAtATime = useOneAtATime();
  const intl = useIntl();
  const invitations = useOrgInvitations(orgId);
  const revoke = useRevokeInvitation();

  if (invitations.isPending) return <Loading />;
  if (invitations.isError) {
    // Roles that may not see invitations simply do not get the list.
    if (isApiError(invitations.error, "forbidden")) return null;
    return <QueryError error={invitations.error} onRetry={() => void invitations.refetch()} />;
  }

  const list = invitations.data.invitations;
  if (list.length === 0) {
    return (
      <p className="muted">
        <FormattedMessage id="invitations.empty" />
      </p>
    );
  }

  return (
    <>
      <FormAlert error={revoke.error} />
      <CardTable>
        <table>
          <caption className="visually-hidden">
            <FormattedMessage id="invitations.table.caption" />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="invitations.column.email" />
              </th>
              <th scope="col">
                <FormattedMessage id="invitations.column.role" />
              </th>
              <th scope="col">
                <FormattedMessage id="invitations.column.status" />
              </th>
              <th scope="col">
                <FormattedMessage id="invitations.column.expires" />
              </th>
              {canManage ? (
                <th scope="col">
                  <FormattedMessage id="invitations.column.actions" />
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {list.map((invitation) => (
              <tr key={invitation.id}>
                <td>{invitation.email}</td>
                <td>
                  <FormattedMessage id={ROLE_LABELS[invitation.role]} />
                </td>
                <td>
                  <span className={`badge badge-${invitation.status}`}>
                    <FormattedMessage id={INVITATION_STATUS_LABELS[invitation.status]} />
                  </span>
                </td>
                <td>
                  <FormattedDate value={invitation.expiresAt} dateStyle="medium" />
                </td>
                {canManage ? (
                  <td className="actions">
                    {invitation.status === "pending" ? (
                      <button
                        type="button"
                        className="button-secondary"
                        disabled={revoke.isPending}
                        aria-label={intl.formatMessage(
                          { id: "invitations.revoke.label" },
                          { email: invitation.email },
                        )}
                        onClick={() =>
                          oneAtATime(() => revoke.mutate({ orgId, invitationId: invitation.id }))
                        }
                      >
                        <FormattedMessage id="invitations.revoke" />
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </CardTable>
    </>
  );
}
