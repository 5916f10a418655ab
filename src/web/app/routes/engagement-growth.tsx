import { GrowthSection } from "../../features/growth/components/growth-section";
import { useEngagementContext } from "./engagement";

export function EngagementGrowthRoute() {
  const { engagement } = useEngagementContext();
  return <GrowthSection engagement={engagement} />;
}
