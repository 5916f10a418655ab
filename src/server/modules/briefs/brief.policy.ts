import type { Role } from "../../../contracts/common";
import { belongsToKind, type Actor } from "../../platform/actor";
import type { Decision } from "../../kernel/access";

/**
 * Who may do what with a brief. The client organisation sees its briefs in every state and its
 * owners and members write them; provider organisations see a brief once it is published, and
 * one that sent it a proposal still reads it once closed: the brief its proposal (and, when
 * accepted, its engagement) answers.
 */
export const BRIEF_PERMISSIONS = {
  view: ["owner", "member", "viewer"],
  write: ["owner", "member"],
} as const satisfies Record<string, readonly Role[]>;

export function decideBriefAction(
  actor: Actor,
  brief: { org_id: string; status: "draft" | "published" | "closed" },
  action: keyof typeof BRIEF_PERMISSIONS,
  /** The provider organisations that sent the brief a proposal, when the caller looked them up. */
  answeringOrgIds: readonly string[] = [],
): Decision {
  const clientRole = actor.memberships.get(brief.org_id);
  if (clientRole) {
    return (BRIEF_PERMISSIONS[action] as readonly Role[]).includes(clientRole)
      ? "allowed"
      : "forbidden";
  }
  if (action === "view" && brief.status === "published" && belongsToKind(actor, "provider"))
    return "allowed";
  if (action === "view" && answeringOrgIds.some((id) => actor.orgKinds.get(id) === "provider"))
    return "allowed";
  return "not_found";
}
