import { FormattedMessage } from "react-intl";
import { useNavigate, useParams } from "react-router";
import { useProviderProfile } from "../../features/profiles/api/get-provider-profile";
import { OrgRecognitions } from "../../features/growth/components/org-recognitions";
import { ProfileView } from "../../features/profiles/components/profile-view";
import { ReputationSummary } from "../../features/reviews/components/reputation-summary";
import { Loading, QueryError } from "../../shared/components/query-state";
import { useDocumentTitle } from "../../shared/hooks/use-document-title";

/** A provider's public profile, as clients read it from the ranking. */
export function ProviderRoute() {
  const { orgId = "" } = useParams();
  const navigate = useNavigate();
  const profile = useProviderProfile(orgId);
  useDocumentTitle(profile.data?.org.name);
  if (profile.isPending) return <Loading />;
  if (profile.isError)
    return <QueryError error={profile.error} onRetry={() => void profile.refetch()} />;
  return (
    <div className="stack-lg">
      <button
        type="button"
        className="button-secondary back-button align-start"
        onClick={() => void navigate(-1)}
      >
        <FormattedMessage id="provider.back" />
      </button>
      <h1>{profile.data.org.name}</h1>
      <ReputationSummary orgId={profile.data.org.id} orgName={profile.data.org.name} />
      <ProfileView profile={profile.data} />
      <OrgRecognitions orgId={profile.data.org.id} />
    </div>
  );
}
