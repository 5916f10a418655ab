import { FormattedMessage, useIntl } from "react-intl";
import { Link } from "react-router";
import { useCurrentOrg } from "../../features/orgs/current-org";
import { useProviderProfile } from "../../features/profiles/api/get-provider-profile";
import { ProfileFormView } from "../../features/profiles/components/profile-form";
import { ProfileView } from "../../features/profiles/components/profile-view";
import { TrackRecordSummary } from "../../features/profiles/components/track-record";
import { Loading, QueryError } from "../../shared/components/query-state";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";
import { NoOrganisation } from "./no-organisation";

/** The current provider organisation describes itself; its track record is computed. */
export function ProfileRoute() {
  const intl = useIntl();
  const { currentOrg, isLoading } = useCurrentOrg();
  useDocumentTitle(intl.formatMessage({ id: "profile.title" }));
  if (isLoading) return <Loading />;
  if (!currentOrg) return <NoOrganisation />;
  return (
    <div className="stack-lg">
      <div className="stack-sm">
        <h1>
          <FormattedMessage id="profile.title" />
        </h1>
        <p className="muted">
          <FormattedMessage id="profile.intro" values={{ org: currentOrg.name }} />
        </p>
      </div>
      {currentOrg.kind !== "provider" ? (
        <p className="alert alert-info">
          <FormattedMessage id="profile.providersOnly" />
        </p>
      ) : (
        <OwnProfile key={currentOrg.id} orgId={currentOrg.id} canEdit={currentOrg.abilities.work} />
      )}
    </div>
  );
}

function OwnProfile({ orgId, canEdit }: { orgId: string; canEdit: boolean }) {
  const profile = useProviderProfile(orgId);
  if (profile.isPending) return <Loading />;
  if (profile.isError)
    return <QueryError error={profile.error} onRetry={() => void profile.refetch()} />;
  if (!canEdit) return <ProfileView profile={profile.data} />;
  return (
    <>
      <Link to={`/providers/${orgId}`} className="align-start">
        <FormattedMessage id="profile.preview" />
      </Link>
      <section className="card stack" aria-labelledby="profile-form-title">
        <h2 id="profile-form-title">
          <FormattedMessage id="profile.form.title" />
        </h2>
        <ProfileFormView profile={profile.data} />
      </section>
      <TrackRecordSummary record={profile.data.trackRecord} />
    </>
  );
}
