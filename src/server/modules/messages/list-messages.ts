import type { z } from "zod";
import type { MessageList, MessageListQuery } from "../../../contracts/messages";
import { formatThreadRef } from "../../../domain/messages/thread";
import type { Actor } from "../../platform/actor";
import { decodeCursor, encodeCursor } from "../../platform/cursor";
import type { AppDeps } from "../../platform/deps";
import { fail, ok, type Result } from "../../platform/result";
import { presentMessage } from "./message.presenter";
import { listReads, listThreadMessages } from "./messages.repository";
import { accessThread } from "./thread-access";

/**
 * A page of one thread, oldest first, with read receipts: the newest messages first, and
 * older ones through the cursor. Reading the page marks nothing read; the reader says so.
 */
export async function listMessages(
  deps: AppDeps,
  actor: Actor,
  engagementId: string,
  query: z.infer<typeof MessageListQuery>,
): Promise<Result<z.infer<typeof MessageList>>> {
  const access = await accessThread(deps.db, actor, engagementId, query.thread, "read");
  if (!access.ok) return access;
  const before = query.before === undefined ? undefined : decodeCursor(query.before);
  if (before === undefined && query.before !== undefined) {
    return fail("validation_failed", undefined, [{ path: "cursor", key: "validation.invalid" }]);
  }
  const { thread } = access.value;
  const rows = await listThreadMessages(deps.db, {
    engagementId,
    thread,
    ...(before && { before }),
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit).reverse();
  const reads = await listReads(
    deps.db,
    page.map((row) => row.id),
  );
  const oldest = page[0];
  return ok({
    thread: formatThreadRef(thread),
    messages: page.map((row) => presentMessage(row, reads, actor.userId)),
    nextCursor:
      rows.length > query.limit && oldest
        ? encodeCursor({ createdAt: oldest.created_at, id: oldest.id })
        : null,
  });
}
