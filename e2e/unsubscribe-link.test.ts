import { describe, expect, test } from "vitest";
import { translate } from "../src/i18n/translate";
import { PASSWORD, signUp, useJourney } from "./support/harness";

/**
 * A mail client without one-click unsubscribe opens the mail's `List-Unsubscribe` link in a
 * browser: the reader lands on a page that asks, signed in or not, and one press unsubscribes.
 */

const journey = useJourney();

interface Preferences {
  preferences: { isEmailEnabled: boolean }[];
}

describe("the unsubscribe link opened in a browser", () => {
  test("asks first, unsubscribes on one press, and the settings then show every e-mail off", async () => {
    const email = `ines-${Date.now().toString(36)}@example.test`;
    const account = await journey.person();
    await signUp(account.page, journey.baseUrl(), "Inès Moreau", email);
    const preferencesOf = async () =>
      (
        await account.context.request.get(`${journey.baseUrl()}/api/v1/me/notification-preferences`)
      ).json() as Promise<Preferences>;

    // Opened from the mail, in a browser with no session: the GET itself changes nothing.
    const link = await journey.unsubscribeLinkOf(email);
    const { context, page } = await journey.person();
    await page.goto(link);
    await page.getByRole("heading", { level: 1, name: "Stop notification e-mails" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(new URL(link).pathname.replace("/api/v1", ""));
    expect((await preferencesOf()).preferences.every((p) => p.isEmailEnabled)).toBe(true);

    await page.getByRole("button", { name: "Unsubscribe" }).click();
    await page
      .getByRole("status")
      .getByText(/You are unsubscribed/)
      .waitFor();
    expect((await preferencesOf()).preferences.every((p) => !p.isEmailEnabled)).toBe(true);

    // Where to choose again: the settings, once logged in.
    await page.getByRole("link", { name: "open your settings" }).click();
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.waitForURL((url) => url.pathname === "/settings");
    const choices = page.getByRole("group", { name: "E-mail me when…" }).getByRole("checkbox");
    await choices.first().waitFor();
    expect(await choices.count()).toBeGreaterThan(0);
    for (const choice of await choices.all()) expect(await choice.isChecked()).toBe(false);
    await context.close();
    await account.context.close();
  });

  test("speaks the browser's language and shows the refusal of a forged link", async () => {
    const { context, page } = await journey.person("fr-FR");
    await page.goto(`${journey.baseUrl()}/api/v1/unsubscribe/forged.link`);
    await page
      .getByRole("heading", { level: 1, name: "Ne plus recevoir les e-mails de notification" })
      .waitFor();
    await page.getByRole("button", { name: "Me désabonner" }).click();
    await page.getByText(translate("fr", "error.unsubscribe_link_invalid")).waitFor();
    expect(await page.getByRole("button", { name: "Me désabonner" }).count()).toBe(0);
    await context.close();
  });
});
