import type { EngagementAbilities } from "../../../contracts/abilities";
import type {
  Engagement,
  EngagementListItem,
  EngagementSummary,
} from "../../../contracts/engagements";
import { abilitiesOf, sideOf } from "../../kernel/access";
import { ENGAGEMENT_ACCESS } from "../../kernel/engagement-access";
import type { Participants } from "../../kernel/access";
import {
  hasEngagementEnded,
  type EngagementFirstRead,
  type EngagementWithOrgs,
} from "../../kernel/engagement-rows.repository";
import type { EngagementRow } from "../../db/schema";
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
 * `hasEnded`: the exit has ended the engagement, so the actions that end with it
 * (`endsWithExit`) are false. The list, which sends abilities per organisation and does not
 * read exits, leaves it false: its abilities are per side and role (docs/API.md).
 */
export function engagementAbilities(
  actor: Actor,
  row: Participants,
  hasEnded = false,
): EngagementAbilities {
  const participant = sideOf(actor, row);
  if (!participant) return abilitiesOfAll(actor, row, hasEnded);
  // `can` reads only the participant's side and role, and the end only whether there is one,
  // so there are twelve answers in all; each is worked out once (a list page asks for it on
  // every row) and shared, frozen.
  const key = `${participant.side}:${participant.role}:${hasEnded ? "ended" : "going"}`;
  let abilities = ABILITIES_BY_SIDE_ROLE_AND_END.get(key);
  if (!abilities) {
    abilities = markWordless(deepFreeze(abilitiesOfAll(actor, row, hasEnded)));
    ABILITIES_BY_SIDE_ROLE_AND_END.set(key, abilities);
  }
  return abilities;
}

const ABILITIES_BY_SIDE_ROLE_AND_END = new Map<string, EngagementAbilities>();

function abilitiesOfAll(actor: Actor, row: Participants, hasEnded: boolean): EngagementAbilities {
  const t = ENGAGEMENT_ACCESS_TABLES;
  return {
    engagement: abilitiesOf(actor, row, t.engagement, hasEnded),
    agreement: abilitiesOf(actor, row, t.agreement, hasEnded),
    delivery: abilitiesOf(actor, row, t.delivery, hasEnded),
    changeRequests: abilitiesOf(actor, row, t.changeRequests, hasEnded),
    billing: abilitiesOf(actor, row, t.billing, hasEnded),
    messages: abilitiesOf(actor, row, t.messages, hasEnded),
    reviews: abilitiesOf(actor, row, t.reviews, hasEnded),
    health: abilitiesOf(actor, row, t.health, hasEnded),
    disputes: abilitiesOf(actor, row, t.disputes, hasEnded),
    exits: abilitiesOf(actor, row, t.exits, hasEnded),
    growth: abilitiesOf(actor, row, t.growth, hasEnded),
  };
}

function deepFreeze(abilities: EngagementAbilities): EngagementAbilities {
  for (const part of Object.values(abilities)) Object.freeze(part);
  return Object.freeze(abilities);
}

/**
 * An engagement as a participant sees it at `now`; callers have checked the actor participates.
 * Its first read carries its exit's end, so its abilities know whether the exit ended it.
 */
export function presentEngagement(row: EngagementFirstRead, actor: Actor, now: Date): Engagement {
  const participant = sideOf(actor, row);
  if (!participant) throw new Error("presenting an engagement to someone outside it");
  return {
    ...engagementFields(row, row, participant.side),
    abilities: engagementAbilities(actor, row, hasEngagementEnded(row, now)),
  };
}

/** The names of an engagement's organisations, as its row carries them (`SIDE_NAMES`). */
export type SideNames = Pick<
  EngagementWithOrgs,
  "client_name" | "provider_name" | "initiator_name" | "initiator_kind"
>;

/**
 * A row of the engagement list, as the side `mySide` sees it: the engagement with its summary,
 * without its abilities, which the list sends once per organisation (`abilitiesByOrg`). The
 * list puts the sides' names together itself (`names`), from the reader's and the page's.
 */
export function presentEngagementListItem(
  row: EngagementRow,
  names: SideNames,
  mySide: Side,
  summary: EngagementSummary,
): EngagementListItem {
  return { ...engagementFields(row, names, mySide), summary };
}

function engagementFields(
  row: EngagementRow,
  names: SideNames,
  mySide: Side,
): Omit<Engagement, "abilities"> {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    status: row.status,
    client:
      row.client_org_id && names.client_name !== null
        ? { id: row.client_org_id, name: names.client_name, kind: "client" }
        : null,
    provider:
      row.provider_org_id && names.provider_name !== null
        ? { id: row.provider_org_id, name: names.provider_name, kind: "provider" }
        : null,
    initiator: { id: row.initiator_org_id, name: names.initiator_name, kind: names.initiator_kind },
    mySide,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
