import { mkdirSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { RESULTS_DIR, confirmStep, signUp, useJourney } from "./support/harness";
import { countRequests } from "./support/sent-requests";
import {
  CRITERION_PAYMENT,
  CRITERION_SPEED,
  apiOf,
  signedAgreement,
} from "./support/signed-agreement";

/**
 * Stages 5–6 in a real browser, each side in its own browser profile. The signed agreement is
 * set up through the API (the brief-to-agreement journey covers that part in the browser); then,
 * on screen: the provider hands in a round with a file; the client finds one criterion unmet,
 * with its reason, and adds a remark outside the criteria, which does not block; the provider
 * hands in again and the client accepts; the client turns the remark into a change request, the
 * provider prices it, the client approves it, both owners sign the amendment and it is applied.
 */

const UNMET_REASON = "The home page takes 4.1 s on the staging site.";
const REMARK = "Could the buttons be a darker blue?";

const { baseUrl, person } = useJourney();

/** A round of the deliverable, found by its heading. */
function round(page: Page, n: number): Locator {
  return page.getByRole("article", { name: `Round ${n}`, exact: true });
}

function deliverable(page: Page): Locator {
  return page.getByRole("article", { name: "Online shop", exact: true });
}

async function evaluate(page: Page, n: number, speed: "Met" | "Not met"): Promise<Locator> {
  const form = page.getByRole("form", { name: `Evaluate round ${n}` });
  await form
    .getByRole("group", { name: `Criterion 1: ${CRITERION_PAYMENT}` })
    .getByRole("radio", { name: "Met", exact: true })
    .check();
  await form
    .getByRole("group", { name: `Criterion 2: ${CRITERION_SPEED}` })
    .getByRole("radio", { name: speed, exact: true })
    .check();
  return form;
}

describe("delivery, evaluation and a change request in Chromium", () => {
  test("a round is judged criterion by criterion, a remark becomes a priced, approved and signed change", async () => {
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
    const tab = (name: string) => `${baseUrl()}/engagements/${engagementId}/${name}`;
    mkdirSync(RESULTS_DIR, { recursive: true });

    // The provider hands in round 1: the picker refuses a file type the server would refuse.
    await p.page.goto(tab("delivery"));
    await p.page.getByRole("heading", { level: 2, name: "Milestone: Launch" }).waitFor();
    await deliverable(p.page).getByText("Not handed in yet").waitFor();
    await p.page.getByText("Revision rounds: 0 of 2 used, 2 left").waitFor();
    // Each deliverable's hand-in form is a region named after it, not one of several alike.
    await p.page.getByRole("region", { name: "Hand in a round of “Online shop”" }).waitFor();
    // Handed in without saying what was done and with a link that is not one, the form says
    // so next to each field, focuses the first and sends nothing; the words clear once fixed.
    const handIns = countRequests(p.page, "POST", /\/submissions$/);
    await p.page.getByLabel("Links (one per line)").fill("staging.example.test/shop");
    await p.page.getByRole("button", { name: "Hand in round 1" }).click();
    const described = p.page.getByLabel("What was done");
    await p.page.getByText("Say what was done in this round").waitFor();
    expect(await described.evaluate((el) => el === document.activeElement)).toBe(true);
    await p.page.getByText("Line 1: Enter a full web address, starting with https://.").waitFor();
    expect(handIns()).toBe(0);
    await described.fill("Catalogue, cart and checkout on staging.");
    await p.page.getByText("Say what was done in this round").waitFor({ state: "detached" });
    await p.page.getByLabel("Links (one per line)").fill("https://staging.example.test/shop");
    const files = p.page.getByLabel("Files", { exact: true });
    await files.setInputFiles({
      name: "setup.exe",
      mimeType: "application/octet-stream",
      buffer: Buffer.from("MZ"),
    });
    await p.page.getByText("“setup.exe” is not a file type Accord accepts.").waitFor();
    await files.setInputFiles({
      name: "lighthouse-report.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n% Lighthouse: performance 71\n"),
    });
    await p.page
      .getByRole("list", { name: "Files to hand in" })
      .getByText("lighthouse-report.pdf")
      .waitFor();
    await p.page.getByRole("button", { name: "Hand in round 1" }).click();
    await p.page.getByText("Round 1 handed in.").waitFor();
    await round(p.page, 1).getByText("In review", { exact: true }).waitFor();
    await round(p.page, 1)
      .getByText(/^Accepted automatically on .+ if not evaluated by then/)
      .waitFor();
    expect(await p.page.getByRole("button", { name: "Hand in round 2" }).isDisabled()).toBe(true);
    await p.page.getByText("A round is waiting for the client’s evaluation.").waitFor();

    // The client downloads nothing yet but sees the file; a criterion unmet without a reason is
    // refused next to that criterion.
    await c.page.goto(tab("delivery"));
    const fileLink = round(c.page, 1).getByRole("link", { name: "lighthouse-report.pdf" });
    expect(await fileLink.getAttribute("href")).toMatch(
      new RegExp(`/api/v1/engagements/${engagementId}/files/[^/]+$`),
    );
    const form = await evaluate(c.page, 1, "Not met");
    const speed = form.getByRole("group", { name: `Criterion 2: ${CRITERION_SPEED}` });
    const evaluations = countRequests(c.page, "POST", /\/evaluation$/);
    await form.getByRole("button", { name: "Send the evaluation" }).click();
    await speed
      .getByText("Say why the criterion is not met, so the provider can fix it.")
      .waitFor();
    // Asked before sending, with focus on the reason to write.
    expect(evaluations()).toBe(0);
    expect(
      await speed.getByLabel("Reason (required)").evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await form.screenshot({ path: `${RESULTS_DIR}/evaluation-reason-required.png` });

    // With the reason, and a remark outside the criteria, the round goes back for changes.
    await speed.getByLabel("Reason (required)").fill(UNMET_REASON);
    await form.getByRole("button", { name: "Add a remark" }).click();
    await form.getByRole("textbox", { name: "Remark 1", exact: true }).fill(REMARK);
    await form
      .getByText("1 criterion is not met: sending asks the provider for changes.")
      .waitFor();
    await form.getByRole("button", { name: "Send the evaluation" }).click();
    const judged = round(c.page, 1);
    await judged.getByText("Changes requested", { exact: true }).waitFor();
    await judged.getByText(`Reason: ${UNMET_REASON}`).waitFor();
    const remark = judged.getByRole("listitem").filter({ hasText: REMARK });
    await remark.getByText("Does not block acceptance").waitFor();
    await c.page
      .getByRole("region", { name: "Scope" })
      .getByText("1 remark, 0 changes awaiting a price")
      .waitFor();
    await c.page.screenshot({ path: `${RESULTS_DIR}/delivery-evaluated.png`, fullPage: true });

    // The provider reads the verdicts and hands in round 2, without a file this time.
    await p.page.reload();
    await deliverable(p.page).getByText("Changes requested").first().waitFor();
    await round(p.page, 1).getByText(`Reason: ${UNMET_REASON}`).waitFor();
    await p.page.getByText("Revision rounds: 0 of 2 used, 2 left").waitFor();
    await p.page
      .getByLabel("What was done")
      .fill("Images compressed: the home page loads in 1.4 s.");
    await p.page.getByRole("button", { name: "Hand in round 2" }).click();
    await p.page.getByText("Round 2 handed in.").waitFor();
    await p.page.getByText("Revision rounds: 1 of 2 used, 1 left").waitFor();

    // The client finds every criterion met: the round, the deliverable and the milestone are
    // accepted, though the remark was never addressed: it could not block.
    await c.page.reload();
    const second = await evaluate(c.page, 2, "Met");
    await second.getByText("Every criterion is met: sending accepts the round.").waitFor();
    await second.getByRole("button", { name: "Send the evaluation" }).click();
    await round(c.page, 2).getByText("Accepted", { exact: true }).waitFor();
    await c.page.getByText("Milestone accepted").waitFor();
    expect(await deliverable(c.page).locator(".card-head .badge").first().textContent()).toBe(
      "Accepted",
    );

    // The client turns the remark into a change request in one step.
    await remark.getByRole("button", { name: "Turn into a change request" }).click();
    await remark.getByRole("link", { name: /Change request #1 proposed/ }).click();
    await c.page.waitForURL(/\/changes#change-1$/);
    const clientChange = c.page.getByRole("article", { name: `#1 ${REMARK}` });
    await clientChange.getByText("Proposed", { exact: true }).waitFor();
    await clientChange.getByText("Touches: Online shop").waitFor();

    // The provider prices it: two days, €1,500, a week later.
    await p.page.goto(tab("changes"));
    const providerChange = p.page.getByRole("article", { name: `#1 ${REMARK}` });
    // From the keyboard too: the form takes the focus where it opens, and Cancel gives it back.
    const priceButton = providerChange.getByRole("button", { name: "Price change #1" });
    await priceButton.click();
    const priceForm = providerChange.getByRole("form", { name: "Price change #1" });
    const isFocused = (field: Locator) => field.evaluate((node) => node === document.activeElement);
    await expect.poll(() => isFocused(priceForm.getByLabel("Effort"))).toBe(true);
    await priceForm.getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => isFocused(priceButton)).toBe(true);
    await p.page.keyboard.press("Enter");
    await expect.poll(() => isFocused(priceForm.getByLabel("Effort"))).toBe(true);
    await priceForm.getByLabel("Effort").fill("2");
    await priceForm.getByLabel("Unit").selectOption("day");
    await priceForm.getByLabel("Price (EUR)").fill("1500");
    await priceForm.getByLabel("Schedule impact (days)").fill("7");
    await priceForm.getByLabel("Note (optional)").fill("Two design passes on every button style.");
    await priceForm.getByRole("button", { name: "Send the price" }).click();
    await providerChange.getByText("Priced", { exact: true }).waitFor();

    // The client sees the price and approves it: an amendment both owners sign.
    await c.page.reload();
    await clientChange.getByText("Priced", { exact: true }).waitFor();
    await clientChange.getByText("€1,500.00").waitFor();
    await clientChange.getByText("2 days", { exact: true }).waitFor();
    await clientChange.getByText("7 days later").waitFor();
    await clientChange.getByRole("button", { name: "Approve change #1" }).click();
    await clientChange.getByText("Approved", { exact: true }).waitFor();
    await clientChange
      .getByText(/once both owners sign that version on the Agreement tab/)
      .waitFor();
    await c.page.screenshot({ path: `${RESULTS_DIR}/change-approved.png`, fullPage: true });

    // Both owners sign version 2 on the Agreement tab: the change is applied.
    await clientChange.getByRole("link", { name: "Sign version 2 on the Agreement tab" }).click();
    await c.page.getByRole("button", { name: "Sign version 2 for the client" }).click();
    await confirmStep(c.page, "Sign version 2 for the client");
    await c.page.getByText("Clara Diaz signed for the client on").waitFor();
    await p.page.goto(tab("agreement"));
    await p.page.getByRole("button", { name: "Sign version 2 for the provider" }).click();
    await confirmStep(p.page, "Sign version 2 for the provider");
    await p.page.getByText("Version 2, in force since").waitFor();
    await p.page.goto(tab("changes"));
    await providerChange.getByText("Applied", { exact: true }).waitFor();
    await providerChange.getByText(/Signed by both sides: part of agreement version 2/).waitFor();

    // The scope summary counts the approved change; the timeline names each step.
    await c.page.goto(tab("delivery"));
    const scope = c.page.getByRole("region", { name: "Scope" });
    await scope.getByText("1 change, €1,500.00").waitFor();
    await scope.getByText("0 remarks, 0 changes awaiting a price").waitFor();
    await round(c.page, 1).getByRole("link", { name: "Turned into change request #1" }).waitFor();
    await c.page.getByRole("link", { name: "Overview" }).click();
    const timeline = c.page.getByRole("region", { name: "Timeline" });
    await timeline.getByText("Paula Okafor handed in a deliverable for review").first().waitFor();
    await timeline.getByText("Clara Diaz approved a change").waitFor();
    await timeline.getByText("A change became part of the agreement in force").waitFor();

    await Promise.all([c.context.close(), p.context.close()]);
  });
});
