import type { Locator } from "playwright-core";
import { describe, expect, test } from "vitest";
import { PASSWORD, signUp, useJourney } from "./support/harness";
import { countRequests } from "./support/sent-requests";
import { apiOf, signedPair } from "./support/signed-agreement";

/**
 * A double click, or Enter pressed twice, submits a form twice before the page has drawn its
 * button as busy: the form sends once, and says nothing of a second it never sent.
 */

// The test clock lets months pass, so a review of the relationship opens and sessions end.
const journey = useJourney({ testClock: true });

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

  test("a dispute's buttons and their confirmations send one request for two clicks", async () => {
    const run = Date.now().toString(36);
    const { c, client, provider, engagementId } = await signedPair(journey, run);
    const disputes = `/engagements/${engagementId}/disputes`;
    const dispute = await client.post<{ id: string }>(disputes, {
      subject: { kind: "conduct", ref: null },
      statement: "Three calls missed in a row.",
      wants: "Calls kept, or moved a day before.",
      sendAnyway: false,
    });
    const steps = `${disputes}/${dispute.id}`;
    await provider.post(`${steps}/response`, {
      response: "Fair: we will move calls a day before.",
      sendAnyway: false,
    });
    await provider.post(`${steps}/offers`, {
      items: [{ kind: "apology", text: "We are sorry for the missed calls." }],
      sendAnyway: false,
    });
    await c.page.goto(`${journey.baseUrl()}${disputes}`);

    // Declining is one button, with no confirmation.
    const answers = countRequests(c.page, "POST", /\/offers\/answer$/);
    await clickTwiceInOneFrame(c.page.getByRole("button", { name: "Decline the offer" }));
    await c.page.getByRole("button", { name: "Move up the ladder" }).waitFor();
    expect(answers()).toBe(1);

    // Climbing the ladder is asked first: two clicks on the confirmation climb one rung.
    await c.page.getByRole("button", { name: "Move up the ladder" }).click();
    const escalations = countRequests(c.page, "POST", /\/escalate$/);
    const dialog = c.page.getByRole("dialog");
    await dialog.getByText(/cannot be undone/).waitFor();
    await clickTwiceInOneFrame(dialog.getByRole("button", { name: "Move up the ladder" }));
    await dialog.waitFor({ state: "hidden" });
    await c.page.getByRole("button", { name: "Move up the ladder" }).waitFor({ state: "detached" });
    expect(escalations()).toBe(1);
    await expect(c.page.locator(".alert-error").count()).resolves.toBe(0);
  });

  test("withdrawing a pending proposal is asked first, and two clicks on the confirmation withdraw once", async () => {
    const run = Date.now().toString(36);
    const { c, client } = await signedPair(journey, run);
    const me = await client.get<{ memberships: { org: { id: string } }[] }>("/me");
    const proposed = await client.post<{ id: string }>("/engagements", {
      orgId: me.memberships[0]?.org.id ?? "",
      title: `Lost mail ${run}`,
      counterpartEmail: `nobody-${run}@example.test`,
    });
    await c.page.goto(`${journey.baseUrl()}/engagements/${proposed.id}`);

    await c.page.getByRole("button", { name: "Withdraw the proposal" }).click();
    const withdrawals = countRequests(c.page, "POST", /\/withdraw$/);
    const dialog = c.page.getByRole("dialog");
    await dialog.getByText(/invitation link stops working/).waitFor();
    await clickTwiceInOneFrame(dialog.getByRole("button", { name: "Withdraw the proposal" }));
    await dialog.waitFor({ state: "hidden" });
    await c.page
      .getByRole("button", { name: "Withdraw the proposal" })
      .waitFor({ state: "detached" });
    expect(withdrawals()).toBe(1);
    await expect(
      client.get<{ status: string }>(`/engagements/${proposed.id}`),
    ).resolves.toMatchObject({ status: "withdrawn" });
    await expect(c.page.locator(".alert-error").count()).resolves.toBe(0);
  });

  test("inviting a colleague and accepting the invitation send once for two clicks", async () => {
    const run = Date.now().toString(36);
    const { c, client } = await signedPair(journey, run);
    const me = await client.get<{ memberships: { org: { id: string } }[] }>("/me");
    const orgId = me.memberships[0]?.org.id ?? "";
    await c.page.goto(`${journey.baseUrl()}/orgs/${orgId}/members`);
    const carolEmail = `carol-${run}@example.test`;
    await c.page.getByLabel("Their e-mail address").fill(carolEmail);
    const invitations = countRequests(c.page, "POST", /\/orgs\/[^/]+\/invitations$/);
    await clickTwiceInOneFrame(c.page.getByRole("button", { name: "Send invitation" }));
    await c.page.getByText(`Invitation sent to ${carolEmail}.`).waitFor();
    expect(invitations()).toBe(1);

    // Carol signs up, finds the link in her mailbox and accepts with a double click.
    const carol = await journey.person();
    await signUp(carol.page, journey.baseUrl(), "Carol Nguyen", carolEmail);
    const mailbox = await (
      await apiOf(carol.context, journey.baseUrl())
    ).get<{ messages: { text: string }[] }>("/mailbox");
    const link = mailbox.messages
      .map((message) => /https?:\/\/\S+\/invitations\/[^\s/]+/.exec(message.text)?.[0])
      .find(Boolean);
    await carol.page.goto(link ?? "");
    const accepts = countRequests(carol.page, "POST", /\/invitations\/[^/]+\/accept$/);
    await clickTwiceInOneFrame(carol.page.getByRole("button", { name: "Accept", exact: true }));
    await carol.page.getByRole("heading", { level: 1, name: /^Members of / }).waitFor();
    expect(accepts()).toBe(1);
    await expect(carol.page.locator(".alert-error").count()).resolves.toBe(0);
  });

  test("logging in again and answering the review of the relationship send once for two clicks", async () => {
    const run = Date.now().toString(36);
    const { p, c, engagementId, providerEmail } = await signedPair(journey, run);
    // Nothing happens for four months: a review opens, and the sessions end.
    await journey.advanceClock("121d");
    // The light log-in page (plain DOM) turns its button off at the first click.
    await p.page.goto(`${journey.baseUrl()}/login`);
    await p.page.getByLabel("E-mail address").fill(providerEmail);
    await p.page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    const lightLogIns = countRequests(p.page, "POST", /\/auth\/login$/);
    await clickTwiceInOneFrame(p.page.getByRole("button", { name: "Log in" }));
    await p.page.waitForURL((url) => url.pathname === "/");
    expect(lightLogIns()).toBe(1);

    const growth = `/engagements/${engagementId}/growth`;
    await c.page.goto(`${journey.baseUrl()}${growth}`);
    // Inside the app, the signed-out reader gets the app's own log-in form, then goes back.
    await c.page.getByRole("heading", { level: 1, name: "Log in" }).waitFor();
    await c.page.getByLabel("E-mail address").fill(`clara-${run}@example.test`);
    await c.page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    const logIns = countRequests(c.page, "POST", /\/auth\/login$/);
    await clickTwiceInOneFrame(c.page.getByRole("button", { name: "Log in" }));
    await c.page.waitForURL((url) => url.pathname === growth);
    expect(logIns()).toBe(1);

    const review = c.page.getByRole("region", { name: "Review of the relationship" });
    await review.getByLabel("What was achieved against the goals").fill("The shop is live.");
    await review.getByLabel("What to aim for next").fill("200 orders a month");
    const answers = countRequests(c.page, "POST", /\/relationship-reviews\/[^/]+\/answer$/);
    await clickTwiceInOneFrame(review.getByRole("button", { name: "Send our answer" }));
    await review
      .getByText("Your answer is in. Both answers show once the other side answers.")
      .waitFor();
    expect(answers()).toBe(1);
    await expect(review.locator(".alert-error").count()).resolves.toBe(0);
  });
});
