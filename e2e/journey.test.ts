import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  PASSWORD,
  RESULTS_DIR,
  createOrganisation,
  launchBrowser,
  openAccountMenu,
  newPerson as newBrowserPerson,
  signUp as signUpAt,
  startServer,
  type Server,
  STEP_TIMEOUT,
} from "./support/harness";

/**
 * The two-sided journey in a real browser: a client invites a colleague, proposes an engagement
 * to a provider who signs up from the e-mailed link, and both see the same verified history.
 */

const FRENCH_DATE =
  /\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/;

let accord: Server | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  accord = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await accord?.close();
});

/** A fresh browser profile: one person on their own computer. */
async function newPerson(): Promise<{ context: BrowserContext; page: Page }> {
  if (!browser) throw new Error("browser not started");
  return newBrowserPerson(browser, STEP_TIMEOUT);
}

function appUrl(path: string): string {
  if (!accord) throw new Error("server not started");
  return `${accord.url}${path}`;
}

async function signUp(page: Page, name: string, email: string): Promise<void> {
  await signUpAt(page, appUrl(""), name, email);
}

/** Opens the demo mailbox and finds the invitation link in the newest message whose subject matches. */
async function mailedInvitationLink(page: Page, subject: RegExp) {
  await openAccountMenu(page, "Mailbox");
  await page.getByRole("heading", { level: 1, name: "Demo mailbox" }).waitFor();
  const message = page
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { name: subject }) });
  // Mail is written with the action that caused it, but allow the outbox a moment anyway.
  for (let attempt = 0; (await message.count()) === 0 && attempt < 10; attempt += 1) {
    await page.waitForTimeout(500);
    await page.getByRole("button", { name: "Check for new mail" }).click();
  }
  return message.first().getByRole("link", { name: /\/invitations\// });
}

async function logOut(page: Page, name: string): Promise<void> {
  await page.locator("summary", { hasText: name }).click();
  await page.getByRole("button", { name: "Log out", exact: true }).click();
  await page.waitForURL("**/login");
}

async function engagementRow(page: Page, title: string) {
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Engagements" })
    .click();
  await page.getByRole("heading", { level: 1, name: "Engagements" }).waitFor();
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: title }) });
  await row.waitFor();
  return row;
}

describe("the client–provider journey in Chromium", () => {
  test("a client invites a colleague and a provider, who accepts; both see the verified history, in French too", async () => {
    const run = Date.now().toString(36);
    const alice = { name: "Alice Martin", email: `alice-${run}@example.test` };
    const carol = { name: "Carol Nguyen", email: `carol-${run}@example.test` };
    const bob = { name: "Bob Schulz", email: `bob-${run}@example.test` };
    const clientOrg = "Northwind Traders";
    const providerOrg = "Fabrikam Studio";
    const title = "Website redesign";

    // Alice signs up, creates the client organisation and invites her colleague Carol.
    const a = await newPerson();
    await signUp(a.page, alice.name, alice.email);
    await createOrganisation(a.page, clientOrg, "Client");
    await a.page.getByLabel("Their e-mail address").fill(carol.email);
    await a.page.getByLabel("Role", { exact: true }).selectOption("member");
    await a.page.getByRole("button", { name: "Send invitation" }).click();
    await a.page.getByText(`Invitation sent to ${carol.email}.`).waitFor();
    await a.page.getByRole("row").filter({ hasText: carol.email }).waitFor();

    // Carol signs up and finds the invitation in the demo mailbox. She opens the link after
    // logging out: the page asks her to log in, then brings her back to the invitation.
    const c = await newPerson();
    await signUp(c.page, carol.name, carol.email);
    const carolsLink = await (
      await mailedInvitationLink(c.page, new RegExp(clientOrg))
    ).textContent();
    expect(carolsLink).toMatch(/^http.*\/invitations\/[^/]+$/);
    await logOut(c.page, carol.name);
    await c.page.goto(carolsLink ?? "");
    await c.page.getByText("Log in or create an account to see this invitation").waitFor();
    await c.page.getByRole("link", { name: "Log in" }).click();
    await c.page.getByLabel("E-mail address").fill(carol.email);
    await c.page.getByLabel("Password").fill(PASSWORD);
    await c.page.getByRole("button", { name: "Log in" }).click();
    await c.page.waitForURL("**/invitations/**");
    await c.page
      .getByText(`${alice.name} invites you to join ${clientOrg}. Your role: Member.`)
      .waitFor();
    await c.page.getByRole("button", { name: "Accept" }).click();
    await c.page.getByRole("heading", { level: 1, name: `Members of ${clientOrg}` }).waitFor();
    await c.page.getByRole("cell", { name: alice.name }).waitFor();
    expect(await c.page.getByLabel("Organisation", { exact: true }).inputValue()).not.toBe("");
    expect(
      await c.page
        .getByLabel("Organisation", { exact: true })
        .locator("option:checked")
        .textContent(),
    ).toBe(`${clientOrg} (Client)`);
    // A member sees the organisation but cannot manage it.
    await c.page.getByText("Only owners can invite people").waitFor();

    // Alice proposes an engagement to Bob's e-mail address.
    await a.page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Engagements" })
      .click();
    await a.page.getByLabel("Title", { exact: true }).fill(title);
    await a.page
      .getByLabel("Description")
      .fill("A calmer, faster website, delivered in two stages.");
    await a.page.getByLabel("E-mail address of the other side").fill(bob.email);
    await a.page.getByRole("button", { name: "Start engagement" }).click();
    await a.page.getByRole("heading", { level: 1, name: title }).waitFor();
    await a.page.getByText("Awaiting answer").waitFor();
    await a.page.getByText(`${alice.name} proposed the engagement`).waitFor();

    // Bob signs up, creates his provider organisation and accepts the engagement for it.
    const b = await newPerson();
    await signUp(b.page, bob.name, bob.email);
    await createOrganisation(b.page, providerOrg, "Provider");
    await (await mailedInvitationLink(b.page, new RegExp(title))).click();
    await b.page.getByRole("heading", { level: 1, name: "Invitation" }).waitFor();
    await b.page
      .getByText(
        `${alice.name} of ${clientOrg} (Client) invites your organisation to an engagement.`,
      )
      .waitFor();
    // Before answering, Bob reads how the client pays and whether it has a client score yet.
    await b.page.getByRole("heading", { name: `How ${clientOrg} pays as a client` }).waitFor();
    await b.page
      .getByText("No client score yet: it has not been scored on any engagement.")
      .waitFor();
    expect(
      await b.page.getByLabel("Accept on behalf of").locator("option:checked").textContent(),
    ).toBe(providerOrg);
    await b.page.getByRole("button", { name: "Accept" }).click();
    await b.page.getByRole("heading", { level: 1, name: title }).waitFor();

    // Both sides now list the engagement as active, each naming the other side.
    const bobsRow = await engagementRow(b.page, title);
    await bobsRow.getByText("Active").waitFor();
    expect(await bobsRow.textContent()).toContain(clientOrg);
    const alicesRow = await engagementRow(a.page, title);
    await alicesRow.getByText("Active").waitFor();
    expect(await alicesRow.textContent()).toContain(providerOrg);

    // Bob opens the engagement: both events are on the timeline and the chain is intact.
    await bobsRow.getByRole("link", { name: title }).click();
    await b.page.getByRole("heading", { level: 1, name: title }).waitFor();
    const timeline = b.page.getByRole("region", { name: "Timeline" });
    await timeline.getByText(`${alice.name} proposed the engagement`).waitFor();
    await timeline.getByText(`${bob.name} accepted the engagement`).waitFor();
    expect(await timeline.getByRole("listitem").count()).toBe(2);
    await b.page.getByRole("button", { name: "Verify history" }).click();
    await b.page.getByText("History intact: 2 entries checked, nothing altered.").waitFor();
    const exportLink = b.page.getByRole("link", { name: "Export history (JSON)" });
    expect(await exportLink.getAttribute("href")).toMatch(/\/ledger\/export$/);

    // Bob switches to French: the page follows at once, and again after a reload.
    await Promise.all([
      b.page.waitForResponse(
        (response) =>
          response.url().endsWith("/api/v1/me") && response.request().method() === "PATCH",
      ),
      b.page.getByLabel("Language").selectOption("fr"),
    ]);
    await b.page.getByRole("heading", { level: 2, name: "Chronologie" }).waitFor();
    expect(await b.page.locator("html").getAttribute("lang")).toBe("fr");
    await b.page.reload();
    const frTimeline = b.page.getByRole("region", { name: "Chronologie" });
    await frTimeline.getByText(`${alice.name} a proposé la mission`).waitFor();
    await frTimeline.getByText(`${bob.name} a accepté la mission`).waitFor();
    await b.page
      .getByRole("navigation", { name: "Navigation principale" })
      .getByRole("link", { name: "Missions" })
      .waitFor();
    await b.page.getByRole("link", { name: "Toutes les missions" }).waitFor();
    expect(await b.page.locator("html").getAttribute("lang")).toBe("fr");
    const started = await b.page
      .getByRole("definition")
      .filter({ hasText: FRENCH_DATE })
      .first()
      .textContent();
    expect(started).toMatch(FRENCH_DATE);
    expect(await frTimeline.getByRole("listitem").first().textContent()).toMatch(FRENCH_DATE);
    await b.page.getByRole("button", { name: "Vérifier l’historique" }).click();
    await b.page
      .getByText("Historique intact : 2 entrées vérifiées, rien n’a été modifié.")
      .waitFor();

    mkdirSync(RESULTS_DIR, { recursive: true });
    await b.page.screenshot({ path: `${RESULTS_DIR}/engagement-fr.png`, fullPage: true });

    await Promise.all([a.context.close(), b.context.close(), c.context.close()]);
  });
});
