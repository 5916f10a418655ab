import type { z } from "zod";
import type { Message, PostMessageBody } from "../../../contracts/messages";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import { appendEvent } from "../ledger/append-event";
import { presentMessage } from "./message.presenter";
import { insertMessage } from "./messages.repository";
import { accessThread } from "./thread-access";

/**
 * An owner or member writes in one of the engagement's threads. The ledger records that a
 * message was posted, where and by whom, but not its text: the record proves the conversation
 * happened without copying it into every export. Notifications, e-mails and webhooks follow
 * from the event, in the same transaction.
 */
export function postMessage(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  input: z.infer<typeof PostMessageBody>,
): Promise<Result<z.infer<typeof Message>>> {
  return runInTransaction(deps.db, async (trx) => {
    const access = await accessThread(trx, actor, engagementId, input.thread, "post");
    if (!access.ok) return access;
    const { engagement, side, orgId, thread } = access.value;
    if (engagement.status !== "active") return fail("engagement_not_active");
    const row = {
      id: deps.ids.newId(),
      engagement_id: engagementId,
      thread_kind: thread.kind,
      thread_id: thread.id,
      author_user_id: actor.userId,
      author_org_id: orgId,
      author_side: side,
      body: input.body,
      created_at: deps.clock.now().toISOString(),
    };
    await insertMessage(trx, row);
    await appendEvent(trx, deps, {
      engagementId,
      type: "message.posted",
      actorUserId: actor.userId,
      actorOrgId: orgId,
      payload: { messageId: row.id, threadKind: thread.kind, threadId: thread.id },
    });
    return ok(presentMessage({ ...row, author_name: actor.name }, [], actor.userId));
  });
}
