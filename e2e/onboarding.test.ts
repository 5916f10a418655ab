import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { createOrganisation, PASSWORD, signUp, useJourney } from "./support/harness";
import { apiOf } from "./support/signed-agreement";

/**
 * A new client and a new provider, from sign-up to their first steps: the home page's checklist
 * is ticked from what they really did, empty lists say what comes next, and someone who forgot
 * their password gets back in by e-mail.
 */

const { baseUrl, person } = useJourney();

function isoDateInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

function checklist(page: Page) {
  return page.getByRole("region", { name: "Your first steps" });
}

async function openHome(page: Page): Promise<void> {
  await page.goto(baseUrl());
  await page.getByRole("heading", { level: 1, name: "Waiting for you" }).waitFor();
}

describe("onboarding in Chromium", () => {
  test("a new client is led from an empty organisation to its first published brief", async () => {
    const run = Date.now().toString(36);
    const c = await person();
    await signUp(c.page, baseUrl(), "Clara Diaz", `clara-${run}@example.test`);
    await createOrganisation(c.page, `Northwind ${run}`, "Client");

    await openHome(c.page);
    await checklist(c.page).getByText("0 of 4 done").waitFor();
    for (const step of [
      "Write a brief",
      "Review your matches",
      "Accept a proposal",
      "Sign the agreement",
    ])
      await checklist(c.page).getByText(step, { exact: true }).first().waitFor();

    // Empty lists explain how an engagement starts, with a button to the next step.
    await c.page.goto(`${baseUrl()}/engagements`);
    const noEngagement = c.page.getByRole("region", { name: "No engagement yet" });
    await noEngagement
      .getByText(
        /An engagement starts when you accept a provider’s proposal|An engagement starts when you accept a provider's proposal/,
      )
      .waitFor();
    await noEngagement
      .getByRole("link", { name: "Invite someone you already work with" })
      .waitFor();
    await c.page.goto(`${baseUrl()}/briefs`);
    const noBrief = c.page.getByRole("region", { name: "Write your first brief" });
    await noBrief.getByRole("link", { name: "Write a brief" }).click();
    await c.page.waitForURL("**/briefs/new");

    // Publishing a brief ticks the first step; the next one's button leads to the briefs.
    const api = await apiOf(c.context, baseUrl());
    const orgs = await api.get<{ organisations: { id: string }[] }>("/orgs");
    const brief = await api.post<{ id: string }>("/briefs", {
      orgId: orgs.organisations[0]?.id,
      title: `Tea shop website ${run}`,
      goals: ["Sell our teas online across Europe"],
      successMeasures: ["200 orders a month within 6 months"],
      mustHaves: [{ text: "Card payments" }],
      niceToHaves: [],
      skillIds: ["web.ecommerce"],
      budget: { currency: "EUR", minMinor: 1_000_000, maxMinor: 1_500_000 },
      clientPeople: [{ role: "Owner", hoursPerWeek: 4 }],
      businessModelScope: "Direct sales to consumers in the EU",
      constraints: [],
      earliestStart: isoDateInDays(10),
      deadline: isoDateInDays(130),
      preferredLanguages: ["en"],
    });
    await api.post(`/briefs/${brief.id}/publish`);
    await openHome(c.page);
    await checklist(c.page).getByText("1 of 4 done").waitFor();
    await checklist(c.page).getByRole("link", { name: "Open your briefs" }).click();
    await c.page.waitForURL("**/briefs");
  });

  test("a new provider is led to its profile, rates and floor rate", async () => {
    const run = Date.now().toString(36);
    const p = await person();
    await signUp(p.page, baseUrl(), "Paula Okafor", `paula-${run}@example.test`);
    await createOrganisation(p.page, `Fabrikam ${run}`, "Provider");

    await openHome(p.page);
    await checklist(p.page).getByText("0 of 3 done").waitFor();
    await checklist(p.page).getByRole("link", { name: "Complete your profile" }).click();
    await p.page.waitForURL("**/profile");

    const api = await apiOf(p.context, baseUrl());
    const orgs = await api.get<{ organisations: { id: string }[] }>("/orgs");
    await api.put(`/providers/${orgs.organisations[0]?.id}`, {
      headline: "Shops that sell",
      description: "We build online shops.",
      skillIds: ["web.ecommerce"],
      languages: ["en"],
      timeZones: ["Europe/Paris"],
      rates: [{ unit: "day", amountMinor: 60_000, currency: "EUR" }],
      floorRate: { currency: "EUR", amountMinor: 50_000, unit: "day" },
      availableFrom: null,
    });
    await openHome(p.page);
    await checklist(p.page).getByText("2 of 3 done").waitFor();
    await checklist(p.page).getByRole("link", { name: "See briefs for you" }).waitFor();
    expect(await checklist(p.page).getByRole("link").count()).toBe(1);
  });

  test("someone who forgot their password sets a new one by e-mail and is signed out elsewhere", async () => {
    const run = Date.now().toString(36);
    const email = `ada-${run}@example.test`;
    const elsewhere = await person();
    await signUp(elsewhere.page, baseUrl(), "Ada Lovelace", email);
    const here = await person();

    // From the light log-in page to the request form.
    await here.page.goto(`${baseUrl()}/login`);
    await here.page.getByRole("link", { name: "Forgot your password?" }).click();
    await here.page.getByRole("heading", { level: 1, name: "Forgot your password?" }).waitFor();
    await here.page.getByRole("button", { name: "Send me a link" }).click();
    await here.page.getByText("Enter the e-mail address you sign in with.").waitFor();
    const field = here.page.getByLabel("E-mail address");
    expect(await field.evaluate((input) => input === document.activeElement)).toBe(true);
    await field.fill(email);
    await here.page
      .getByText("Enter the e-mail address you sign in with.")
      .waitFor({ state: "hidden" });
    await here.page.getByRole("button", { name: "Send me a link" }).click();
    await here.page.getByText(`If an account uses ${email}, a link`).waitFor();

    // The link arrives in the person's mailbox (the demo keeps mail in the outbox).
    const mailbox = await (
      await apiOf(elsewhere.context, baseUrl())
    ).get<{
      messages: { subject: string; text: string }[];
    }>("/mailbox");
    const mail = mailbox.messages.find((m) => m.subject === "Set a new password for Accord");
    const path = /\/reset-password\/[A-Za-z0-9_-]+/.exec(mail?.text ?? "")?.[0];
    expect(path).toBeDefined();

    await here.page.goto(`${baseUrl()}${path}`);
    await here.page.getByLabel("New password").fill("password123");
    await here.page.getByRole("button", { name: "Set my new password" }).click();
    await here.page.getByText(/one of the most common ones/).waitFor();
    await here.page.getByLabel("New password").fill("lantern orchard quietly");
    await here.page.getByRole("button", { name: "Set my new password" }).click();
    await here.page.getByText(/Your new password is set/).waitFor();

    // The other session ended; the new password opens a new one.
    const me = await elsewhere.context.request.get(`${baseUrl()}/api/v1/me`);
    expect(me.status()).toBe(401);
    await here.page.getByRole("link", { name: "Log in" }).click();
    await here.page.getByLabel("E-mail address").fill(email);
    await here.page.getByLabel("Password", { exact: true }).fill("lantern orchard quietly");
    await here.page.getByRole("button", { name: "Log in" }).click();
    await here.page.waitForURL((url) => url.pathname === "/");
    expect(PASSWORD).not.toBe("lantern orchard quietly");
  });
});
