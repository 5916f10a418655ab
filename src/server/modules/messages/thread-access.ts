import type { Kysely } from "kysely";
import type { Side } from "../../../domain/engagement/engagement";
import { parseThreadRef, type ThreadRef } from "../../../domain/messages/thread";
import type { Database } from "../../db/schema";
import type { Actor } from "../../platform/actor";
import { fail, ok, type Result } from "../../platform/result";
import { findEngagement, type EngagementWithOrgs } from "../../kernel/engagement-rows.repository";
import { can } from "../../kernel/access";
import { MESSAGE_ACCESS, type MessageAction } from "./message.policy";
import { threadSubjectExists } from "./messages.repository";

export interface ThreadAccess<E extends EngagementWithOrgs = EngagementWithOrgs> {
  engagement: E;
  side: Side;
  /** The organisation the actor acts for: their side's. */
  orgId: string;
  thread: ThreadRef;
}

/**
 * Checks the actor may take the action on the engagement's messages, then that the thread
 * names something of this engagement. Outsiders learn nothing: `not_found` before any check
 * of the thread.
 */
export async function accessThread(
  db: Kysely<Database>,
  actor: Actor,
  engagementId: string,
  threadName: string,
  action: MessageAction,
): Promise<Result<ThreadAccess>> {
  return threadAccessTo(db, actor, await findEngagement(db, engagementId), threadName, action);
}

/** `accessThread` on the engagement's row, read already (undefined: there is none). */
export async function threadAccessTo<E extends EngagementWithOrgs>(
  db: Kysely<Database>,
  actor: Actor,
  engagement: E | undefined,
  threadName: string,
  action: MessageAction,
): Promise<Result<ThreadAccess<E>>> {
  if (!engagement) return fail("not_found");
  const decided = can(actor, engagement, MESSAGE_ACCESS[action]);
  if (decided.decision !== "allowed") return fail(decided.decision);
  const thread = parseThreadRef(threadName);
  if (!thread || !(await threadSubjectExists(db, engagement.id, thread))) {
    return fail("validation_failed", undefined, [
      { path: "thread", key: "messages.thread_unknown" },
    ]);
  }
  return ok({ engagement, side: decided.side, orgId: decided.orgId, thread });
}
