import { CreateTokenBody } from "../../../contracts/tokens";
import type { TokenScope } from "../../shared/api/types";
import type { FormWords } from "../../shared/forms/issue-message";
import type { TypedText } from "../../shared/forms/typed-text";

/** What the form holds: the days as typed; the organisation is the page's, added on sending. */
export interface CreateTokenValues {
  name: string;
  scopes: TokenScope[];
  expiresInDays: string;
}

/** The contract without the organisation, which nobody types. */
export const CreateTokenForm = CreateTokenBody.omit({ orgId: true });

export const CREATE_TOKEN_WORDS: FormWords = {
  name: { required: "form.token.nameMissing" },
  scopes: { invalid: "form.token.scopesMissing" },
};

/** The body without its organisation: no expiry when the days are left empty. */
export function readCreateToken(values: CreateTokenValues, text: TypedText) {
  const days = values.expiresInDays.trim();
  return {
    name: values.name,
    scopes: values.scopes,
    ...(days ? { expiresInDays: text.number("expiresInDays", days) } : {}),
  };
}
