import type { Engagement } from "../../../contracts/engagements";
import type { Side } from "../../../domain/engagement/engagement";
import type { EngagementWithOrgs } from "./engagements.repository";

export function presentEngagement(row: EngagementWithOrgs, mySide: Side): Engagement {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    status: row.status,
    client:
      row.client_org_id && row.client_name !== null
        ? { id: row.client_org_id, name: row.client_name, kind: "client" }
        : null,
    provider:
      row.provider_org_id && row.provider_name !== null
        ? { id: row.provider_org_id, name: row.provider_name, kind: "provider" }
        : null,
    initiator: { id: row.initiator_org_id, name: row.initiator_name, kind: row.initiator_kind },
    mySide,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
