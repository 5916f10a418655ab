import type { z } from "zod";
import type { MarkReadBody, MarkReadResponse } from "../../../contracts/messages";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { findMessageInThread, insertReadsUpTo, summariseThreads } from "./messages.repository";
import { accessThread } from "./thread-access";

/**
 * The reader has seen the thread up to a message: every message until it gets their receipt,
 * dated now, unless it already had one (the first reading is the one that counts). Saying it
 * twice changes nothing.
 */
export async function markThreadRead(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  input: z.infer<typeof MarkReadBody>,
): Promise<Result<z.infer<typeof MarkReadResponse>>> {
  const access = await accessThread(deps.db, actor, engagementId, input.thread, "markRead");
  if (!access.ok) return access;
  const { thread, side } = access.value;
  const upTo = await findMessageInThread(deps.db, engagementId, thread, input.upTo);
  if (!upTo) {
    return fail("validation_failed", undefined, [
      { path: "upTo", key: "messages.message_unknown" },
    ]);
  }
  const marked = await insertReadsUpTo(deps.db, {
    engagementId,
    thread,
    upTo: { createdAt: upTo.created_at, id: upTo.id },
    reader: { userId: actor.userId, side },
    at: deps.clock.now().toISOString(),
  });
  const [summary] = await summariseThreads(deps.db, engagementId, actor.userId, thread);
  return ok({ marked, unreadCount: Number(summary?.unread_count ?? 0) });
}
