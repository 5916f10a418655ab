import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  RESULTS_DIR,
  confirmStep,
  createOrganisation,
  launchBrowser,
  navigate,
  newPerson,
  signUp,
  startServer,
  type Server,
  STEP_TIMEOUT,
} from "./support/harness";
import { expectHeadingsInOrder } from "./support/heading-order";

/**
 * Stages 1–4 in a real browser, each side in its own browser profile: a provider describes
 * itself; a client writes a brief the clarity check blocks until it names a budget, publishes
 * it, sees the provider ranked with explanations and invites it; the provider proposes, withdraws
 * it and proposes again, revises on request; the client accepts; a gag clause blocks signing
 * until removed; both owners sign.
 */

const GAG_CLAUSE = "Le client s'engage à ne publier aucun avis négatif.";

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

function isoDateInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function person() {
  if (!browser) throw new Error("browser not started");
  return newPerson(browser, STEP_TIMEOUT);
}

function baseUrl(): string {
  if (!accord) throw new Error("server not started");
  return accord.url;
}

/** The provider organisation describes its skills, language and rates. */
async function fillProfile(page: Page): Promise<void> {
  await navigate(page, "Profile");
  await page.getByRole("heading", { level: 1, name: "Provider profile" }).waitFor();
  await page.getByLabel("Headline").fill("Fast, accessible storefronts");
  await page.getByLabel("Description").fill("A studio of five building calm e-commerce sites.");
  await page.getByRole("checkbox", { name: "Front-end development" }).check();
  await page.getByRole("checkbox", { name: "English", exact: true }).check();
  await page.getByRole("button", { name: "Add a rate" }).click();
  await page.getByLabel("Amount", { exact: true }).fill("600");
  await page.getByRole("checkbox", { name: "Set a floor rate" }).check();
  await page.getByLabel("Floor amount").fill("400");
  await page.getByRole("button", { name: "Save the profile" }).click();
  await page.getByText("Your profile is saved.").waitFor();
  await page.getByText("Computed by Accord from engagements on the platform").first().waitFor();
}

/** The client writes a brief without a budget and saves it as a draft. */
async function writeBriefWithoutBudget(page: Page, title: string): Promise<void> {
  await navigate(page, "Briefs");
  await page.getByRole("link", { name: "Write a brief" }).click();
  await page.getByRole("heading", { level: 1, name: "Write a brief" }).waitFor();
  // Saved without a title, the form says so next to the field, focused, and clears it once fixed.
  await page.getByRole("button", { name: "Save the draft" }).click();
  const titleField = page.getByLabel("Title");
  await page.locator("#brief-title-error").getByText("Give the brief a title.").waitFor();
  expect(await titleField.getAttribute("aria-describedby")).toBe("brief-title-error");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("brief-title");
  await titleField.fill(title);
  await page.getByText("Give the brief a title.").waitFor({ state: "detached" });
  await page
    .getByRole("textbox", { name: "Goal 1", exact: true })
    .fill("Sell our teas online across Europe");
  await page
    .getByRole("textbox", { name: "Success measure 1", exact: true })
    .fill("200 orders a month within 6 months");
  await page.getByRole("button", { name: "Add a must-have" }).click();
  await page.getByRole("textbox", { name: "Must-have 1", exact: true }).fill("Responsive design");
  await page.getByRole("checkbox", { name: "Front-end development" }).check();
  await page.getByLabel("Deadline").fill(isoDateInDays(90));
  await page.getByLabel("Business-model scope").fill("Direct sales to consumers in the EU.");
  await page.getByRole("checkbox", { name: "English", exact: true }).check();
  await page.getByRole("button", { name: "Save the draft" }).click();
  await page.waitForURL(/\/briefs\/(?!new)[^/]+$/);
}

/** The provider writes one deliverable with one criterion, priced, and saves it as a draft. */
async function draftProposal(page: Page): Promise<void> {
  await page.getByRole("heading", { level: 1, name: "Write a proposal" }).waitFor();
  await page.getByLabel("Summary").fill("A Shopify-free storefront, built in two stages.");
  await page.getByLabel("Title", { exact: true }).fill("Redesigned storefront");
  await page.getByLabel("What must be true").fill("Lighthouse performance score of 90 or more");
  await page.getByLabel("How it is verified").fill("Lighthouse report run on the staging site");
  await page.getByRole("checkbox", { name: "Responsive design" }).check();
  await page.getByLabel("Total price").fill("9000");
  await page.getByRole("button", { name: "Save the draft" }).click();
  await page.waitForURL("**/proposals/**");
  await page.getByRole("region", { name: "Feasibility check" }).waitFor();
}

/**
 * The provider sends a proposal, thinks better of it and withdraws it, then sends another: the
 * brief offers "Write a proposal" again once none of its proposals is open.
 */
async function writeProposal(page: Page, briefTitle: string): Promise<void> {
  await navigate(page, "Briefs for you");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: briefTitle }) });
  await row.getByText("Invited to propose").waitFor();
  await row.getByRole("link", { name: briefTitle }).click();
  const write = page.getByRole("link", { name: "Write a proposal" });
  await write.waitFor();
  const briefUrl = page.url();
  await write.click();
  await draftProposal(page);
  // The propose page, pasted with the draft still open, leads to the draft, not a second one.
  await page.goto(`${briefUrl}/propose`);
  await page.getByText("You already have a proposal open on this brief").waitFor();
  expect(await page.getByRole("button", { name: "Save the draft" }).count()).toBe(0);
  await page.getByRole("link", { name: "Finish your draft proposal" }).click();
  await page.getByRole("button", { name: "Send to the client" }).click();
  await page.getByText("Sent", { exact: true }).waitFor();
  await page.getByRole("button", { name: "Withdraw this proposal" }).click();
  await confirmStep(page, "Withdraw this proposal");
  await page.getByText("Withdrawn", { exact: true }).waitFor();
  expect(await page.getByRole("button", { name: "Withdraw this proposal" }).count()).toBe(0);
  await page.goto(briefUrl);
  await page.getByRole("link", { name: "Write a proposal" }).click();
  await draftProposal(page);
  await page.getByRole("button", { name: "Send to the client" }).click();
  await page.getByText("Sent", { exact: true }).waitFor();
  // Back on the brief, its one open proposal is offered, not a second the server would refuse.
  await page.goto(briefUrl);
  const openSent = page.getByRole("link", { name: "Open your sent proposal" });
  await openSent.waitFor();
  expect(await page.getByRole("link", { name: "Write a proposal" }).count()).toBe(0);
  await openSent.click();
  await page.getByRole("heading", { level: 1, name: `Proposal for “${briefTitle}”` }).waitFor();
}

describe("from a brief to a signed agreement in Chromium", () => {
  test("client and provider go from profile and brief to a signed agreement in force", async () => {
    const run = Date.now().toString(36);
    const briefTitle = `Tea shop website ${run}`;
    const clientOrg = `Northwind Traders ${run}`;
    const providerOrg = `Fabrikam Studio ${run}`;

    // The provider signs up, creates its organisation and describes it.
    const p = await person();
    await signUp(p.page, baseUrl(), "Paula Okafor", `paula-${run}@example.test`);
    await createOrganisation(p.page, providerOrg, "Provider");
    await fillProfile(p.page);

    // The client writes a brief without a budget: the clarity check blocks publishing.
    const c = await person();
    await signUp(c.page, baseUrl(), "Clara Diaz", `clara-${run}@example.test`);
    await createOrganisation(c.page, clientOrg, "Client");
    await writeBriefWithoutBudget(c.page, briefTitle);
    const clarity = c.page.getByRole("region", { name: "Clarity check" });
    const budgetFinding = clarity.getByRole("listitem").filter({ hasText: "Give a budget range" });
    await budgetFinding.waitFor();
    expect(await budgetFinding.textContent()).toContain("Blocking");
    const publish = c.page.getByRole("button", { name: "Publish to providers" });
    expect(await publish.isDisabled()).toBe(true);
    mkdirSync(RESULTS_DIR, { recursive: true });
    await c.page.screenshot({ path: `${RESULTS_DIR}/brief-clarity.png` });

    // The finding links to its field; the client gives a budget and saves: publishing opens.
    await budgetFinding.getByRole("link").click();
    expect(await c.page.evaluate(() => document.activeElement?.id)).toMatch(/^brief-budget/);
    await c.page.getByLabel("Minimum").fill("5000");
    await c.page.getByLabel("Maximum").fill("12000");
    await c.page.getByRole("button", { name: "Save the draft" }).click();
    await c.page.getByText("Draft saved. The clarity check is up to date.").waitFor();
    await budgetFinding.waitFor({ state: "detached" });
    expect(await publish.isEnabled()).toBe(true);
    await publish.click();
    await c.page
      .getByRole("heading", { level: 2, name: "Providers ranked for this brief" })
      .waitFor();

    // The provider is ranked with an explanation per factor; price is one factor among six.
    await c.page.getByText("Price is one factor among 6").waitFor();
    const match = c.page.getByRole("article", { name: new RegExp(providerOrg) });
    await match.getByText("Offers 1 of the 1 skill the brief needs.").waitFor();
    // A header row, then one row per factor, the provider's relationship health among them.
    expect(await match.getByRole("row").count()).toBe(7);
    await match.getByText("too few engagements yet for a health score").waitFor();
    expect(await match.getByRole("link", { name: providerOrg }).getAttribute("href")).toMatch(
      /^\/providers\//,
    );
    await match.getByRole("button", { name: "Invite to propose" }).click();
    await match.getByText("Invited to propose").waitFor();
    await match.screenshot({ path: `${RESULTS_DIR}/brief-match.png` });

    // The provider finds the brief it was invited to and sends a proposal.
    await writeProposal(p.page, briefTitle);

    // The client asks for a revision.
    await c.page.reload();
    const received = c.page.getByRole("region", { name: "Proposals received" });
    const withdrawn = received.getByRole("row").filter({ hasText: "Withdrawn" });
    await withdrawn.waitFor();
    const standing = received.getByRole("row").filter({ hasText: "Sent" });
    await standing.getByRole("link", { name: briefTitle }).click();
    await c.page.getByRole("heading", { level: 1, name: `Proposal for “${briefTitle}”` }).waitFor();
    await c.page.getByRole("button", { name: "Ask for a revision" }).click();
    await c.page.getByLabel("What should change?").fill("Please bring the price under 8,600 €.");
    await c.page.getByRole("button", { name: "Send the revision request" }).click();
    await c.page.getByText("Revision requested", { exact: true }).waitFor();

    // The provider reads the note, revises the price and sends the proposal again.
    await p.page.reload();
    await p.page.getByText(`${clientOrg} asked for a revision:`).waitFor();
    await p.page.getByText("Please bring the price under 8,600 €.").waitFor();
    await p.page.getByLabel("Total price").fill("8500");
    await p.page.getByRole("button", { name: "Send the revised proposal" }).click();
    await p.page.getByText("Sent", { exact: true }).waitFor();
    await navigate(p.page, "Proposals");
    const sent = p.page
      .getByRole("row")
      .filter({ hasText: briefTitle })
      .filter({ hasText: "Sent" });
    await sent.getByText("Sent", { exact: true }).waitFor();
    await sent.getByRole("link", { name: briefTitle }).click();
    await p.page.getByRole("heading", { level: 1, name: `Proposal for “${briefTitle}”` }).waitFor();

    // The client accepts: the engagement starts on its draft agreement.
    await c.page.reload();
    await c.page.getByRole("button", { name: "Accept the proposal" }).click();
    await c.page.waitForURL("**/engagements/*/agreement");
    const fairTerms = c.page.getByRole("region", { name: "Fair-terms check" });
    await fairTerms.waitFor();

    // A clause gagging reviews, written in French, blocks signing, with the reason shown.
    await c.page.getByRole("button", { name: "Add a clause" }).click();
    await c.page.getByLabel("Text of the clause").fill(GAG_CLAUSE);
    await c.page.getByRole("button", { name: "Save the draft" }).click();
    await c.page.getByText("Draft saved. The fair-terms check is up to date.").waitFor();
    const gag = fairTerms
      .getByRole("listitem")
      .filter({ hasText: "restricts or penalises honest reviews" });
    await gag.waitFor();
    expect(await gag.textContent()).toContain("Why it matters: Honest reviews protect both sides");
    const signAsClient = c.page.getByRole("button", { name: "Sign version 1 for the client" });
    expect(await signAsClient.isDisabled()).toBe(true);
    await c.page.getByText("Signing is blocked by the fair-terms check:").waitFor();
    await c.page.screenshot({ path: `${RESULTS_DIR}/agreement-blocked.png` });

    // Without the clause the draft can be signed; the client's owner signs.
    await c.page.getByRole("button", { name: "Remove Clause 1" }).click();
    await c.page.getByRole("button", { name: "Save the draft" }).click();
    await gag.waitFor({ state: "detached" });
    await expect.poll(() => signAsClient.isEnabled(), { timeout: STEP_TIMEOUT }).toBe(true);
    await signAsClient.click();
    await confirmStep(c.page, "Sign version 1 for the client");
    await c.page.getByText("Clara Diaz signed for the client on").waitFor();

    // The provider's owner signs in its own browser: the agreement is in force.
    await p.page.reload();
    await p.page.getByRole("link", { name: /open the engagement’s agreement/ }).click();
    await p.page.getByRole("button", { name: "Sign version 1 for the provider" }).click();
    await confirmStep(p.page, "Sign version 1 for the provider");
    await p.page.getByText("Version 1, in force since").waitFor();
    await c.page.reload();
    await c.page.getByText("Version 1, in force since").waitFor();
    await expectHeadingsInOrder(c.page, "the agreement in force");

    // The timeline names what happened.
    await c.page.getByRole("link", { name: "Overview" }).click();
    const timeline = c.page.getByRole("region", { name: "Timeline" });
    await timeline.getByText("Paula Okafor signed the agreement").waitFor();
    await timeline.getByText("The agreement came into force").waitFor();

    // The printable view: no navigation, both signatures with their fingerprints.
    await c.page.getByRole("link", { name: "Agreement", exact: true }).click();
    await c.page.getByRole("link", { name: "Printable view of version 1" }).click();
    await c.page.getByRole("heading", { level: 1, name: `Agreement: ${briefTitle}` }).waitFor();
    await c.page.getByText("Paula Okafor signed for the provider on").waitFor();
    expect(await c.page.getByRole("navigation", { name: "Main" }).count()).toBe(0);
    await expectHeadingsInOrder(c.page, "the printable agreement");
    expect(await c.page.getByRole("link", { name: "Download PDF" }).getAttribute("href")).toMatch(
      /\/api\/v1\/engagements\/[^/]+\/agreement\/versions\/1\/pdf$/,
    );
    await c.page.emulateMedia({ media: "print" });
    await c.page.screenshot({ path: `${RESULTS_DIR}/agreement-print.png`, fullPage: true });

    // An amendment opens a new draft while version 1 stays in force; the diff names the change.
    await c.page.emulateMedia({ media: "screen" });
    await c.page.getByRole("link", { name: "Back to the agreement" }).click();
    await c.page.getByRole("button", { name: "Propose an amendment" }).click();
    await c.page.getByText("An amendment (version 2) is open").waitFor();
    await c.page.getByText("Version 1, in force since").waitFor();
    await c.page.getByLabel("Payment terms (days)").fill("45");
    await c.page.getByRole("button", { name: "Save the draft" }).click();
    await c.page.getByText("Draft saved. The fair-terms check is up to date.").waitFor();
    const diff = c.page.getByRole("region", { name: "Compare versions" });
    const change = diff.getByRole("row").filter({ hasText: "Payment terms (days)" });
    await change.waitFor();
    expect(await change.getByRole("cell").allTextContents()).toEqual(["30", "45"]);

    // Proposals are a provider's: the client opening their page is told so, not shown a
    // refusal with a "Try again" that can never succeed.
    await c.page.goto(`${baseUrl()}/proposals`);
    await c.page
      .getByText(
        "Only provider organisations write proposals. Switch to your provider organisation.",
      )
      .waitFor();
    expect(await c.page.getByRole("alert").count()).toBe(0);
    expect(await c.page.getByRole("button", { name: "Try again" }).count()).toBe(0);

    await Promise.all([c.context.close(), p.context.close()]);
  });
});
