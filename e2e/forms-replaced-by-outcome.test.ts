import { describe, expect, test } from "vitest";
import { useJourney } from "./support/harness";
import { signedPair } from "./support/signed-agreement";

/**
 * Forms that their outcome replaces once sent, used from the keyboard alone: the check-in's
 * private answer and the notice to end. Once sent, the focus is on what replaced the form (the
 * answer's status, the exit's summary), not on the page's body, so someone on the keyboard
 * goes on from there rather than from the top of the page.
 */

const { baseUrl, person, advanceClock } = useJourney({ testClock: true });

const isFocused = (node: Element) => node === document.activeElement;

describe("a form replaced by its outcome, from the keyboard", () => {
  test("the check-in's answer and the notice leave the focus on what they became", async () => {
    const run = Date.now().toString(36);
    const { c, engagementId } = await signedPair({ baseUrl, person }, run);
    // The agreement's cadence (every 14 days) opens the first check-in.
    await advanceClock("15d");
    await c.page.goto(`${baseUrl()}/engagements/${engagementId}/health`);
    const form = c.page.getByRole("form", { name: "Your private check-in" });
    for (const scale of ["How is the relationship", "How is the provider"]) {
      await form
        .getByRole("group", { name: new RegExp(scale.replace("?", "\\?")) })
        .getByRole("radio", { name: "8" })
        .press("Space");
    }
    for (const reason of ["Clear communication", "Good quality"])
      await form.getByRole("checkbox", { name: reason }).press("Space");
    await form.getByRole("button", { name: "Send my private answer" }).press("Enter");
    const status = c.page.locator(".check-in-status");
    await status.getByText(/Your side answered on/).waitFor();
    await expect.poll(() => status.evaluate(isFocused)).toBe(true);

    await c.page.goto(`${baseUrl()}/engagements/${engagementId}/exit`);
    const notice = c.page.getByRole("form", { name: "Give notice" });
    await notice.getByRole("button", { name: "Give notice" }).press("Enter");
    const dialog = c.page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Go back" }).waitFor();
    await c.page.keyboard.press("Shift+Tab");
    await c.page.keyboard.press("Enter");
    const summary = c.page.getByRole("heading", { level: 2, name: "Exit", exact: true });
    await summary.waitFor();
    await expect.poll(() => summary.evaluate(isFocused)).toBe(true);
  });
});
