import type { Locator } from "playwright-core";
import { describe, expect, test } from "vitest";
import { useJourney } from "./support/harness";
import { countRequests } from "./support/sent-requests";
import { signedPair } from "./support/signed-agreement";

/**
 * A double click, or Enter pressed twice, submits a form twice before the page has drawn its
 * button as busy: the form sends once, and says nothing of a second it never sent.
 */

const journey = useJourney();

/** Two clicks before the page draws again, as a double click on a busy machine lands. */
async function clickTwiceInOneFrame(button: Locator): Promise<void> {
  await button.evaluate((element: HTMLButtonElement) => {
    element.click();
    element.click();
  });
}

describe("a form submitted twice in a real browser", () => {
  test("a double click on a form's button sends one request and makes one change request", async () => {
    const run = Date.now().toString(36);
    const { c, client, engagementId } = await signedPair(journey, run);
    await c.page.goto(`${journey.baseUrl()}/engagements/${engagementId}/changes`);
    const form = c.page.locator("form", {
      has: c.page.getByRole("button", { name: "Propose the change" }),
    });
    await form.getByLabel("Title").fill("Gift cards");
    await form.getByLabel("What and why").fill("Sell gift cards for the holidays.");
    const proposals = countRequests(c.page, "POST", /\/change-requests$/);

    // The button is not yet disabled for the second click.
    const button = form.getByRole("button", { name: "Propose the change" });
    await clickTwiceInOneFrame(button);
    // Both requests, when there are two, are on their way before the first answer shows.
    await form.locator(".alert").waitFor();
    expect(proposals()).toBe(1);
    await form.getByText("Change request #1 proposed.", { exact: false }).waitFor();
    // A person's double click, and Enter pressed twice in a field, send once as well.
    await form.getByLabel("Title").fill("Loyalty points");
    await form.getByLabel("What and why").fill("Points for returning customers.");
    await button.dblclick();
    await form.getByText("Change request #2 proposed.", { exact: false }).waitFor();
    await form.getByLabel("Title").fill("Gift wrapping");
    await form.getByLabel("What and why").fill("Wrapping at checkout.");
    await form.getByLabel("Title").press("Enter");
    await form.getByLabel("Title").press("Enter");
    await form.getByText("Change request #3 proposed.", { exact: false }).waitFor();

    expect(proposals()).toBe(3);
    await expect(form.getByText("still open").count()).resolves.toBe(0);
    const listed = await client.get<{ changeRequests: { title: string }[] }>(
      `/engagements/${engagementId}/change-requests`,
    );
    expect(listed.changeRequests.map((change) => change.title)).toEqual([
      "Gift wrapping",
      "Loyalty points",
      "Gift cards",
    ]);
  });

  test("the goal and recognition forms, built the one way since, send one request for two clicks", async () => {
    const run = Date.now().toString(36);
    const { c, client, engagementId } = await signedPair(journey, run);
    await c.page.goto(`${journey.baseUrl()}/engagements/${engagementId}/growth`);
    const setGoal = c.page.getByRole("form", { name: "Set a goal" });
    await setGoal.getByLabel("Goal").fill("Orders a month");
    await setGoal.getByLabel("Baseline").fill("40");
    await setGoal.getByLabel("Target").fill("200");
    await setGoal.getByLabel("Unit").fill("orders");
    const goals = countRequests(c.page, "POST", /\/goals$/);
    await clickTwiceInOneFrame(setGoal.getByRole("button", { name: "Set the goal" }));
    await c.page
      .locator("article[data-goal]")
      .getByText("Orders a month: from 40 orders, target 200 orders")
      .waitFor();
    expect(goals()).toBe(1);
    const listed = await client.get<{ goals: { title: string }[] }>(
      `/engagements/${engagementId}/goals`,
    );
    expect(listed.goals.map((goal) => goal.title)).toEqual(["Orders a month"]);

    // A double click on "recognise" gives one recognition, so health counts it once.
    const give = c.page.getByRole("form", { name: "Recognise the other side" });
    await give.getByLabel("For a goal reached").selectOption({ label: "Orders a month" });
    await give.getByLabel("In your words").fill("The new checkout doubled our orders.");
    const recognitions = countRequests(c.page, "POST", /\/recognitions$/);
    await clickTwiceInOneFrame(give.getByRole("button", { name: "Give recognition" }));
    await c.page
      .locator("li[data-recognition]", { hasText: "Kudos from" })
      .getByText("Waiting for consent to show it")
      .waitFor();
    expect(recognitions()).toBe(1);
    await expect(give.getByText("already gave").count()).resolves.toBe(0);
  });
});
