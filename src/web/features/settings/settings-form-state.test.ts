import { describe, expect, it } from "vitest";
import { UpdateMeBody } from "../../../contracts/auth";
import { UpdateNotificationPreferencesBody } from "../../../contracts/notifications";
import { NOTIFIED_EVENT_TYPES } from "../../../domain/notifications/notification-types";
import { checkForm } from "../../shared/forms/use-contract-form";
import { readEmailPreferences, SETTINGS_WORDS } from "./settings-form-state";

describe("the person's settings, checked with the server's contract", () => {
  it("asks for a name, and passes a name with a language", async () => {
    const words = { words: SETTINGS_WORDS };
    expect(
      (await checkForm(UpdateMeBody, { name: " ", locale: "de" }, words, "en")).problems,
    ).toEqual([{ path: "name", message: { key: "form.settings.nameMissing" } }]);
    expect(
      (await checkForm(UpdateMeBody, { name: "Ada ", locale: "de" }, words, "en")).data,
    ).toEqual({
      name: "Ada",
      locale: "de",
    });
  });

  it("sends every e-mail switch, off for each type left unticked", async () => {
    const [first, ...others] = NOTIFIED_EVENT_TYPES;
    const checked = await checkForm(
      UpdateNotificationPreferencesBody,
      { emailTypes: others },
      { read: readEmailPreferences },
      "en",
    );
    expect(checked.problems).toEqual([]);
    expect(checked.data).toEqual({
      ...Object.fromEntries(others.map((type) => [type, true])),
      [first ?? ""]: false,
    });
  });
});
