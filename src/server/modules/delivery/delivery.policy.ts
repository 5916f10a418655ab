import { READ, WRITE, type AccessTable } from "../../kernel/access";

/**
 * Who does what in delivery and change: the provider hands work in, the client judges it, and
 * either side proposes and answers changes (which side answers which step is the change
 * request's own rule). Viewers read everything and write nothing.
 */
export const DELIVERY_ACCESS = {
  view: READ,
  upload: { roles: ["owner", "member"], side: "provider" },
  submit: { roles: ["owner", "member"], side: "provider" },
  evaluate: { roles: ["owner", "member"], side: "client" },
  proposeChange: WRITE,
  answerChange: WRITE,
} as const satisfies AccessTable;
