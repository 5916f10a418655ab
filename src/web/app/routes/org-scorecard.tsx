import { useParams } from "react-router";
import { OrgScorecard } from "../../features/health/components/org-scorecard";

export function OrgScorecardRoute() {
  const { orgId = "" } = useParams();
  return <OrgScorecard orgId={orgId} />;
}
