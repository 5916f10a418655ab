import { READ, WRITE, type AccessTableOf } from "./access";

/** Which roles of a participating organisation may do what on an engagement. */
export const ENGAGEMENT_ACCESS = {
  view: READ,
  act: WRITE,
} as const satisfies AccessTableOf<"engagement">;
