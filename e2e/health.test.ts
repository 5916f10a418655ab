import { mkdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { RESULTS_DIR, useJourney } from "./support/harness";
import { signedPair } from "./support/signed-agreement";

/**
 * Relationship health in a real browser, each side in its own profile. With the agreement
 * signed (through the API), the client asks for three extra pieces of work and prices none:
 * both sides see both scores explained, the scope-creep warning with its evidence and next
 * step, and the scores over time. The provider follows the next step and prices the first
 * demand in a change request a day later; the client approves it; the warning clears itself.
 */

const DEMANDS = ["Gift wrapping option", "Loyalty points", "Wholesale price list"];

const { baseUrl, person, advanceClock } = useJourney({ testClock: true });

describe("relationship health in Chromium", () => {
  test("both scores explain themselves, scope creep warns with its evidence and next step, and pricing the work clears it", async () => {
    const run = Date.now().toString(36);
    const { p, c, client, engagementId } = await signedPair({ baseUrl, person }, run);
    for (const title of DEMANDS) {
      await client.post(`/engagements/${engagementId}/change-requests`, {
        title,
        reason: "Customers keep asking for it.",
      });
    }
    const tab = (name: string) => `${baseUrl()}/engagements/${engagementId}/${name}`;
    mkdirSync(RESULTS_DIR, { recursive: true });

    // The client opens the Health tab: both sides' scores, each explaining itself.
    await c.page.goto(tab(""));
    await c.page.getByRole("link", { name: "Health", exact: true }).click();
    await c.page.getByRole("heading", { level: 2, name: "Relationship health" }).waitFor();
    const providerCard = c.page.getByRole("region", { name: `Provider: Fabrikam Studio ${run}` });
    const clientCard = c.page.getByRole("region", { name: `Client: Northwind Traders ${run}` });
    await providerCard.getByText("On this engagement:").waitFor();
    await clientCard.getByText(/^\d+ \/ 100$/).waitFor();
    const scopeRow = clientCard.getByRole("row", { name: /Scope stability/ });
    await scopeRow.getByText("30% of the agreed effort unpriced").waitFor();
    await scopeRow.getByRole("link", { name: `#1 ${DEMANDS[0]}` }).waitFor();
    await clientCard.getByText(/What would raise it most:/).waitFor();
    await clientCard.getByText("New", { exact: true }).waitFor();
    expect(
      await clientCard.getByRole("link", { name: "How scores work" }).getAttribute("href"),
    ).toBe("/how-scores-work");

    // The warning: its level, its reason, its evidence and the next step.
    const warning = c.page.locator('[data-warning="unpriced_changes"]');
    await warning.getByText("Amber", { exact: true }).waitFor();
    await warning.getByText("Unpriced change requests").waitFor();
    await warning
      .getByText("Unpriced demands come to 30% of the agreed scope (3 demands).")
      .waitFor();
    await warning.getByText("For the client to act on.").waitFor();
    for (const [index, title] of DEMANDS.entries()) {
      expect(
        await warning.getByRole("link", { name: `#${index + 1} ${title}` }).getAttribute("href"),
      ).toBe(`/engagements/${engagementId}/changes#change-${index + 1}`);
    }
    await warning.getByRole("link", { name: "Price the added work in a change request" }).waitFor();

    // The chart of both sides' scores over time is drawn, with its numbers as a table.
    const chart = c.page.locator("figure.line-chart");
    await chart.getByText("Both sides’ scores on this engagement, by day").first().waitFor();
    await chart.locator("canvas").first().waitFor();
    await c.page.screenshot({ path: `${RESULTS_DIR}/health-warning.png`, fullPage: true });

    // A day later the provider follows the next step and prices the first demand.
    await advanceClock("1d");
    await p.page.goto(tab("health"));
    await p.page
      .locator('[data-warning="unpriced_changes"]')
      .getByRole("link", { name: "Price the added work in a change request" })
      .click();
    await p.page.waitForURL(/\/changes$/);
    const providerChange = p.page.getByRole("article", { name: `#1 ${DEMANDS[0]}` });
    await providerChange.getByRole("button", { name: "Price change #1" }).click();
    const priceForm = providerChange.getByRole("form", { name: "Price change #1" });
    await priceForm.getByLabel("Effort").fill("1");
    await priceForm.getByLabel("Unit").selectOption("day");
    await priceForm.getByLabel("Price (EUR)").fill("600");
    await priceForm.getByRole("button", { name: "Send the price" }).click();
    await providerChange.getByText("Priced", { exact: true }).waitFor();

    // Priced but not yet approved, the work still counts; once the client approves, it does not.
    await c.page.goto(tab("changes"));
    const clientChange = c.page.getByRole("article", { name: `#1 ${DEMANDS[0]}` });
    await clientChange.getByRole("button", { name: "Approve change #1" }).click();
    await clientChange.getByText("Approved", { exact: true }).waitFor();

    await c.page.getByRole("link", { name: "Health", exact: true }).click();
    await c.page.getByText("No warnings: nothing needs attention.").waitFor();
    expect(await c.page.locator('[data-warning="unpriced_changes"]').count()).toBe(0);
    await clientCard
      .getByRole("row", { name: /Scope stability/ })
      .getByText("20% of the agreed effort unpriced")
      .waitFor();
    // Two days of history now: the chart's table lists the client's score on each (the
    // provider, with nothing delivered yet, has no score to draw).
    await chart.locator("table tr").nth(1).waitFor({ state: "attached" });
    await providerCard.getByText("On this engagement: not enough evidence yet").waitFor();
    await c.page.screenshot({ path: `${RESULTS_DIR}/health-cleared.png`, fullPage: true });

    await c.page.getByRole("link", { name: "Overview" }).click();
    await c.page
      .getByRole("region", { name: "Timeline" })
      .getByText("A health warning cleared")
      .waitFor();

    await Promise.all([c.context.close(), p.context.close()]);
  });
});
