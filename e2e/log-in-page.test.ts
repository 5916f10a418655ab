import { describe, expect, test } from "vitest";
import { PASSWORD, signUp, useJourney } from "./support/harness";

/**
 * The page people open first is light: /login loads no React, router or query runtime, shows
 * its problems next to the fields, speaks the chosen language and opens the app once signed in.
 */

const journey = useJourney();

describe("the light log-in page", () => {
  test("signs in without loading the app's framework, and reports a wrong password", async () => {
    const run = Date.now().toString(36);
    const email = `ines-${run}@example.test`;
    const setup = await journey.person();
    await signUp(setup.page, journey.baseUrl(), "Inès Moreau", email);
    await setup.context.close();

    const { context, page } = await journey.person();
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${journey.baseUrl()}/login?next=%2Fsettings`);
    await page.getByRole("heading", { level: 1, name: "Log in" }).waitFor();
    expect(scripts.some((path) => /\/assets\/(react|vendor|intl)-/.test(path))).toBe(false);

    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Password", { exact: true }).fill("not the password");
    await page.getByRole("button", { name: "Log in" }).click();
    await page.locator(".alert-error").waitFor();
    expect(page.url()).toContain("/login");

    // In French, the page follows at once, and the way to sign up keeps where to go next.
    await page.getByLabel("Language").selectOption("fr");
    await page.getByRole("heading", { level: 1, name: "Connexion" }).waitFor();
    const signUpHref = await page.locator("main p a").last().getAttribute("href");
    expect(signUpHref).toBe("/signup?next=%2Fsettings");

    await page.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
    await page.locator("form button[type=submit]").click();
    await page.waitForURL("**/settings");
    await context.close();
  });

  test("a link to part of a page, opened signed out, lands on that part once logged in", async () => {
    const run = Date.now().toString(36);
    const email = `noor-${run}@example.test`;
    const setup = await journey.person();
    await signUp(setup.page, journey.baseUrl(), "Noor Hadi", email);
    await setup.context.close();

    // As a mail's link to the Refunds card (`…/invoices#refunds`): the app sends to log in.
    const { context, page } = await journey.person();
    await page.goto(`${journey.baseUrl()}/notifications?page=2#latest`);
    await page.getByRole("heading", { level: 1, name: "Log in" }).waitFor();
    await page.getByLabel("E-mail address").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Log in" }).click();
    await page.waitForURL((url) => url.pathname === "/notifications");
    expect(new URL(page.url()).search + new URL(page.url()).hash).toBe("?page=2#latest");
    await context.close();
  });
});
