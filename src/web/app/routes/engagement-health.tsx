import { HealthSection } from "../../features/health/components/health-section";
import { useEngagementContext } from "./engagement";

export function EngagementHealthRoute() {
  const { engagement } = useEngagementContext();
  return <HealthSection engagement={engagement} />;
}
