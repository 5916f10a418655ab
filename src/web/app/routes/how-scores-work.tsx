import { HowScoresWork } from "../../features/health/components/how-scores-work";

export function HowScoresWorkRoute() {
  return <HowScoresWork />;
}
