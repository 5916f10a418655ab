import { describe, expect, test } from "vitest";
import { signUp, useJourney } from "./support/harness";
import { apiOf, signedAgreement } from "./support/signed-agreement";

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
});
