import { READ, WRITE, type AccessTable } from "../../kernel/access";

/**
 * Who does what with changes: anyone on the engagement reads them, and either side's owners and
 * members propose and answer (which side answers which step is the change request's own rule).
 */
export const CHANGE_REQUEST_ACCESS = {
  view: READ,
  propose: WRITE,
  answer: WRITE,
} as const satisfies AccessTable;
