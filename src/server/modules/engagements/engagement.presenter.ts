import type { Engagement } from "../../../contracts/engagements";
import { abilitiesOf, sideOf } from "../../kernel/access";
import type { EngagementWithOrgs } from "../../kernel/engagement-rows.repository";
import type { Actor } from "../../platform/actor";
import { AGREEMENT_ACCESS } from "../agreements/agreement.policy";
import { BILLING_ACCESS } from "../billing/billing.policy";
import { DELIVERY_ACCESS } from "../delivery/delivery.policy";
import { MESSAGE_ACCESS } from "../messages/message.policy";
import { ENGAGEMENT_ACCESS } from "../../kernel/engagement-access";
import { DISPUTE_ACCESS } from "../disputes/dispute.policy";
import { EXIT_ACCESS } from "../exits/exit.policy";

/**
 * What the actor may do on the engagement, part by part, read off each part's access table:
 * the web shows or hides actions from this, never from its own reading of roles and sides.
 */
export function engagementAbilities(actor: Actor, row: EngagementWithOrgs) {
  return {
    engagement: abilitiesOf(actor, row, ENGAGEMENT_ACCESS),
    agreement: abilitiesOf(actor, row, AGREEMENT_ACCESS),
    delivery: abilitiesOf(actor, row, DELIVERY_ACCESS),
    billing: abilitiesOf(actor, row, BILLING_ACCESS),
    messages: abilitiesOf(actor, row, MESSAGE_ACCESS),
    disputes: abilitiesOf(actor, row, DISPUTE_ACCESS),
    exit: abilitiesOf(actor, row, EXIT_ACCESS),
  } satisfies Engagement["abilities"];
}

/** An engagement as a participant sees it; callers have checked the actor participates. */
export function presentEngagement(row: EngagementWithOrgs, actor: Actor): Engagement {
  const participant = sideOf(actor, row);
  if (!participant) throw new Error("presenting an engagement to someone outside it");
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
    mySide: participant.side,
    abilities: engagementAbilities(actor, row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
