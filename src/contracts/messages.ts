import { z } from "zod";
import { cursorOrBefore, DeprecatedBefore, NextCursor, PageQuery } from "./pagination";
import { Id, Timestamp } from "./common";
import { ScreeningNotice } from "./screening";

const SideSchema = z.enum(["client", "provider"]);

/**
 * A thread of the engagement: `engagement` (its own), `deliverable:<deliverable id>` or
 * `change_request:<change request id>`.
 */
export const ThreadName = z
  .string()
  .regex(/^(engagement|(deliverable|change_request):.{1,64})$/)
  .meta({
    description:
      "`engagement`, `deliverable:<deliverable id>` or `change_request:<change request id>`",
  });

export const MessageParams = z.object({ id: Id });

export const MessageListQuery = z
  .object({
    thread: ThreadName.default("engagement"),
    /** `cursor`: the `nextCursor` of the previous page, to read further back. */
    ...PageQuery.shape,
    before: DeprecatedBefore,
  })
  .transform(cursorOrBefore);

export const PostMessageBody = z.object({
  thread: ThreadName,
  body: z.string().trim().min(1).max(10_000),
  /** The sender saw the screening nudge and sends the text as written. */
  sendAnyway: z.boolean().default(false),
});

export const MarkReadBody = z.object({
  thread: ThreadName,
  /** Every message of the thread up to and including this one is marked read. */
  upTo: Id,
});

const Reader = z.object({
  userId: z.string(),
  name: z.string(),
  side: SideSchema,
  readAt: Timestamp,
});

export const Message = z.object({
  id: z.string(),
  thread: z.string(),
  author: z.object({ userId: z.string(), name: z.string(), side: SideSchema }),
  body: z.string(),
  createdAt: Timestamp,
  isMine: z.boolean(),
  /** When someone of the author's other side first read it; null until then. */
  otherSideReadAt: Timestamp.nullable(),
  /** Who read it (never the author), first reader first. */
  readBy: z.array(Reader),
  /** Whether the caller has read it (always true for their own messages). */
  isReadByMe: z.boolean(),
});

/** A message just posted, with what screening told the sender (null when nothing). */
export const PostedMessage = Message.extend({ screening: ScreeningNotice.nullable() });

export const MessageList = z.object({
  thread: z.string(),
  /** Oldest first: the newest `limit` messages before the cursor. */
  messages: z.array(Message),
  /** Pass as `cursor` to read older messages; null when there are none. */
  nextCursor: NextCursor,
});

export const MarkReadResponse = z.object({
  /** Receipts written by this call (0 when everything was read already). */
  marked: z.number().int(),
  unreadCount: z.number().int(),
});

export const ThreadSummary = z.object({
  thread: z.string(),
  kind: z.enum(["engagement", "deliverable", "change_request"]),
  /** The deliverable's or change request's id; "" for the engagement's own thread. */
  subjectId: z.string(),
  messageCount: z.number().int(),
  lastMessageAt: Timestamp.nullable(),
  unreadCount: z.number().int(),
});
export const ThreadList = z.object({ threads: z.array(ThreadSummary) });

const SideResponsiveness = z.object({
  agreedHours: z.number().nullable(),
  answered: z.number().int(),
  medianHours: z.number().nullable(),
  worstHours: z.number().nullable(),
  withinAgreedShare: z.number().nullable().meta({ description: "0 to 1" }),
  awaiting: z.number().int(),
  overdue: z.number().int(),
});

/** How quickly each side answers the other, against the response times agreed. */
export const Responsiveness = z.object({
  engagementId: z.string(),
  /** The response times of the agreement in force; null when none is in force. */
  agreed: z.object({ clientHours: z.number(), providerHours: z.number() }).nullable(),
  client: SideResponsiveness,
  provider: SideResponsiveness,
  measuredAt: Timestamp,
});
