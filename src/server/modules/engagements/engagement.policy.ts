import { READ, WRITE, type AccessTable } from "../../kernel/access";

/** Which roles of a participating organisation may do what on an engagement. */
export const ENGAGEMENT_ACCESS = {
  view: READ,
  act: WRITE,
} as const satisfies AccessTable;
