import { describe, expect, test } from "vitest";
import { useJourney } from "./support/harness";
import { signedPair } from "./support/signed-agreement";

/**
 * An engagement's later tabs opened straight from an address (a bookmark, a link in a mail) by
 * someone whose account speaks French on a browser set to English: each tab is drawn in French
 * from the start, with no message key left on screen, and the browser's tab names the page and
 * the engagement in French.
 */

const { baseUrl, person } = useJourney();

/** A message key on screen: dotted lower-case words such as `health.chart.side`. */
const MESSAGE_KEY = /\b[a-z]+(?:\.[a-z][A-Za-z]*){2,}\b/;

describe("an engagement's tabs in the account's language", () => {
  test("health, reviews, disputes and exit open in French, titled after the tab and the engagement", async () => {
    const run = Date.now().toString(36);
    const { c, client, engagementId } = await signedPair({ baseUrl, person }, run);
    const engagement = await client.get<{ title: string }>(`/engagements/${engagementId}`);
    const csrf = await c.context.request.get(`${baseUrl()}/api/v1/auth/csrf`);
    const { token } = (await csrf.json()) as { token: string };
    const patched = await c.context.request.patch(`${baseUrl()}/api/v1/me`, {
      data: { locale: "fr" },
      headers: { "x-csrf-token": token },
    });
    expect(patched.ok()).toBe(true);
    // Every text the page draws, from its first paint: a key drawn and then replaced counts.
    await c.context.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { drawnTexts: seen });
      new MutationObserver(() => {
        const main = document.querySelector("main");
        if (main?.textContent) seen.push(main.textContent);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });

    const tabs = [
      { path: "health", name: "Santé", heading: "Santé de la relation" },
      { path: "reviews", name: "Avis", heading: null },
      { path: "disputes", name: "Différends", heading: null },
      { path: "exit", name: "Sortie", heading: null },
    ];
    for (const tab of tabs) {
      await c.page.goto(`${baseUrl()}/engagements/${engagementId}/${tab.path}`);
      const main = c.page.getByRole("main");
      await main.getByRole("link", { name: tab.name, exact: true }).waitFor();
      if (tab.heading) await main.getByRole("heading", { name: tab.heading }).waitFor();
      await c.page.waitForLoadState("networkidle");
      // The health tab's chart keeps its numbers in a table for screen readers: read it too.
      const drawn = await c.page.evaluate(
        () => (window as unknown as { drawnTexts: string[] }).drawnTexts,
      );
      const text = [...drawn, await main.evaluate((node) => node.textContent ?? "")].join("\n");
      expect(text, `${tab.path}: ${MESSAGE_KEY.exec(text)?.[0]}`).not.toMatch(MESSAGE_KEY);
      expect(await c.page.title()).toBe(`${tab.name} · ${engagement.title} · Accord`);
    }
  });
});

describe("a confirmation before giving notice", () => {
  test("opens with the focus on going back, so Enter alone never gives notice", async () => {
    const run = Date.now().toString(36);
    const { c, engagementId } = await signedPair({ baseUrl, person }, run);
    await c.page.goto(`${baseUrl()}/engagements/${engagementId}/exit`);
    const form = c.page.getByRole("form", { name: "Give notice" });
    await form.getByRole("button", { name: "Give notice" }).press("Enter");
    const dialog = c.page.getByRole("dialog");
    await dialog.getByText(/cannot be undone/).waitFor();
    const isFocused = (node: Element) => node === document.activeElement;
    await expect
      .poll(() => dialog.getByRole("button", { name: "Go back" }).evaluate(isFocused))
      .toBe(true);
    // Escape goes back, with the focus on the button that asked.
    await c.page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(await form.getByRole("button", { name: "Give notice" }).evaluate(isFocused)).toBe(true);
  });
});

describe("no notice before an agreement is in force", () => {
  test("the exit tab says why instead of offering a form the server would refuse", async () => {
    const run = Date.now().toString(36);
    const { c, engagementId } = await signedPair({ baseUrl, person }, run, {
      isLeftUnsigned: true,
    });
    await c.page.goto(`${baseUrl()}/engagements/${engagementId}/exit`);
    const main = c.page.getByRole("main");
    await main.getByText(/Notice cannot be given yet/).waitFor();
    await main.getByRole("link", { name: "Open the Agreement tab" }).waitFor();
    expect(await c.page.getByRole("form", { name: "Give notice" }).count()).toBe(0);
  });
});
