import type { Kysely } from "kysely";
import type { Role } from "../../../contracts/common";
import type { Side } from "../../../domain/engagement/engagement";
import type { Database } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { roleIn } from "../../platform/actor";
import { fail, ok, type Result } from "../../platform/result";
import { sideOf } from "../engagements/engagement.policy";
import { findEngagement, type EngagementWithOrgs } from "../engagements/engagements.repository";
import type { SideDecision } from "../engagements/lock-participant";
import type { Decision } from "../orgs/org.policy";

/**
 * Who does what with money: the provider drafts, issues, voids and credits its invoices;
 * either side records a payment and the other side answers it (which side answers is the
 * payment's own rule). Viewers read everything their side may see and write nothing.
 */
export const BILLING_PERMISSIONS = {
  view: { roles: ["owner", "member", "viewer"], side: "either" },
  invoice: { roles: ["owner", "member"], side: "provider" },
  recordPayment: { roles: ["owner", "member"], side: "either" },
  answerPayment: { roles: ["owner", "member"], side: "either" },
} as const satisfies Record<string, { roles: readonly Role[]; side: Side | "either" }>;

export type BillingAction = keyof typeof BILLING_PERMISSIONS;

/** Outsiders get `not_found`; a participant with the wrong role or side gets `forbidden`. */
export function decideBillingAction(
  actor: Actor,
  engagement: Pick<EngagementWithOrgs, "client_org_id" | "provider_org_id">,
  action: BillingAction,
): SideDecision {
  const participant = sideOf(actor, engagement);
  if (!participant) return { decision: "not_found" };
  const rule = BILLING_PERMISSIONS[action];
  const isRoleAllowed = (rule.roles as readonly Role[]).includes(participant.role);
  const isSideAllowed = rule.side === "either" || rule.side === participant.side;
  return isRoleAllowed && isSideAllowed
    ? { decision: "allowed", side: participant.side }
    : { decision: "forbidden" };
}

/**
 * A draft is the provider's working copy: the client sees an invoice once it has a number
 * (issued, even if later voided), never before.
 */
export function isInvoiceVisibleTo(side: Side, invoice: { number: string | null }): boolean {
  return side === "provider" || invoice.number !== null;
}

/** Organisation-wide money views: everyone in the organisation reads, owners set reminders. */
export const ORG_BILLING_PERMISSIONS = {
  view: ["owner", "member", "viewer"],
  manageReminders: ["owner"],
} as const satisfies Record<string, readonly Role[]>;

export function decideOrgBillingAction(
  actor: Actor,
  orgId: string,
  action: keyof typeof ORG_BILLING_PERMISSIONS,
): Decision {
  const role = roleIn(actor, orgId);
  if (!role) return "not_found";
  return (ORG_BILLING_PERMISSIONS[action] as readonly Role[]).includes(role)
    ? "allowed"
    : "forbidden";
}

/** For reads: the engagement and the actor's side when they may see its money, else why not. */
export async function findBillingViewer(
  db: Kysely<Database>,
  actor: Actor,
  engagementId: string,
): Promise<Result<{ engagement: EngagementWithOrgs; side: Side }>> {
  const engagement = await findEngagement(db, engagementId);
  if (!engagement) return fail("not_found");
  const decided = decideBillingAction(actor, engagement, "view");
  return decided.decision === "allowed"
    ? ok({ engagement, side: decided.side })
    : fail(decided.decision);
}
