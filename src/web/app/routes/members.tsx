import { FormattedMessage, useIntl } from "react-intl";
import { useParams } from "react-router";
import { useMe } from "../../features/auth/api/get-me";
import { InviteMemberForm } from "../../features/invitations/components/invite-member-form";
import { OrgInvitationsTable } from "../../features/invitations/components/org-invitations-table";
import { MembersTable } from "../../features/members/components/members-table";
import { useOrg } from "../../features/orgs/api/get-org";
import { useActForOrg } from "../../features/orgs/current-org";
import { Loading, QueryError } from "../../shared/components/query-state";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";
import { ORG_KIND_LABELS, ROLE_LABELS } from "../../shared/i18n/labels";

export function MembersRoute() {
  const intl = useIntl();
  const { orgId = "" } = useParams();
  const me = useMe();
  const org = useOrg(orgId);
  useActForOrg(orgId);
  useDocumentTitle(
    org.data ? intl.formatMessage({ id: "members.title" }, { org: org.data.name }) : null,
  );

  if (org.isPending) return <Loading />;
  if (org.isError) return <QueryError error={org.error} onRetry={() => void org.refetch()} />;

  const canManage = org.data.abilities.manageMembers;
  return (
    <div className="stack-lg">
      <div>
        <h1>
          <FormattedMessage id="members.title" values={{ org: org.data.name }} />
        </h1>
        <p className="muted">
          <FormattedMessage
            id="members.subtitle"
            values={{
              kind: intl.formatMessage({ id: ORG_KIND_LABELS[org.data.kind] }),
              role: intl.formatMessage({ id: ROLE_LABELS[org.data.myRole] }),
            }}
          />
        </p>
      </div>
      {canManage ? null : (
        <p className="alert alert-info">
          <FormattedMessage id="members.readOnly" />
        </p>
      )}
      <section aria-labelledby="members-title" className="stack">
        <h2 id="members-title">
          <FormattedMessage id="members.list.title" />
        </h2>
        <MembersTable orgId={orgId} currentUserId={me.data?.user.id ?? ""} canManage={canManage} />
      </section>
      {canManage ? (
        <>
          <section aria-labelledby="invite-title" className="card stack">
            <h2 id="invite-title">
              <FormattedMessage id="invitations.invite.title" />
            </h2>
            <InviteMemberForm orgId={orgId} />
          </section>
          {/* Only owners see who was invited: the server keeps the list to them. */}
          <section aria-labelledby="invitations-title" className="stack">
            <h2 id="invitations-title">
              <FormattedMessage id="invitations.title" />
            </h2>
            <OrgInvitationsTable orgId={orgId} canManage={canManage} />
          </section>
        </>
      ) : null}
    </div>
  );
}
