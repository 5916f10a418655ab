import { DisputesSection } from "../../features/disputes/components/disputes-section";
import { useEngagementContext } from "./engagement";

export function EngagementDisputesRoute() {
  const { engagement } = useEngagementContext();
  return <DisputesSection engagement={engagement} />;
}
