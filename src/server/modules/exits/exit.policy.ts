import { READ, WRITE, type AccessTableOf } from "../../kernel/access";

/**
 * Who may act in an engagement's exit: each side's owners and members give notice, tick their
 * side's hand-over items and leave exit feedback; viewers read. Which side ticks which item is
 * the checklist's own rule.
 */
export const EXIT_ACCESS = {
  view: READ,
  act: WRITE,
} as const satisfies AccessTableOf<"exits">;
