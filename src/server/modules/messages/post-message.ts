import type { z } from "zod";
import type { PostedMessage, PostMessageBody } from "../../../contracts/messages";
import { lockEngagementRow } from "../../db/locking";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { runInTransaction } from "../../platform/transaction";
import type { Unworded } from "../../platform/wording";
import { appendEvent } from "../ledger/append-event";
import { recordFinding } from "../screening/record-finding";
import { nudgeOutcomeOf, screenBeforeSend } from "../screening/screen-before-send";
import { presentMessage } from "./message.presenter";
import { findEngagementToPost, insertMessageSettlingNudges } from "./messages.repository";
import { threadAccessTo } from "./thread-access";

/**
 * An owner or member writes in one of the engagement's threads. The ledger records that a
 * message was posted, where and by whom, but not its text: the record proves the conversation
 * happened without copying it into every export. Notifications, e-mails and webhooks follow
 * from the event, in the same transaction. Every message is screened first: one that reads as
 * a threat gets the nudge unless sent anyway; what is sent is recorded or sent to moderation.
 */
export async function postMessage(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  input: z.infer<typeof PostMessageBody>,
): Promise<Result<Unworded<z.infer<typeof PostedMessage>, "policy">>> {
  const checked = await threadAccessTo(
    deps.db,
    actor,
    await findEngagementToPost(deps.db, engagementId),
    input.thread,
    "post",
  );
  if (!checked.ok) return checked;
  const { engagement } = checked.value;
  const isClient = checked.value.side === "client";
  const recipientOrgId = isClient ? engagement.provider_org_id : engagement.client_org_id;
  const attempt = {
    engagementId,
    surface: "message" as const,
    text: input.body,
    context: {
      // Whether the sender's organisation was reviewed by the recipient's (`wasReviewedBy`).
      followsReviewOfSender:
        recipientOrgId !== null &&
        (isClient ? engagement.isClientReviewedByProvider : engagement.isProviderReviewedByClient),
    },
    sendAnyway: input.sendAnyway,
  };
  const screened = await screenBeforeSend(deps, actor, attempt);
  if (!screened.ok) return screened;
  const { side, orgId, thread } = checked.value;
  return runInTransaction(deps.db, async (trx) => {
    // Access was decided above for the actor this request resolved, and neither the sides nor
    // the thread change once an engagement runs: only its status may have moved meanwhile. The
    // engagement is locked here, before the message is written, and its row read with the lock
    // serves the event's append and notifications.
    const locked = await lockEngagementRow(trx, deps.dialect, engagementId);
    if (locked?.status !== "active") return fail("engagement_not_active");
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
    // The sender's pending nudge on messages, if any, ends with this post.
    await insertMessageSettlingNudges(trx, deps.dialect, row, {
      outcome: nudgeOutcomeOf(screened.value),
      at: row.created_at,
    });
    await appendEvent(
      trx,
      deps,
      {
        engagementId,
        type: "message.posted",
        actorUserId: actor.userId,
        actorOrgId: orgId,
        payload: { messageId: row.id, threadKind: thread.kind, threadId: thread.id },
      },
      locked,
      // Its e-mail quotes the message's start, not read back.
      { messageBodies: new Map([[row.id, row.body]]) },
    );
    const notice = recipientOrgId
      ? await recordFinding(
          trx,
          deps,
          {
            engagementId,
            surface: "message",
            subjectId: row.id,
            actorUserId: actor.userId,
            senderOrgId: orgId,
            recipientOrgId,
          },
          screened.value,
        )
      : null;
    const message = presentMessage({ ...row, author_name: actor.name }, [], actor.userId);
    return ok({ ...message, screening: notice });
  });
}
