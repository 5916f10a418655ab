import { AgreementSection } from "../../features/agreements/components/agreement-section";
import { useEngagementContext } from "./engagement";

export function EngagementAgreementRoute() {
  const { engagement } = useEngagementContext();
  return <AgreementSection engagement={engagement} />;
}
