import { DeliverySection } from "../../features/delivery/components/delivery-section";
import { useEngagementContext } from "./engagement";

export function EngagementDeliveryRoute() {
  const { engagement } = useEngagementContext();
  return <DeliverySection engagement={engagement} />;
}
