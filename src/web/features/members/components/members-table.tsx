import { useState } from "react";
import { FormattedDate, FormattedMessage, useIntl } from "react-intl";
import type { Member, Role } from "../../../shared/api/types";
import { FormAlert } from "../../../shared/components/form-alert";
import { Loading, QueryError } from "../../../shared/components/query-state";
import { ROLE_LABELS } from "../../../shared/i18n/labels";
import { useMembers } from "../api/get-members";
import { useRemoveMember } from "../api/remove-member";
import { useUpdateMemberRole } from "../api/update-member-role";
import { useOneAtATime } from "../../../shared/forms/use-one-at-a-time";
import { CardTable } from "../../../shared/components/card-table";

const ROLES: Role[] = ["owner", "member", "viewer"];

/** The organisation's members; owners may change roles and remove people, others only read. */
export function MembersTable({
  orgId,
  currentUserId,
  canManage,
}: {
  orgId: string;
  currentUserId: string;
  canManage: boolean;
}) {
  const oneAtATime = useOneAtATime();
  const members = useMembers(orgId);
  const updateRole = useUpdateMemberRole();
  const removeMember = useRemoveMember();

  if (members.isPending) return <Loading />;
  if (members.isError)
    return <QueryError error={members.error} onRetry={() => void members.refetch()} />;

  return (
    <>
      <FormAlert error={updateRole.error ?? removeMember.error} />
      <CardTable>
        <table>
          <caption className="visually-hidden">
            <FormattedMessage id="members.table.caption" />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="members.column.name" />
              </th>
              <th scope="col">
                <FormattedMessage id="members.column.email" />
              </th>
              <th scope="col">
                <FormattedMessage id="members.column.role" />
              </th>
              <th scope="col">
                <FormattedMessage id="members.column.joined" />
              </th>
              {canManage ? (
                <th scope="col">
                  <FormattedMessage id="members.column.actions" />
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {members.data.members.map((member) => (
              <MemberRow
                key={member.userId}
                member={member}
                isSelf={member.userId === currentUserId}
                canManage={canManage}
                isBusy={updateRole.isPending || removeMember.isPending}
                onChangeRole={(role) => {
                  removeMember.reset();
                  oneAtATime(() => updateRole.mutate({ orgId, userId: member.userId, role }));
                }}
                onRemove={() => {
                  updateRole.reset();
                  oneAtATime(() => removeMember.mutate({ orgId, userId: member.userId }));
                }}
              />
            ))}
          </tbody>
        </table>
      </CardTable>
    </>
  );
}

function MemberRow({
  member,
  isSelf,
  canManage,
  isBusy,
  onChangeRole,
  onRemove,
}: {
  member: Member;
  isSelf: boolean;
  canManage: boolean;
  isBusy: boolean;
  onChangeRole: (role: Role) => void;
  onRemove: () => void;
}) {
  const intl = useIntl();
  const [isConfirming, setIsConfirming] = useState(false);
  const roleSelectId = `role-${member.userId}`;

  return (
    <tr>
      <td>
        {member.name}
        {isSelf ? (
          <span className="muted">
            {" "}
            <FormattedMessage id="members.you" />
          </span>
        ) : null}
      </td>
      <td>{member.email}</td>
      <td>
        {canManage ? (
          <>
            <label htmlFor={roleSelectId} className="visually-hidden">
              <FormattedMessage id="members.role.label" values={{ name: member.name }} />
            </label>
            <select
              id={roleSelectId}
              value={member.role}
              disabled={isBusy}
              onChange={(event) => onChangeRole(event.target.value as Role)}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {intl.formatMessage({ id: ROLE_LABELS[role] })}
                </option>
              ))}
            </select>
          </>
        ) : (
          <FormattedMessage id={ROLE_LABELS[member.role]} />
        )}
      </td>
      <td>
        <FormattedDate value={member.joinedAt} dateStyle="medium" />
      </td>
      {canManage ? (
        <td className="actions">
          {isConfirming ? (
            <>
              <button
                type="button"
                className="button-danger"
                disabled={isBusy}
                onClick={() => {
                  setIsConfirming(false);
                  onRemove();
                }}
              >
                <FormattedMessage id="members.remove.confirm" values={{ name: member.name }} />
              </button>
              <button
                type="button"
                className="button-secondary"
                onClick={() => setIsConfirming(false)}
              >
                <FormattedMessage id="common.cancel" />
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button-secondary"
              aria-label={intl.formatMessage({ id: "members.remove.label" }, { name: member.name })}
              onClick={() => setIsConfirming(true)}
            >
              <FormattedMessage id="members.remove" />
            </button>
          )}
        </td>
      ) : null}
    </tr>
  );
}
