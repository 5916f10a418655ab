import { READ, type AccessTableOf } from "../../kernel/access";

/**
 * Who does what in delivery: the provider hands work in, the client judges it. Viewers read
 * everything and write nothing.
 */
export const DELIVERY_ACCESS = {
  view: READ,
  upload: { roles: ["owner", "member"], side: "provider" },
  submit: { roles: ["owner", "member"], side: "provider" },
  evaluate: { roles: ["owner", "member"], side: "client" },
} as const satisfies AccessTableOf<"delivery">;
