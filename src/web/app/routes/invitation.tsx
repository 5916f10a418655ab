import { FormattedMessage, useIntl } from "react-intl";
import { Link, useNavigate, useParams } from "react-router";
import { useMe } from "../../features/auth/api/get-me";
import { useInvitation } from "../../features/invitations/api/get-invitation";
import { InvitationAnswer } from "../../features/invitations/components/invitation-answer";
import { ClientRecordView } from "../../features/health/components/brief-client-record";
import { CreateOrgForm } from "../../features/orgs/components/create-org-form";
import { useCurrentOrg } from "../../features/orgs/current-org";
import { Loading, QueryError } from "../../shared/components/query-state";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";
import { withNext } from "./next-path";

/** Where an invitation link from an e-mail lands, signed in or not. */
export function InvitationRoute() {
  const intl = useIntl();
  const { token = "" } = useParams();
  const me = useMe();
  const isSignedIn = Boolean(me.data);
  useDocumentTitle(intl.formatMessage({ id: "invitation.title" }));

  return (
    <div className="narrow stack">
      <h1>
        <FormattedMessage id="invitation.title" />
      </h1>
      {isSignedIn ? <SignedInInvitation token={token} /> : <SignedOutInvitation token={token} />}
    </div>
  );
}

function SignedOutInvitation({ token }: { token: string }) {
  const here = `/invitations/${encodeURIComponent(token)}`;
  return (
    <>
      <p>
        <FormattedMessage id="invitation.signedOut.body" />
      </p>
      <div className="button-row">
        <Link to={withNext("/login", here)} className="button-link">
          <FormattedMessage id="invitation.signedOut.login" />
        </Link>
        <Link to={withNext("/signup", here)} className="button-link button-link-secondary">
          <FormattedMessage id="invitation.signedOut.signup" />
        </Link>
      </div>
    </>
  );
}

function SignedInInvitation({ token }: { token: string }) {
  const navigate = useNavigate();
  const invitation = useInvitation(token);
  const { organisations, isLoading, setCurrentOrgId } = useCurrentOrg();

  // Wait for the user's organisations too, or the page would briefly offer to create one.
  if (invitation.isPending || isLoading) return <Loading />;
  if (invitation.isError) return <QueryError error={invitation.error} />;

  const preview = invitation.data;
  const neededKind = preview.org.kind === "client" ? "provider" : "client";
  const eligibleOrgs = organisations.filter((org) => org.kind === neededKind && org.abilities.work);

  return (
    <InvitationAnswer
      token={token}
      preview={preview}
      eligibleOrgs={eligibleOrgs}
      createOrgForm={<CreateOrgForm kind={neededKind} onCreated={() => undefined} />}
      clientRecord={
        preview.clientRecord ? <ClientRecordView record={preview.clientRecord} /> : undefined
      }
      onAccepted={(result) => {
        setCurrentOrgId(result.orgId);
        void navigate(
          result.engagementId
            ? `/engagements/${result.engagementId}`
            : `/orgs/${result.orgId}/members`,
        );
      }}
    />
  );
}
