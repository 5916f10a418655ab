import { randomUUID } from "node:crypto";
import { chainEvent, type ChainedEvent } from "../src/domain/ledger/ledger";
import type { EngagementRow, InvitationRow } from "../src/server/db/schema";
import { INVITATION_LIFETIME_MS } from "../src/domain/invitation/invitation-lifetime";
import { hashSecret, newSecret } from "../src/server/platform/ids";
import { laterEvents, pick, type Random, words } from "./data-vocabulary";

export const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
/** How far back the generated instance's history goes. */
export const HISTORY_MS = 730 * DAY_MS;

export interface GeneratedOrg {
  id: string;
  name: string;
  kind: "client" | "provider";
  /** Owners and members, who act on engagements; viewers only look. */
  actors: string[];
}

type Status = "active" | "pending" | "declined";

interface Sides {
  client: GeneratedOrg;
  provider: GeneratedOrg;
  initiator: GeneratedOrg;
  counterpart: GeneratedOrg;
}

/**
 * One engagement as the lifecycle would have left it, with its invitation and its chained
 * ledger: most are active, some still pending (visible to the initiator only), some declined.
 */
export function buildEngagement(
  random: Random,
  context: {
    client: GeneratedOrg;
    provider: GeneratedOrg;
    emailOf: (userId: string) => string;
    now: number;
  },
): { engagement: EngagementRow; invitation: InvitationRow; events: ChainedEvent[] } {
  const { client, provider, now } = context;
  const isClientInitiator = random() < 0.6;
  const sides: Sides = isClientInitiator
    ? { client, provider, initiator: client, counterpart: provider }
    : { client, provider, initiator: provider, counterpart: client };
  const roll = random();
  const status: Status = roll < 0.8 ? "active" : roll < 0.9 ? "pending" : "declined";
  const id = randomUUID();
  const createdAt = now - DAY_MS - Math.floor(random() * HISTORY_MS);
  const title = `${pick(random, words.workTitles)} for ${client.name}`;
  const description = pick(random, words.descriptions);
  const proposer = pick(random, sides.initiator.actors);
  const answerer = pick(random, sides.counterpart.actors);
  const invitationId = randomUUID();
  const answeredAt =
    status === "pending"
      ? createdAt
      : Math.min(now, createdAt + HOUR_MS + Math.floor(random() * 7 * DAY_MS));

  const events = buildLedger(random, {
    engagementId: id,
    status,
    sides,
    people: { proposer, answerer },
    proposal: { title, description, invitationId },
    times: { createdAt, answeredAt, now },
  });
  const engagement: EngagementRow = {
    id,
    title,
    description,
    status,
    client_org_id: status === "active" || isClientInitiator ? client.id : null,
    provider_org_id: status === "active" || !isClientInitiator ? provider.id : null,
    initiator_org_id: sides.initiator.id,
    created_at: new Date(createdAt).toISOString(),
    updated_at: new Date(answeredAt).toISOString(),
  };
  const isAnswered = status !== "pending";
  const invitation: InvitationRow = {
    id: invitationId,
    kind: "engagement",
    token_hash: hashSecret(newSecret()),
    email: context.emailOf(answerer),
    org_id: sides.initiator.id,
    role: null,
    engagement_id: id,
    invited_by: proposer,
    status: status === "active" ? "accepted" : isAnswered ? "declined" : "pending",
    created_at: new Date(createdAt).toISOString(),
    expires_at: new Date(createdAt + INVITATION_LIFETIME_MS).toISOString(),
    answered_by: isAnswered ? answerer : null,
    answered_at: isAnswered ? new Date(answeredAt).toISOString() : null,
  };
  return { engagement, invitation, events };
}

/**
 * The events the API would have appended, chained with the real `chainEvent` so that the
 * ledger verifies. Active engagements have three to six events: proposal, acceptance, then
 * events of the stages still to be built.
 */
function buildLedger(
  random: Random,
  input: {
    engagementId: string;
    status: Status;
    sides: Sides;
    people: { proposer: string; answerer: string };
    proposal: { title: string; description: string; invitationId: string };
    times: { createdAt: number; answeredAt: number; now: number };
  },
): ChainedEvent[] {
  const { sides, people, times } = input;
  const chain: ChainedEvent[] = [];
  const append = (
    type: string,
    at: number,
    actor: { userId: string; orgId: string | null },
    payload: Record<string, unknown>,
  ) => {
    const content = {
      engagementId: input.engagementId,
      type,
      actorUserId: actor.userId,
      actorOrgId: actor.orgId,
      occurredAt: new Date(at).toISOString(),
      payload,
    };
    chain.push(chainEvent(chain.at(-1), content, randomUUID()));
  };

  append(
    "engagement.proposed",
    times.createdAt,
    { userId: people.proposer, orgId: sides.initiator.id },
    { ...input.proposal, side: sides.initiator.kind },
  );
  if (input.status === "declined") {
    append("engagement.declined", times.answeredAt, { userId: people.answerer, orgId: null }, {});
  }
  if (input.status !== "active") return chain;

  const { counterpart } = sides;
  append(
    "engagement.accepted",
    times.answeredAt,
    { userId: people.answerer, orgId: counterpart.id },
    { side: counterpart.kind, orgId: counterpart.id, orgName: counterpart.name },
  );
  let at = times.answeredAt;
  for (const later of laterEvents(random, 1 + Math.floor(random() * 4), input.engagementId)) {
    at = Math.min(times.now, at + HOUR_MS + Math.floor(random() * 30 * DAY_MS));
    const acting = later.side === "client" ? sides.client : sides.provider;
    append(
      later.type,
      at,
      { userId: pick(random, acting.actors), orgId: acting.id },
      later.payload,
    );
  }
  return chain;
}
