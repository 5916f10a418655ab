import type { z } from "zod";
import type { EngagementListQuery } from "../../../contracts/engagements";
import type { Actor } from "../../platform/actor";

type Query = z.infer<typeof EngagementListQuery>;

/**
 * What a kept engagement list reply is keyed by, or undefined where the reply is not kept.
 * Kept: the first page in the newest-first order, of any size, status and organisation, without
 * words. A search's words are seldom asked twice; the deadline order and `waitingOn` read
 * tables the list versions do not watch (submissions, invoices, payments, drafts, changes);
 * later pages are rarely read again.
 *
 * The reply depends on: the rows of the listed organisations' engagements, their summary facts,
 * exits and counterparts' names (all bump the organisations' list versions, migration 0029);
 * the reader's memberships, roles, own organisations' names and kinds (the sides, the abilities
 * and the names it shows; read with the session, so in the key); and the clock only through
 * today's date (UTC): what is overdue and whether an exit's date has come.
 */
export function listReplyKey(actor: Actor, query: Query, today: string): string | undefined {
  if (query.sort !== "newest" || query.cursor || query.q || query.waitingOn) return undefined;
  const versions = actor.orgListVersions;
  if (!versions) return undefined;
  const readers: string[] = [];
  for (const [orgId, role] of actor.memberships) {
    const version = versions.get(orgId);
    if (version === undefined) return undefined;
    readers.push(
      orgId,
      role,
      version,
      actor.orgKinds.get(orgId) ?? "",
      actor.orgNames.get(orgId) ?? "",
    );
  }
  return JSON.stringify([today, query.orgId ?? "", query.status ?? "", query.limit, readers]);
}
