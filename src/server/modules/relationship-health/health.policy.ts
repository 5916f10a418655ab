import { READ, WRITE, type AccessTableOf } from "../../kernel/access";

/**
 * Who may do what with an engagement's health: everyone on it reads the same scores; each
 * side's owners and members answer its check-ins (viewers do not speak for their side).
 */
export const HEALTH_ACCESS = {
  view: READ,
  answerCheckIn: WRITE,
} as const satisfies AccessTableOf<"health">;
