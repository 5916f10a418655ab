import type { z } from "zod";
import type { ThreadList } from "../../../contracts/messages";
import { formatThreadRef } from "../../../domain/messages/thread";
import type { Actor } from "../../platform/actor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
import { summariseThreads } from "./messages.repository";
import { accessThread } from "./thread-access";

/**
 * The engagement's threads for the reader, most recently active first; the engagement's own
 * thread is always there, even before anyone wrote in it.
 */
export async function listThreads(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
): Promise<Result<z.infer<typeof ThreadList>>> {
  const access = await accessThread(deps.db, actor, engagementId, "engagement", "read");
  if (!access.ok) return access;
  const rows = await summariseThreads(deps.db, engagementId, actor.userId);
  const threads: z.infer<typeof ThreadList>["threads"] = rows.map((row) => ({
    thread: formatThreadRef({ kind: row.thread_kind, id: row.thread_id }),
    kind: row.thread_kind,
    subjectId: row.thread_id,
    messageCount: Number(row.message_count),
    lastMessageAt: row.last_message_at,
    unreadCount: Number(row.unread_count ?? 0),
  }));
  if (!threads.some((t) => t.kind === "engagement")) {
    threads.push({
      thread: "engagement",
      kind: "engagement",
      subjectId: "",
      messageCount: 0,
      lastMessageAt: null,
      unreadCount: 0,
    });
  }
  return ok({ threads });
}
