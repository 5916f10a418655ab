import { ExitSection } from "../../features/exits/components/exit-section";
import { useEngagementContext } from "./engagement";

export function EngagementExitRoute() {
  const { engagement } = useEngagementContext();
  return <ExitSection engagement={engagement} />;
}
