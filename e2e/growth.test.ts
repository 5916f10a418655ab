import { mkdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { Page } from "playwright-core";
import { RESULTS_DIR, STEP_TIMEOUT, logIn, signUp, useJourney } from "./support/harness";
import { apiOf, signedAgreement } from "./support/signed-agreement";

/**
 * A relationship that grows, in a real browser, each side in its own profile. With the
 * agreement signed (through the API), the client sets a goal from the brief and the provider
 * records two periods of results: the chart draws them. Then nothing happens for months (the
 * test clock): Accord notices, both sides answer the review blind and then see both answers,
 * the provider offers a next phase the client accepts into an amendment, the client gives
 * kudos the provider consents to show, and approves the testimonial the provider drafted;
 * the provider then withdraws its consent to the kudos.
 */

const { baseUrl, person, advanceClock } = useJourney({ testClock: true });

const dayOf = (at: Date) => at.toISOString().slice(0, 10);
/** The day as the app writes it for a British reader (`dateStyle: "long"`, a UTC calendar day). */
const longDayOf = (at: Date) =>
  new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(at);

describe("a relationship that grows in Chromium", () => {
  test("results recorded and charted, stagnation noticed, the review answered by both, a next phase accepted, kudos and a testimonial shown, consent withdrawn", async () => {
    const run = Date.now().toString(36);
    const p = await person();
    const providerEmail = `paula-${run}@example.test`;
    await signUp(p.page, baseUrl(), "Paula Okafor", providerEmail);
    const c = await person();
    const clientEmail = `clara-${run}@example.test`;
    await signUp(c.page, baseUrl(), "Clara Diaz", clientEmail);
    const engagementId = await signedAgreement(
      await apiOf(c.context, baseUrl()),
      await apiOf(p.context, baseUrl()),
      run,
    );
    const growth = `${baseUrl()}/engagements/${engagementId}/growth`;
    mkdirSync(RESULTS_DIR, { recursive: true });
    const reopen = async (page: Page) => {
      await page.goto(growth);
      await page.getByRole("heading", { level: 2, name: "Goals" }).waitFor();
    };

    // The client turns the brief's success measure into a goal, from the Growth tab.
    await c.page.goto(`${baseUrl()}/engagements/${engagementId}`);
    await c.page.getByRole("link", { name: "Growth", exact: true }).click();
    await c.page.getByText(/^From the brief: /).waitFor();
    const setGoal = c.page.getByRole("form", { name: "Set a goal" });
    await setGoal.getByLabel("Goal").fill("Orders a month");
    await setGoal.getByLabel("Baseline").fill("40");
    await setGoal.getByLabel("Target").fill("200");
    await setGoal.getByLabel("Unit").fill("orders");
    await setGoal.getByRole("button", { name: "Set the goal" }).click();
    await c.page
      .locator("article[data-goal]")
      .getByText("Orders a month: from 40 orders, target 200 orders")
      .waitFor();

    // The provider records the first period's result with its source…
    await reopen(p.page);
    const record = async (value: string, day: string) => {
      const form = p.page.getByRole("form", { name: "Orders a month" });
      await form.getByLabel("Measured value (orders)").fill(value);
      await form.getByLabel("Measured on").fill(day);
      await form.getByLabel("Source").fill("https://shop.example.test/reports/orders");
      await form.getByRole("button", { name: "Record the value" }).click();
    };
    await record("60", dayOf(new Date()));
    const goal = p.page.locator("article[data-goal]");
    await goal.getByText("Orders a month: 40 orders → 60 orders, target 200 orders").waitFor();

    // …and, two weeks later, the second.
    const secondPeriod = await advanceClock("14d");
    await reopen(p.page);
    await record("90", dayOf(secondPeriod));
    await goal.getByText("Orders a month: 40 orders → 90 orders, target 200 orders").waitFor();
    await goal
      .getByText(`${longDayOf(secondPeriod)}: 90 orders (recorded by the provider)`)
      .waitFor();
    const chart = goal.locator("figure.line-chart");
    await chart.getByText("Orders a month over time").first().waitFor();
    await chart.locator("canvas").first().waitFor();
    // The chart's numbers as a table: both periods measured, beside the target.
    // (uPlot's legend is a table too: the chart's own numbers sit in the visually hidden one.)
    const numbers = (await chart.locator(".visually-hidden table").textContent()) ?? "";
    for (const value of ["60 orders", "90 orders", "200 orders"]) expect(numbers).toContain(value);
    await p.page.screenshot({ path: `${RESULTS_DIR}/growth-chart.png`, fullPage: true });

    // Then nothing new for four months: the sweeper notices and opens a review.
    const later = await advanceClock("107d");
    // Their sessions ended while the months passed: both come back and log in.
    await logIn(c.page, baseUrl(), clientEmail);
    await logIn(p.page, baseUrl(), providerEmail);
    await reopen(c.page);
    const review = c.page.getByRole("region", { name: "Review of the relationship" });
    await review
      .getByText(/^Nothing new for \d+ days: the relationship may be standing still\.$/)
      .waitFor();
    await review.getByText(`Review opened on ${longDayOf(later)}`).waitFor();
    const answer = async (page: Page, words: [string, string, string, string]) => {
      const form = page.getByRole("region", { name: "Review of the relationship" });
      await form.getByLabel("What was achieved against the goals").fill(words[0]);
      await form.getByLabel("What we would like more of").fill(words[1]);
      await form.getByLabel("What we would like less of").fill(words[2]);
      await form.getByLabel("What to aim for next").fill(words[3]);
      await form.getByRole("button", { name: "Send our answer" }).click();
    };
    await answer(c.page, [
      "Orders went from 40 to 90 a month.",
      "Ideas to bring customers back",
      "Silence between releases",
      "200 orders a month by the summer",
    ]);
    await review
      .getByText("Your answer is in. Both answers show once the other side answers.")
      .waitFor();

    // The provider does not see the client's answer before giving its own.
    await reopen(p.page);
    const providerReview = p.page.getByRole("region", { name: "Review of the relationship" });
    await providerReview.getByLabel("What was achieved against the goals").waitFor();
    expect(await providerReview.getByText("Ideas to bring customers back").count()).toBe(0);
    await answer(p.page, [
      "The shop launched; orders more than doubled.",
      "Weekly access to the sales figures",
      "",
      "A loyalty programme",
    ]);
    await providerReview.getByRole("heading", { name: "The other side's answer" }).waitFor();
    await providerReview.getByText("Ideas to bring customers back").waitFor();

    // From the review, the provider offers the next phase, measurable and linked to the results.
    const offerForm = p.page.getByRole("form", { name: "Offer the next phase" });
    // Sent empty, it says what each field needs next to it, focused on the first, cleared once fixed.
    await offerForm.getByRole("button", { name: "Send the offer" }).click();
    const phaseName = offerForm.getByLabel("Name of the phase");
    await offerForm.getByText("Give the phase a name the client will recognise.").waitFor();
    await offerForm.getByText("Say how the client will know the deliverable is done.").waitFor();
    await offerForm.getByText("Enter the phase's price.").waitFor();
    await offerForm.getByText("Name the goal the phase works towards.").waitFor();
    expect(await phaseName.evaluate((input) => input === document.activeElement)).toBe(true);
    await phaseName.fill("Loyalty programme");
    await offerForm
      .getByText("Give the phase a name the client will recognise.")
      .waitFor({ state: "detached" });
    await offerForm
      .getByLabel("What the phase does and why now")
      .fill("Points on every order, to bring customers back.");
    await offerForm.getByLabel("New goal").fill("Returning customers");
    // Held as its own field, checked at the contract's `goals.0.title`: cleared all the same.
    await offerForm
      .getByText("Name the goal the phase works towards.")
      .waitFor({ state: "detached" });
    await offerForm.getByLabel("Baseline", { exact: true }).fill("12");
    await offerForm.getByLabel("Unit", { exact: true }).fill("%");
    await offerForm.getByLabel("Deliverable").fill("Loyalty points");
    await offerForm.getByLabel("Acceptance criterion").fill("Points are credited on an order");
    await offerForm.getByLabel("How it is checked").fill("A test order");
    await offerForm.getByLabel("Due on").fill(dayOf(new Date(later.getTime() + 60 * 86_400_000)));
    await offerForm.getByLabel("Price (EUR)").fill("6000");
    // A target equal to the baseline would measure nothing: said at the target, sent once fixed.
    const target = offerForm.getByLabel("Target", { exact: true });
    await target.fill("12");
    await offerForm.getByRole("button", { name: "Send the offer" }).click();
    // Said as soon as the target was typed (checked on each change after the first submit);
    // the submit then moves the focus to it.
    await offerForm.getByText("Set a target different from the baseline").waitFor();
    await expect
      .poll(() => target.evaluate((input) => input === document.activeElement), {
        timeout: STEP_TIMEOUT,
      })
      .toBe(true);
    await target.fill("20");
    await offerForm.getByRole("button", { name: "Send the offer" }).click();
    const providerOffer = p.page.locator("article[data-offer]");
    await providerOffer.getByText("Waiting for the client's answer").waitFor();

    // The client reads it with the results that justify it, and accepts it into an amendment.
    await reopen(c.page);
    const offer = c.page.locator("article[data-offer]");
    await offer.getByRole("heading", { name: "Loyalty programme" }).waitFor();
    await offer.getByText("Orders a month: 40 orders → 90 orders, target 200 orders").waitFor();
    await offer.getByText("Returning customers: from 12% to 20%").waitFor();
    await offer.getByRole("button", { name: "Accept into an amendment" }).click();
    await offer.getByText("Written into amendment v2, to be signed by both sides.").waitFor();
    await c.page.screenshot({ path: `${RESULTS_DIR}/growth-offer.png`, fullPage: true });

    // Kudos from the client for the goal, shown once the provider consents.
    const give = c.page.getByRole("form", { name: "Recognise the other side" });
    await give.getByLabel("For a goal reached").selectOption({ label: "Orders a month" });
    await give.getByLabel("People").fill("Paula Okafor");
    await give.getByLabel("In your words").fill("The new checkout more than doubled our orders.");
    await give.getByRole("button", { name: "Give recognition" }).click();
    const kudos = c.page.locator("li[data-recognition]", { hasText: "Kudos from" });
    await kudos.getByText("Waiting for consent to show it").waitFor();

    // The provider consents, and drafts a testimonial for the client to approve.
    await reopen(p.page);
    const received = p.page.locator("li[data-recognition]", { hasText: "Kudos from" });
    await received.getByRole("button", { name: "Show it on our profile" }).click();
    await received.getByText("Shown on the profile").waitFor();
    const ask = p.page.getByRole("form", { name: "Ask for a testimonial or case study" });
    await ask
      .getByLabel("Draft text for the other side to approve")
      .fill("Fabrikam built our shop and our orders more than doubled.");
    await ask.getByRole("button", { name: "Ask for approval" }).click();
    const drafted = p.page.locator("li[data-recognition]", { hasText: "Testimonial from" });
    await drafted.getByText("Waiting for the text to be approved").waitFor();

    // The client corrects the words it will be quoted in and approves them.
    await reopen(c.page);
    const testimonial = c.page.locator("li[data-recognition]", { hasText: "Testimonial from" });
    await testimonial
      .getByLabel("Text to publish")
      .fill("Fabrikam built our shop; our orders went from 40 to 90 a month.");
    await testimonial.getByRole("button", { name: "Approve the text" }).click();
    await testimonial.getByText("Shown on the profile").waitFor();
    await testimonial
      .getByText("Fabrikam built our shop; our orders went from 40 to 90 a month.")
      .waitFor();

    // Both count in the provider's health score, explained beside its inputs.
    await c.page.getByRole("link", { name: "Health", exact: true }).click();
    await c.page
      .getByRole("region", { name: `Provider: Fabrikam Studio ${run}` })
      .getByText(/^2 recognitions received with consent in the last year: \+2 points/)
      .waitFor();
    await c.page.screenshot({ path: `${RESULTS_DIR}/growth-recognition.png`, fullPage: true });

    // The provider takes the kudos back off its profile, after a confirmation.
    await reopen(p.page);
    const shown = p.page.locator("li[data-recognition]", { hasText: "Kudos from" });
    await shown.getByRole("button", { name: "Withdraw consent" }).click();
    const dialog = p.page.getByRole("dialog");
    await dialog.getByText(/leaves every profile and scorecard at once/).waitFor();
    await dialog.getByRole("button", { name: "Withdraw consent" }).click();
    await shown.getByText("Declined: stays between the two sides").waitFor();
    await shown.getByRole("button", { name: "Withdraw consent" }).waitFor({ state: "detached" });

    await Promise.all([c.context.close(), p.context.close()]);
  });
});
