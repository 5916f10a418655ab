import { mkdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  RESULTS_DIR,
  openAccountMenu,
  openOrgSettings,
  signUp,
  useJourney,
} from "./support/harness";
import { apiOf, signedAgreement } from "./support/signed-agreement";

/**
 * The two sides talking, in a real browser, each in its own profile; the signed agreement is
 * set up through the API. The provider opens a deliverable's thread from the Delivery tab and
 * writes; the client sees the unread count in the navigation, follows the notification to the
 * thread and reads it; the provider then sees that the other side read it. The client turns off
 * one e-mail and it stays off; as an owner, the client adds a webhook and sees its secret once.
 */

const MESSAGE = "Round 1 is on staging.\nThe checkout takes test cards only.";
const HOOK_URL = "https://hooks.example.com/accord";

const { baseUrl, person } = useJourney();

describe("messages, notifications, e-mail choices and webhooks in Chromium", () => {
  test("a message reaches the other side as a notification, is read there, and its author sees the receipt", async () => {
    const run = Date.now().toString(36);
    const p = await person();
    await signUp(p.page, baseUrl(), "Paula Okafor", `paula-${run}@example.test`);
    const c = await person();
    await signUp(c.page, baseUrl(), "Clara Diaz", `clara-${run}@example.test`);
    const engagementId = await signedAgreement(
      await apiOf(c.context, baseUrl()),
      await apiOf(p.context, baseUrl()),
      run,
    );
    mkdirSync(RESULTS_DIR, { recursive: true });

    // The provider opens the deliverable's thread from its card and writes in it.
    await p.page.goto(`${baseUrl()}/engagements/${engagementId}/delivery`);
    await p.page.getByRole("link", { name: "Discuss “Online shop”" }).click();
    await p.page.waitForURL(/\/messages\?thread=deliverable%3Ad1$/);
    await p.page.getByRole("heading", { level: 2, name: "Deliverable: Online shop" }).waitFor();
    await p.page.getByRole("region", { name: "Response times" }).waitFor();
    await p.page.getByText("No messages in this thread yet.").waitFor();
    await p.page.getByLabel("Your message").fill(MESSAGE);
    await p.page.getByRole("button", { name: "Send", exact: true }).click();
    const sent = p.page.getByRole("listitem").filter({ hasText: "Round 1 is on staging." });
    await sent.getByText("Not read yet").waitFor();
    expect(await sent.locator(".prewrap").innerText()).toBe(MESSAGE);

    // The client sees the unread count in the navigation and follows the notification.
    await c.page.goto(`${baseUrl()}/engagements`);
    const nav = c.page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "Notifications 1 unread" }).click();
    await c.page.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
    await c.page.getByText("1 unread notification").waitFor();
    const notification = c.page
      .getByRole("listitem")
      .filter({ hasText: `Tea shop website ${run}` });
    await notification.getByText("Unread:").waitFor();
    await c.page.screenshot({ path: `${RESULTS_DIR}/notifications.png`, fullPage: true });
    const isRead = c.page.waitForResponse(
      (response) => response.url().endsWith("/messages/read") && response.ok(),
    );
    await notification
      .getByRole("link", { name: "Paula Okafor wrote about a deliverable" })
      .click();
    await c.page.waitForURL(/\/messages\?thread=deliverable%3Ad1$/);
    await c.page.getByText("Round 1 is on staging.").waitFor();
    await isRead;
    await nav.getByRole("link", { name: "Notifications", exact: true }).waitFor();
    await c.page.getByRole("link", { name: "Messages", exact: true }).waitFor();
    await c.page.getByLabel("Your message").fill("Thanks, I will try it today.");
    await c.page.getByRole("button", { name: "Send", exact: true }).click();
    await c.page.getByText("Thanks, I will try it today.").waitFor();

    // The provider sees that the client read the message, and the answer.
    await p.page.reload();
    await sent.getByText(/^Read by the other side on /).waitFor();
    await p.page.getByText("Thanks, I will try it today.").waitFor();
    // Reading the answer in its thread also reads its notification.
    await p.page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Notifications", exact: true })
      .waitFor();
    await p.page.screenshot({ path: `${RESULTS_DIR}/messages-thread.png`, fullPage: true });

    // The client turns off the e-mails about messages; the choice survives a reload.
    await openAccountMenu(c.page, "Settings");
    const emails = c.page.getByRole("group", { name: "E-mail me when…" });
    const aboutMessages = emails.getByRole("checkbox", { name: "someone writes a message" });
    expect(await aboutMessages.isChecked()).toBe(true);
    await aboutMessages.uncheck();
    await c.page.getByRole("button", { name: "Save e-mail choices" }).click();
    await c.page.getByText("Your e-mail choices are saved.").waitFor();
    await c.page.reload();
    await aboutMessages.waitFor();
    expect(await aboutMessages.isChecked()).toBe(false);
    expect(await emails.getByRole("checkbox", { name: "a round is evaluated" }).isChecked()).toBe(
      true,
    );

    // The client's owner adds a webhook: plain http is refused, https is added and its secret
    // shown once.
    await openOrgSettings(c.page, "Webhooks");
    await c.page
      .getByRole("heading", { level: 1, name: `Webhooks of Northwind Traders ${run}` })
      .waitFor();
    await c.page.getByRole("button", { name: "Add the endpoint" }).click();
    await c.page.getByText("Enter the https:// address Accord should send events to.").waitFor();
    expect(
      await c.page.getByLabel("Endpoint address").evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await c.page.getByLabel("Endpoint address").fill("http://hooks.example.com/accord");
    await c.page.getByRole("button", { name: "Add the endpoint" }).click();
    await c.page.getByText("Use an https:// address").first().waitFor();
    await c.page.getByLabel("Endpoint address").fill(HOOK_URL);
    await c.page.getByLabel("Description (optional)").fill("Order system");
    await c.page.getByRole("checkbox", { name: /^Message written/ }).check();
    await c.page.getByRole("button", { name: "Add the endpoint" }).click();
    const secret = c.page.getByRole("region", { name: `Signing secret for ${HOOK_URL}` });
    await secret.getByText(/Accord will not show it again/).waitFor();
    expect(await secret.getByLabel("Signing secret").inputValue()).toMatch(/^whsec_/);
    const endpoint = c.page.getByRole("article", { name: HOOK_URL });
    await endpoint.getByText("Receives: Message written.").waitFor();
    await endpoint.getByText("On", { exact: true }).waitFor();
    await c.page.screenshot({ path: `${RESULTS_DIR}/webhook-secret.png`, fullPage: true });
    await secret.getByRole("button", { name: "I have stored it" }).click();
    await c.page.reload();
    await endpoint.waitFor();
    expect(await c.page.getByLabel("Signing secret").count()).toBe(0);
    await endpoint.getByRole("button", { name: "Show the delivery log" }).click();
    await endpoint.getByText("Nothing sent yet. Deliveries start with the next event.").waitFor();

    await Promise.all([c.context.close(), p.context.close()]);
  });

  test("a long timeline shows its newest events first and earlier ones on request", async () => {
    const run = Date.now().toString(36);
    const p = await person();
    await signUp(p.page, baseUrl(), "Paula Okafor", `paula-t-${run}@example.test`);
    const c = await person();
    await signUp(c.page, baseUrl(), "Clara Diaz", `clara-t-${run}@example.test`);
    const providerApi = await apiOf(p.context, baseUrl());
    const engagementId = await signedAgreement(await apiOf(c.context, baseUrl()), providerApi, run);
    // More events than the timeline's first page (50): each message is one.
    for (let i = 0; i < 50; i++) {
      await providerApi.post(`/engagements/${engagementId}/messages`, {
        thread: "engagement",
        body: `Progress note ${i}`,
      });
    }
    const { events } = await providerApi.get<{ events: { seq: number }[] }>(
      `/engagements/${engagementId}/events?after=0&limit=200`,
    );

    await c.page.goto(`${baseUrl()}/engagements/${engagementId}`);
    const timeline = c.page.getByRole("region", { name: "Timeline" });
    const entries = timeline.getByRole("listitem");
    // The newest 50, oldest first, the last message at the end; the earlier ones on request.
    const entry = (seq: number) => new RegExp(`\\bentry ${seq} ·`);
    await entries.last().getByText(entry(events.length)).waitFor();
    expect(await entries.count()).toBe(50);
    await entries
      .first()
      .getByText(entry(events.length - 49))
      .waitFor();
    await timeline.getByRole("button", { name: "Show earlier events" }).click();
    await entries.first().getByText(entry(1)).waitFor();
    expect(await entries.count()).toBe(events.length);
    await entries.last().getByText(entry(events.length)).waitFor();
    expect(await timeline.getByRole("button", { name: "Show earlier events" }).count()).toBe(0);

    await Promise.all([c.context.close(), p.context.close()]);
  });
});
