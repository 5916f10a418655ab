import { describe, expect, it } from "vitest";
import { checkForm } from "../../shared/forms/use-contract-form";
import {
  CREATE_TOKEN_WORDS,
  CreateTokenForm,
  readCreateToken,
  type CreateTokenValues,
} from "./create-token-form-state";

const check = (values: CreateTokenValues) =>
  checkForm(CreateTokenForm, values, { words: CREATE_TOKEN_WORDS, read: readCreateToken }, "en");

describe("the API token form, checked with the server's contract", () => {
  it("asks for a name and a permission, and names a lifetime past the limit", async () => {
    const checked = await check({ name: "", scopes: [], expiresInDays: "800" });
    expect(checked.data).toBeNull();
    expect(checked.problems).toEqual([
      { path: "name", message: { key: "form.token.nameMissing" } },
      { path: "scopes", message: { key: "form.token.scopesMissing" } },
      { path: "expiresInDays", message: { key: "validation.too_big", values: { maximum: 730 } } },
    ]);
  });

  it("sends no expiry when the days are left empty", async () => {
    const values = { name: "CI", scopes: ["engagements:read" as const], expiresInDays: " " };
    expect((await check(values)).data).toEqual({ name: "CI", scopes: ["engagements:read"] });
    expect((await check({ ...values, expiresInDays: "90" })).data?.expiresInDays).toBe(90);
  });
});
