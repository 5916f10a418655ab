import { describe, expect, test } from "vitest";
import { signUp, useJourney } from "./support/harness";
import { apiOf, signedAgreement, signedPair } from "./support/signed-agreement";

/**
 * The home page people open each morning: after signing in they land on what waits for them,
 * most urgent first, and one click takes them where it is done.
 */

const { baseUrl, person } = useJourney();

describe("the home page in Chromium", () => {
  test("a round handed in waits on the client's home page, and one click opens it", async () => {
    const run = Date.now().toString(36);
    const p = await person();
    await signUp(p.page, baseUrl(), "Paula Okafor", `paula-${run}@example.test`);
    const c = await person();
    await signUp(c.page, baseUrl(), "Clara Diaz", `clara-${run}@example.test`);
    await c.page.getByRole("heading", { level: 1, name: "Waiting for you" }).waitFor();
    const providerApi = await apiOf(p.context, baseUrl());
    const engagementId = await signedAgreement(await apiOf(c.context, baseUrl()), providerApi, run);
    await providerApi.post(`/engagements/${engagementId}/deliverables/d1/submissions`, {
      description: "Catalogue, cart and checkout on staging.",
    });

    // Opened afresh, a page draws without a warning in the console (React Router's, when the
    // page's code is still loading and no fallback is named).
    const warnings: string[] = [];
    c.page.on("console", (message) => {
      if (message.type() === "warning") warnings.push(message.text());
    });
    await c.page.goto(`${baseUrl()}/engagements`);
    await c.page.getByRole("link", { name: `Tea shop website ${run}` }).waitFor();
    expect(warnings).toEqual([]);

    await c.page.goto(baseUrl());
    const item = c.page
      .getByRole("listitem")
      .filter({ hasText: "Evaluate round 1 of “Online shop”" });
    await item.waitFor();
    expect(await item.textContent()).toContain(
      `Tea shop website ${run} · with Fabrikam Studio ${run}`,
    );
    await c.page.getByText("1 thing waits for you").waitFor();
    await item.getByRole("link", { name: "Evaluate" }).click();
    await c.page.waitForURL(`**/engagements/${engagementId}/delivery`);

    // The provider has nothing to do meanwhile, and is told what will appear.
    await p.page.goto(baseUrl());
    await p.page.getByRole("heading", { level: 2, name: "Nothing is waiting for you" }).waitFor();
    await p.page.getByRole("link", { name: "See your engagements" }).waitFor();
  });

  test("a refund the provider recorded waits on the client's home page, and one click lands on it", async () => {
    const run = Date.now().toString(36);
    const { c, client, provider, engagementId } = await signedPair({ baseUrl, person }, run);
    const base = `/engagements/${engagementId}`;
    const today = new Date().toISOString().slice(0, 10);
    const draft = await provider.post<{ id: string }>(`${base}/invoices`, {
      source: { kind: "manual" },
      lines: [{ description: "Advance", quantityMilli: 1000, unitPriceMinor: 300_000 }],
    });
    await provider.post(`${base}/invoices/${draft.id}/issue`);
    const payment = await client.post<{ id: string }>(
      `${base}/invoices/${draft.id}/payments`,
      { amountMinor: 300_000, currency: "EUR", paidOn: today },
      { "idempotency-key": `pay-${run}` },
    );
    await provider.post(`${base}/invoices/${draft.id}/payments/${payment.id}/confirm`);
    await provider.post(`${base}/refunds`, { amountMinor: 50_000, currency: "EUR", paidOn: today });

    await c.page.goto(baseUrl());
    const item = c.page
      .getByRole("listitem")
      .filter({ hasText: "Confirm whether the refund of €500.00 arrived" });
    await item.getByRole("link", { name: "Confirm or reject" }).click();
    await c.page.waitForURL(`**${base}/invoices#refunds`);
    const refunds = c.page.getByRole("region", { name: "Refunds" });
    await refunds.getByRole("button", { name: /^Confirm the refund of €500\.00/ }).waitFor();
    // The card takes focus on arrival, so a keyboard user starts where the answer is.
    await c.page.waitForFunction(() => document.activeElement?.id === "refunds");
  });
});
