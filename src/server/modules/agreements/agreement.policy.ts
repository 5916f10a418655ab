import { READ, WRITE, type AccessTableOf } from "../../kernel/access";

/**
 * Which roles of either participating organisation may do what with the engagement's
 * agreement. Signing binds the organisation, so only its owners sign, and each for its own side.
 */
export const AGREEMENT_ACCESS = {
  view: READ,
  editDraft: WRITE,
  openAmendment: { ...WRITE, endsWithExit: true },
  sign: { roles: ["owner"], side: "either" },
} as const satisfies AccessTableOf<"agreement">;

export type AgreementAction = keyof typeof AGREEMENT_ACCESS;
