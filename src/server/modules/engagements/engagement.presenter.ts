import type { EngagementAbilities } from "../../../contracts/abilities";
import type {
  Engagement,
  EngagementListItem,
  EngagementSummary,
} from "../../../contracts/engagements";
import { abilitiesOf, sideOf } from "../../kernel/access";
import { ENGAGEMENT_ACCESS } from "../../kernel/engagement-access";
import type { EngagementWithOrgs } from "../../kernel/engagement-rows.repository";
import type { Side } from "../../../domain/engagement/engagement";
import type { Actor } from "../../platform/actor";
import { markWordless } from "../../platform/wording";
import { AGREEMENT_ACCESS } from "../agreements/agreement.policy";
import { BILLING_ACCESS } from "../billing/billing.policy";
import { CHANGE_REQUEST_ACCESS } from "../change-requests/change-request.policy";
import { DELIVERY_ACCESS } from "../delivery/delivery.policy";
import { DISPUTE_ACCESS } from "../disputes/dispute.policy";
import { EXIT_ACCESS } from "../exits/exit.policy";
import { GROWTH_ACCESS } from "../growth/growth.policy";
import { MESSAGE_ACCESS } from "../messages/message.policy";
import { HEALTH_ACCESS } from "../relationship-health/health.policy";
import { REVIEW_ACCESS } from "../reviews/review.policy";

/** Every part's access table, by the name the engagement's `abilities` gives the part. */
export const ENGAGEMENT_ACCESS_TABLES = {
  engagement: ENGAGEMENT_ACCESS,
  agreement: AGREEMENT_ACCESS,
  delivery: DELIVERY_ACCESS,
  changeRequests: CHANGE_REQUEST_ACCESS,
  billing: BILLING_ACCESS,
  messages: MESSAGE_ACCESS,
  reviews: REVIEW_ACCESS,
  health: HEALTH_ACCESS,
  disputes: DISPUTE_ACCESS,
  exits: EXIT_ACCESS,
  growth: GROWTH_ACCESS,
} as const;

/**
 * What the actor may do on the engagement, part by part, read off each part's access table:
 * the web shows or hides actions from this, never from its own reading of roles and sides.
 */
export function engagementAbilities(actor: Actor, row: EngagementWithOrgs): EngagementAbilities {
  const participant = sideOf(actor, row);
  if (!participant) return abilitiesOfAll(actor, row);
  // `can` reads only the participant's side and role, so there are six answers in all; each
  // is worked out once (a list page asks for it on every row) and shared, frozen.
  const key = `${participant.side}:${participant.role}`;
  let abilities = ABILITIES_BY_SIDE_AND_ROLE.get(key);
  if (!abilities) {
    abilities = markWordless(deepFreeze(abilitiesOfAll(actor, row)));
    ABILITIES_BY_SIDE_AND_ROLE.set(key, abilities);
  }
  return abilities;
}

const ABILITIES_BY_SIDE_AND_ROLE = new Map<string, EngagementAbilities>();

function abilitiesOfAll(actor: Actor, row: EngagementWithOrgs): EngagementAbilities {
  const t = ENGAGEMENT_ACCESS_TABLES;
  return {
    engagement: abilitiesOf(actor, row, t.engagement),
    agreement: abilitiesOf(actor, row, t.agreement),
    delivery: abilitiesOf(actor, row, t.delivery),
    changeRequests: abilitiesOf(actor, row, t.changeRequests),
    billing: abilitiesOf(actor, row, t.billing),
    messages: abilitiesOf(actor, row, t.messages),
    reviews: abilitiesOf(actor, row, t.reviews),
    health: abilitiesOf(actor, row, t.health),
    disputes: abilitiesOf(actor, row, t.disputes),
    exits: abilitiesOf(actor, row, t.exits),
    growth: abilitiesOf(actor, row, t.growth),
  };
}

function deepFreeze(abilities: EngagementAbilities): EngagementAbilities {
  for (const part of Object.values(abilities)) Object.freeze(part);
  return Object.freeze(abilities);
}

/** An engagement as a participant sees it; callers have checked the actor participates. */
export function presentEngagement(row: EngagementWithOrgs, actor: Actor): Engagement {
  const participant = sideOf(actor, row);
  if (!participant) throw new Error("presenting an engagement to someone outside it");
  return { ...engagementFields(row, participant.side), abilities: engagementAbilities(actor, row) };
}

/**
 * A row of the engagement list, as the side `mySide` sees it: the engagement with its summary,
 * without its abilities, which the list sends once per organisation (`abilitiesByOrg`).
 */
export function presentEngagementListItem(
  row: EngagementWithOrgs,
  mySide: Side,
  summary: EngagementSummary,
): EngagementListItem {
  return { ...engagementFields(row, mySide), summary };
}

function engagementFields(row: EngagementWithOrgs, mySide: Side): Omit<Engagement, "abilities"> {
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
