import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { logIn, useJourney } from "./support/harness";
import { signedPair } from "./support/signed-agreement";

/**
 * The Growth tab once an exit has ended the engagement, in a real browser. The client gives
 * notice; through the notice period the provider still sees the forms to set a goal and to
 * record a goal's value; once the exit date has come (the test clock), the goal is still there
 * to read, but neither form is offered: the server would refuse them (`engagement_ended`), and
 * the tab shows what the server's abilities say.
 */

const { baseUrl, person, advanceClock } = useJourney({ testClock: true });

const DAY_MS = 86_400_000;

describe("the Growth tab after the exit, in Chromium", () => {
  test("offers setting and measuring goals before the end and neither after it", async () => {
    const run = Date.now().toString(36);
    const { p, c, client, engagementId, providerEmail } = await signedPair(
      { baseUrl, person },
      run,
    );
    const base = `/engagements/${engagementId}`;
    await client.post(`${base}/goals`, {
      title: "Orders a month",
      baseline: 40,
      target: 200,
      unit: "orders",
      source: { kind: "agreement" },
    });
    const open = async (page: Page) => {
      await page.goto(`${baseUrl()}${base}/growth`);
      await page.getByRole("heading", { level: 2, name: "Goals" }).waitFor();
      await page
        .locator("article[data-goal]")
        .getByText("Orders a month: from 40 orders, target 200 orders")
        .waitFor();
    };
    const setGoal = p.page.getByRole("form", { name: "Set a goal" });
    const measure = p.page.getByRole("form", { name: "Orders a month" });

    const exit = await client.post<{ exitDate: string }>(`${base}/exit`, { reason: "notice" });
    await open(p.page);
    await setGoal.waitFor();
    await measure.getByLabel("Measured value (orders)").waitFor();

    const now = await advanceClock(
      `${Math.ceil((Date.parse(exit.exitDate) - Date.now()) / DAY_MS) + 1}d`,
    );
    expect(now.toISOString().slice(0, 10) >= exit.exitDate).toBe(true);
    // Their sessions ended while the weeks passed: the provider comes back and logs in.
    await logIn(p.page, baseUrl(), providerEmail);
    await open(p.page);
    expect(await setGoal.count()).toBe(0);
    expect(await measure.count()).toBe(0);

    await Promise.all([c.context.close(), p.context.close()]);
  });
});
