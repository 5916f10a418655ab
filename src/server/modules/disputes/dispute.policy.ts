import { READ, WRITE, type AccessTableOf } from "../../kernel/access";

/**
 * Who may act in an engagement's disputes: each side's owners and members open, answer, offer
 * and escalate for their side (which side takes which step is the ladder's own rule); viewers
 * read. Only a platform moderator recommends in mediation.
 */
export const DISPUTE_ACCESS = {
  view: READ,
  act: WRITE,
} as const satisfies AccessTableOf<"disputes">;
