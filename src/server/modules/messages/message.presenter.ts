import type { z } from "zod";
import type { Message } from "../../../contracts/messages";
import { otherSide } from "../../../domain/engagement/engagement";
import { formatThreadRef } from "../../../domain/messages/thread";
import type { MessageRow, ReadRow } from "./messages.repository";

/** One message as the reader sees it, with its receipts (`reads` may hold other messages'). */
export function presentMessage(
  row: MessageRow,
  reads: readonly ReadRow[],
  readerId: string,
): z.infer<typeof Message> {
  const own = reads.filter((r) => r.message_id === row.id && r.user_id !== row.author_user_id);
  const otherSideRead = own.find((r) => r.reader_side === otherSide(row.author_side));
  const isMine = row.author_user_id === readerId;
  return {
    id: row.id,
    thread: formatThreadRef({ kind: row.thread_kind, id: row.thread_id }),
    author: { userId: row.author_user_id, name: row.author_name, side: row.author_side },
    body: row.body,
    createdAt: row.created_at,
    isMine,
    otherSideReadAt: otherSideRead?.read_at ?? null,
    readBy: own.map((r) => ({
      userId: r.user_id,
      name: r.name,
      side: r.reader_side,
      readAt: r.read_at,
    })),
    isReadByMe: isMine || own.some((r) => r.user_id === readerId),
  };
}
