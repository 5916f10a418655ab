import type { Role } from "../../../contracts/common";
import type { Side } from "../../../domain/engagement/engagement";
import type { Actor } from "../../platform/actor";
import { sideOf } from "../engagements/engagement.policy";
import type { Decision } from "../orgs/org.policy";

/**
 * Which roles of either participating organisation may do what with the engagement's
 * messages. Viewers follow the conversation, and their reading counts as their side having
 * read; only owners and members speak for their side.
 */
export const MESSAGE_PERMISSIONS = {
  read: ["owner", "member", "viewer"],
  markRead: ["owner", "member", "viewer"],
  post: ["owner", "member"],
} as const satisfies Record<string, readonly Role[]>;

export type MessageAction = keyof typeof MESSAGE_PERMISSIONS;

interface Participants {
  client_org_id: string | null;
  provider_org_id: string | null;
}

/** Decides an action on the messages, with the side and organisation the actor acts for. */
export function decideMessageAction(
  actor: Actor,
  engagement: Participants,
  action: MessageAction,
): { decision: "allowed"; side: Side; orgId: string } | { decision: Exclude<Decision, "allowed"> } {
  const participant = sideOf(actor, engagement);
  const orgId =
    participant?.side === "client" ? engagement.client_org_id : engagement.provider_org_id;
  if (!participant || !orgId) return { decision: "not_found" };
  return (MESSAGE_PERMISSIONS[action] as readonly Role[]).includes(participant.role)
    ? { decision: "allowed", side: participant.side, orgId }
    : { decision: "forbidden" };
}
