import type { z } from "zod";
import type { MessageList, MessageListQuery } from "../../../contracts/messages";
import { formatThreadRef } from "../../../domain/messages/thread";
import type { Actor } from "../../platform/actor";
import { cursorFromQuery, keysetPage } from "../../platform/cursor";
import type { AppDeps } from "../../platform/deps";
import { ok, type Result } from "../../platform/result";
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
  const before = cursorFromQuery(query.before);
  if (!before.ok) return before;
  const { thread } = access.value;
  const rows = await listThreadMessages(deps.db, {
    engagementId,
    thread,
    ...(before.value && { before: before.value }),
    limit: query.limit + 1,
  });
  // Read newest first, so the cursor is the page's oldest message; shown oldest first.
  const page = keysetPage(rows, query.limit, (row) => ({ key: row.created_at, id: row.id }));
  const messages = page.items.reverse();
  const reads = await listReads(
    deps.db,
    messages.map((row) => row.id),
  );
  return ok({
    thread: formatThreadRef(thread),
    messages: messages.map((row) => presentMessage(row, reads, actor.userId)),
    nextCursor: page.nextCursor,
  });
}
