import { READ, WRITE, type AccessTableOf } from "../../kernel/access";

/**
 * Which roles of either participating organisation may do what with the engagement's
 * messages. Viewers follow the conversation, and their reading counts as their side having
 * read; only owners and members speak for their side.
 */
export const MESSAGE_ACCESS = {
  read: READ,
  markRead: READ,
  post: WRITE,
} as const satisfies AccessTableOf<"messages">;

export type MessageAction = keyof typeof MESSAGE_ACCESS;
