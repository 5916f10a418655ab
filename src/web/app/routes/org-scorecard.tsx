import { useParams } from "react-router";
import { OrgRecognitions } from "../../features/growth/components/org-recognitions";
import { OrgScorecard } from "../../features/health/components/org-scorecard";

export function OrgScorecardRoute() {
  const { orgId = "" } = useParams();
  return (
    <div className="stack-lg">
      <OrgScorecard orgId={orgId} />
      <OrgRecognitions orgId={orgId} />
    </div>
  );
}
