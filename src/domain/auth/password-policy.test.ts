import { describe, expect, it } from "vitest";
import { checkPasswordChoice } from "./password-policy";

const common = new Set(["password", "iloveyou", "dragon", "qwertyuiop"]);
const isCommon = (candidate: string) => common.has(candidate);
const ada = { email: "ada.lovelace@example.test", name: "Ada Lovelace" };

describe("choosing a password", () => {
  it("refuses common passwords, also with capitals, spaces or a number added", () => {
    for (const password of ["password", "PassWord", "pass word", "iloveyou2026!", "QWERTYUIOP"]) {
      expect(checkPasswordChoice(password, ada, isCommon), password).toBe("password_common");
    }
  });

  it("refuses passwords made of the account's own e-mail or name", () => {
    for (const password of [
      "ada.lovelace@example.test",
      "Ada Lovelace 1815",
      "lovelace2026!",
      "ADALOVELACE",
    ]) {
      expect(checkPasswordChoice(password, ada, isCommon), password).toBe("password_personal");
    }
  });

  it("accepts a long phrase, even one that mentions a name among other words", () => {
    expect(checkPasswordChoice("correct horse battery", ada, isCommon)).toBeNull();
    expect(checkPasswordChoice("ada rides the night bus home", ada, isCommon)).toBeNull();
    expect(checkPasswordChoice("Lumière d’automne", ada, isCommon)).toBeNull();
  });
});
