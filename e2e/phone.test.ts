import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { confirmStep, signUp, useJourney } from "./support/harness";
import {
  expectLabelledCardCells,
  expectNoSidewaysScroll,
  expectNoSqueezedCaption,
  expectWideTablesReachByKeyboard,
  PHONE,
} from "./support/no-sideways-scroll";
import {
  apiOf,
  CRITERION_PAYMENT,
  CRITERION_SPEED,
  signedAgreement,
} from "./support/signed-agreement";

/**
 * Accord on a phone (390 × 844): no page scrolls sideways, and the key actions (evaluate a
 * round, draft and issue an invoice, record a payment, confirm it) are all within reach.
 */

const { baseUrl, person } = useJourney();

async function visit(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(`${baseUrl()}${path}`);
  await page.getByRole("heading", { level: 1, name: heading }).first().waitFor();
  await expectNoSidewaysScroll(page, path);
  await expectNoSqueezedCaption(page, path);
  await expectLabelledCardCells(page, path);
}

const TODAY_LONG = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
  new Date(),
);

describe("Accord on a phone in Chromium", () => {
  test("every main page fits 390 px, and a round is evaluated, invoiced, paid and confirmed there", async () => {
    const run = Date.now().toString(36);
    const p = await person();
    const c = await person();
    await p.page.setViewportSize(PHONE);
    await c.page.setViewportSize(PHONE);
    await signUp(p.page, baseUrl(), "Paula Okafor", `paula-${run}@example.test`);
    await signUp(c.page, baseUrl(), "Clara Diaz", `clara-${run}@example.test`);
    const providerApi = await apiOf(p.context, baseUrl());
    const clientApi = await apiOf(c.context, baseUrl());
    const engagementId = await signedAgreement(clientApi, providerApi, run);
    await providerApi.post(`/engagements/${engagementId}/deliverables/d1/submissions`, {
      description:
        "Catalogue, cart and checkout on staging, with a long link https://staging.example.test/shop/checkout/confirmation?order=1234567890abcdef",
    });
    const orgs = await clientApi.get<{ organisations: { id: string }[] }>("/orgs");
    const clientOrgId = orgs.organisations[0]?.id ?? "";

    // Every main page, and the engagement page with each of its tabs, fits the screen.
    await visit(c.page, "/", "Waiting for you");
    await visit(c.page, "/engagements", "Engagements");
    const engagement = `/engagements/${engagementId}`;
    await visit(c.page, engagement, `Tea shop website ${run}`);
    for (const tab of [
      "agreement",
      "delivery",
      "changes",
      "messages",
      "invoices",
      "reviews",
      "health",
    ]) {
      await visit(c.page, `${engagement}/${tab}`, `Tea shop website ${run}`);
    }
    await visit(c.page, "/briefs", "Briefs");
    await visit(c.page, `/orgs/${clientOrgId}/billing`, /^Billing of /);
    await visit(c.page, `/orgs/${clientOrgId}/settings`, /^Settings of /);
    await visit(p.page, "/briefs", /Briefs/);
    await visit(p.page, "/profile", "Provider profile");

    // The engagement's tabs stay reachable: the strip scrolls within itself, not the page.
    await c.page.goto(`${baseUrl()}${engagement}`);
    const tabs = c.page.getByRole("navigation", { name: "Engagement sections" });
    await tabs.getByRole("link", { name: "Health" }).click();
    await c.page.waitForURL(`**${engagement}/health`);

    // The list says per row what waits on whom; the round handed in waits on the client.
    await c.page.goto(`${baseUrl()}/engagements?waitingOn=us`);
    await c.page.getByRole("link", { name: `Tea shop website ${run}` }).waitFor();
    await c.page.getByText("You: evaluate 1 round").waitFor();

    // The account menu closes when the page changes, also by the keyboard (no click outside).
    await c.page.locator("details.account-menu > summary").click();
    await c.page.locator("details.account-menu[open]").waitFor();
    const mainNav = c.page.getByRole("navigation", { name: "Main", exact: true });
    await mainNav.getByRole("link", { name: "Home", exact: true }).press("Enter");
    await c.page.getByRole("heading", { level: 1, name: "Waiting for you" }).waitFor();
    expect(await c.page.locator("details.account-menu[open]").count()).toBe(0);

    // The client evaluates round 1 on the phone: every criterion met, the round is accepted.
    await c.page.goto(`${baseUrl()}${engagement}/delivery`);
    const form = c.page.getByRole("form", { name: "Evaluate round 1" });
    for (const [n, criterion] of [CRITERION_PAYMENT, CRITERION_SPEED].entries()) {
      await form
        .getByRole("group", { name: `Criterion ${n + 1}: ${criterion}` })
        .getByRole("radio", { name: "Met", exact: true })
        .check();
    }
    await form.getByRole("button", { name: "Send the evaluation" }).click();
    await c.page.getByText("Accepted", { exact: true }).first().waitFor();
    await expectNoSidewaysScroll(c.page, "the evaluated round");

    // The provider drafts and issues the invoice of the accepted milestone on the phone.
    await p.page.goto(`${baseUrl()}${engagement}/invoices`);
    const draftForm = p.page.getByRole("form", { name: "Draft an invoice" });
    await draftForm.getByRole("radio", { name: "An accepted milestone" }).waitFor();
    await draftForm.getByRole("button", { name: "Save the draft" }).click();
    await p.page.waitForURL(/\/invoices\/[^/]+$/);
    const invoiceUrl = p.page.url();
    await expectNoSidewaysScroll(p.page, "a draft invoice");
    const issueForm = p.page.getByRole("form", { name: "Issue the invoice" });
    await issueForm.getByRole("button", { name: "Issue the invoice" }).click();
    await confirmStep(p.page, "Issue the invoice");
    await p.page.getByRole("heading", { level: 2, name: /^Invoice \S+$/ }).waitFor();
    await expectNoSidewaysScroll(p.page, "an issued invoice");
    await expectLabelledCardCells(p.page, "an issued invoice");

    // The client records the payment, the provider confirms it: all from the phone.
    await c.page.goto(invoiceUrl);
    const payForm = c.page.getByRole("form", { name: "Record a payment" });
    await payForm.getByLabel("Amount paid (EUR)").fill("12000");
    await payForm.getByRole("button", { name: "Record the payment" }).click();
    await payForm
      .getByText("Payment of €12,000.00 recorded. It counts once the provider confirms it.")
      .waitFor();
    await expectNoSidewaysScroll(c.page, "an invoice with a payment to confirm");

    await p.page.goto(invoiceUrl);
    await p.page
      .getByRole("button", { name: `Confirm the payment of €12,000.00 made on ${TODAY_LONG}` })
      .click();
    await p.page.getByText("Paid", { exact: true }).first().waitFor();
    await expectNoSidewaysScroll(p.page, "a paid invoice");

    // Back on a desktop screen in German, the longest tab names: the tabs wrap, the page holds.
    await c.page.setViewportSize({ width: 1200, height: 900 });
    await c.page.goto(`${baseUrl()}/settings`);
    await c.page.locator("#language-switcher").selectOption("de");
    await c.page.goto(`${baseUrl()}${engagement}`);
    await c.page.getByRole("navigation", { name: "Bereiche des Auftrags" }).waitFor();
    await expectNoSidewaysScroll(c.page, "the engagement's tabs in German at 1200 px");

    // Narrower, the German payment record's table is wider than its box: the keyboard scrolls it.
    await c.page.setViewportSize({ width: 700, height: 900 });
    await c.page.goto(`${baseUrl()}${engagement}/invoices`);
    await c.page.getByRole("heading", { level: 2, name: "Rechnungen" }).waitFor();
    await expectWideTablesReachByKeyboard(c.page, "the invoices tab in German at 700 px");
  });
});
