import { mkdirSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { confirmStep, logIn, navigate, RESULTS_DIR, signUp, useJourney } from "./support/harness";
import { apiOf, signedAgreement, type Api } from "./support/signed-agreement";

/**
 * Stage 7 in a real browser, each side in its own browser profile. The signed agreement (with
 * statutory late interest opted in) and the accepted milestone are set up through the API; then
 * 45 days pass on the server's test clock, and both browsers' clocks are set to the server's new
 * today. On screen: the provider sets its reminder days, drafts an invoice for the milestone and
 * issues it dated the day the milestone was accepted, so that with 30 days' terms it is 15 days
 * overdue; the client is refused an over-payment, records a partial payment, the provider
 * confirms it; both see the invoice partly paid and overdue, and the late interest line by line;
 * the client pays the rest, the provider confirms, the invoice is paid; the provider invoices
 * the interest; the provider records money paid back and the client confirms it.
 */

const DAY_MS = 86_400_000;

const DAYS_PASSED = 45;

const { baseUrl, person, advanceClock } = useJourney({ testClock: true });

/** The server's today once the test clock has moved; real time until then. */
let serverNow = new Date();

/** A calendar day `days` from the server's today, as the server counts days (UTC). */
function isoDay(days: number): string {
  return new Date(serverNow.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** The day as the app writes it for a British reader (`dateStyle: "long"`, a UTC calendar day). */
function longDate(isoDate: string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** The provider hands in the one deliverable and the client accepts it: milestone m1 is due. */
async function acceptMilestone(client: Api, provider: Api, engagementId: string) {
  const round = await provider.post<{ id: string }>(
    `/engagements/${engagementId}/deliverables/d1/submissions`,
    { description: "Catalogue, cart and checkout, live." },
  );
  await client.post(`/engagements/${engagementId}/submissions/${round.id}/evaluation`, {
    verdicts: [
      { criterionId: "c1", isMet: true },
      { criterionId: "c2", isMet: true },
    ],
  });
}

function invoiceArticle(page: Page): Locator {
  return page.getByRole("article", { name: /^(Invoice |Draft invoice)/ });
}

function lateInterest(page: Page): Locator {
  return page.getByRole("region", { name: "Late-payment interest" });
}

describe("invoices and payments in Chromium", () => {
  test("an invoice is issued, partly paid, seen overdue with its interest, and paid", async () => {
    const run = Date.now().toString(36);
    const p = await person();
    const paula = `paula-${run}@example.test`;
    await signUp(p.page, baseUrl(), "Paula Okafor", paula);
    const c = await person();
    const clara = `clara-${run}@example.test`;
    await signUp(c.page, baseUrl(), "Clara Diaz", clara);
    const clientApi = await apiOf(c.context, baseUrl());
    const providerApi = await apiOf(p.context, baseUrl());
    const engagementId = await signedAgreement(clientApi, providerApi, run, {
      statutoryLateInterest: true,
    });
    await acceptMilestone(clientApi, providerApi, engagementId);
    serverNow = await advanceClock(`${DAYS_PASSED}d`);
    await Promise.all([
      p.context.clock.setFixedTime(serverNow),
      c.context.clock.setFixedTime(serverNow),
    ]);
    // Their sessions ended while the days passed: both come back and log in.
    await logIn(p.page, baseUrl(), paula);
    await logIn(c.page, baseUrl(), clara);
    const tab = (name: string) => `${baseUrl()}/engagements/${engagementId}/${name}`;
    mkdirSync(RESULTS_DIR, { recursive: true });

    // The provider's owner chooses when clients are reminded, on the organisation's billing page.
    await p.page.goto(`${baseUrl()}/engagements`);
    await navigate(p.page, "Invoices");
    await p.page
      .getByRole("heading", { level: 1, name: `Billing of Fabrikam Studio ${run}` })
      .waitFor();
    const schedule = p.page.getByLabel("Reminder days");
    expect(await schedule.inputValue()).toBe("-7, -1, 1, 7, 14");
    await schedule.fill("-3, 1, 10 days");
    await p.page.getByRole("button", { name: "Save the schedule" }).click();
    await p.page.getByText("“days” cannot be read as whole days.").waitFor();
    await schedule.fill("-3, 1, 20");
    await p.page.getByRole("button", { name: "Save the schedule" }).click();
    await p.page.getByText("Reminder schedule saved.").waitFor();
    await p.page
      .getByText(
        "Reminders go out 3 days before the due date, 1 day after it and 20 days after it.",
      )
      .waitFor();

    // The provider drafts an invoice for the accepted milestone, 20 % tax on the agreed amount.
    await p.page.goto(tab("invoices"));
    const draftForm = p.page.getByRole("form", { name: "Draft an invoice" });
    await draftForm.getByRole("radio", { name: "An accepted milestone" }).waitFor();
    const milestone = draftForm.getByLabel("Milestone", { exact: true });
    expect(await milestone.inputValue()).toBe("m1");
    expect(await milestone.locator("option:checked").textContent()).toBe("Launch · €12,000.00");
    // A tax rate that cannot be read is named next to its field, which gets the focus.
    const taxRate = draftForm.getByLabel("Tax rate (%)");
    await taxRate.fill("twenty");
    await draftForm.getByRole("button", { name: "Save the draft" }).click();
    await draftForm
      .getByText("Enter a number in figures, with no more decimals than it takes.")
      .waitFor();
    expect(await p.page.evaluate(() => document.activeElement?.id)).toBe("new-invoice-tax");
    await taxRate.fill("20");
    await draftForm
      .getByText("Enter a number in figures, with no more decimals than it takes.")
      .waitFor({ state: "detached" });
    const preview = draftForm.getByRole("table", { name: "Totals as typed" });
    await preview.getByRole("row", { name: /Tax at 20% on €12,000\.00\s+€2,400\.00/ }).waitFor();
    await preview.getByRole("row", { name: /Total\s+€14,400\.00/ }).waitFor();
    await draftForm.getByRole("button", { name: "Save the draft" }).click();
    await p.page.waitForURL(/\/invoices\/[^/]+$/);
    const invoiceUrl = p.page.url();
    await p.page.getByRole("heading", { level: 2, name: "Draft invoice" }).waitFor();
    await invoiceArticle(p.page).getByText("Milestone: Launch").first().waitFor();

    // Issued the day the milestone was accepted, 45 days ago: 30 days' terms put the due date
    // 15 days back, so it is overdue today.
    const issueDate = isoDay(-DAYS_PASSED);
    const dueDate = isoDay(-15);
    const issueForm = p.page.getByRole("form", { name: "Issue the invoice" });
    // A day left empty is asked for next to the field, with the focus there, before any dialog.
    const issueDay = issueForm.getByLabel("Issue date");
    await issueDay.fill("");
    await issueForm.getByRole("button", { name: "Issue the invoice" }).click();
    await issueForm.getByText("Enter the day the invoice is issued.").waitFor();
    expect(await issueDay.evaluate((el) => el === document.activeElement)).toBe(true);
    await issueDay.fill(issueDate);
    await issueForm
      .getByText("Enter the day the invoice is issued.")
      .waitFor({ state: "detached" });
    await issueForm.getByText(`Due on ${longDate(dueDate)}: 30 days after it`).waitFor();
    await issueForm.getByRole("button", { name: "Issue the invoice" }).click();
    await confirmStep(p.page, "Issue the invoice");
    const title = p.page.getByRole("heading", { level: 2, name: /^Invoice \S+$/ });
    await title.waitFor();
    const number = ((await title.textContent()) ?? "").replace("Invoice ", "");
    await invoiceArticle(p.page).getByText("Issued", { exact: true }).waitFor();
    await invoiceArticle(p.page).getByText("Overdue by 15 days").waitFor();
    // Reminders whose day had passed when it was issued are not planned; 20 days after is.
    await p.page.getByText("20 days after the due date").waitFor();
    expect(await p.page.getByText("3 days before the due date").count()).toBe(0);

    // The client sees it overdue in the list, and is refused a payment of more than is owed.
    await c.page.goto(tab("invoices"));
    const clientRow = c.page.getByRole("row", { name: new RegExp(`^${number}\\b`) });
    await clientRow.getByText("Overdue by 15 days").waitFor();
    await clientRow.getByRole("link", { name: number }).click();
    const payForm = c.page.getByRole("form", { name: "Record a payment" });
    await payForm.getByText("Open to record: €14,400.00.").waitFor();
    await payForm.getByLabel("Amount paid (EUR)").fill("20000");
    await payForm.getByRole("button", { name: "Record the payment" }).click();
    await payForm
      .getByText(
        `This is more than is still open on invoice ${number}: at most €14,400.00 can be recorded.`,
      )
      .waitFor();
    await payForm.getByText("More than is open on this invoice.").waitFor();

    // A partial payment, made 5 days ago: it counts once the provider confirms it.
    const partlyPaidOn = isoDay(-5);
    await payForm.getByLabel("Amount paid (EUR)").fill("5000");
    await payForm.getByLabel("Paid on").fill(partlyPaidOn);
    await payForm.getByLabel("Reference (optional)").fill("TRF-0001");
    await payForm.getByRole("button", { name: "Record the payment" }).click();
    await payForm
      .getByText("Payment of €5,000.00 recorded. It counts once the provider confirms it.")
      .waitFor();
    const payments = c.page.getByRole("table", { name: "Payments recorded on this invoice" });
    await payments.getByText("Awaiting confirmation").waitFor();
    await payments.getByText("Waiting for the provider to confirm or reject it").waitFor();

    // The provider confirms: the invoice is partly paid, and still overdue.
    await p.page.goto(invoiceUrl);
    await p.page
      .getByRole("button", {
        name: `Confirm the payment of €5,000.00 made on ${longDate(partlyPaidOn)}`,
      })
      .click();
    await invoiceArticle(p.page).getByText("Partly paid", { exact: true }).waitFor();
    await invoiceArticle(p.page).getByText("Overdue by 15 days").waitFor();

    // Both sides read the late interest line by line: the full amount until the partial
    // payment, the rest since, at the reference rate plus 8 points, and the fixed €40.
    await c.page.reload();
    await invoiceArticle(c.page).getByText("Partly paid", { exact: true }).waitFor();
    await invoiceArticle(c.page).getByText("Overdue by 15 days").waitFor();
    const interest = lateInterest(c.page);
    const interestTable = interest.getByRole("table", { name: /^The computation as of / });
    // Interest runs from the day after the due date; lines also split at 1 January and 1 July.
    const firstLine = interestTable.getByRole("row", {
      name: new RegExp(`^${longDate(isoDay(-14))} – `),
    });
    await firstLine.getByRole("cell", { name: "€14,400.00", exact: true }).waitFor();
    await firstLine.getByText(/^\d+(\.\d+)?% reference \+ 8% = \d+(\.\d+)?% a year$/).waitFor();
    const lastLine = interestTable.getByRole("row", {
      name: new RegExp(` – ${longDate(isoDay(0))}`),
    });
    await lastLine.getByRole("cell", { name: "€9,400.00", exact: true }).waitFor();
    await interestTable
      .getByRole("row", { name: /^Fixed recovery compensation\s+€40\.00$/ })
      .waitFor();
    await c.page.screenshot({
      path: `${RESULTS_DIR}/invoice-overdue-interest.png`,
      fullPage: true,
    });

    // The client pays the rest today; the provider confirms: the invoice is paid.
    await c.page.getByLabel("Amount paid (EUR)").fill("9400");
    await c.page.getByRole("button", { name: "Record the payment" }).click();
    await c.page.getByText("Payment of €9,400.00 recorded.", { exact: false }).waitFor();
    await p.page.reload();
    await p.page
      .getByRole("button", {
        name: `Confirm the payment of €9,400.00 made on ${longDate(isoDay(0))}`,
      })
      .click();
    await invoiceArticle(p.page).getByText("Paid", { exact: true }).waitFor();
    expect(
      await invoiceArticle(p.page)
        .getByText(/^Overdue by/)
        .count(),
    ).toBe(0);
    await c.page.goto(tab("invoices"));
    await c.page
      .getByRole("row", { name: new RegExp(`^${number}\\b`) })
      .getByText("Paid", { exact: true })
      .waitFor();
    const record = c.page.getByRole("region", { name: /^How Northwind Traders .+ pays$/ });
    await record.getByText("0 of 1 invoice").waitFor();
    await c.page.screenshot({ path: `${RESULTS_DIR}/invoices-paid.png`, fullPage: true });

    // The provider invoices the interest it was owed: a draft of the interest and the €40.
    await p.page.goto(invoiceUrl);
    await lateInterest(p.page).getByRole("button", { name: "Invoice the late interest" }).click();
    await p.page.getByRole("heading", { level: 2, name: "Draft invoice" }).waitFor();
    await invoiceArticle(p.page).getByText(`Late interest on invoice ${number}`).first().waitFor();
    await invoiceArticle(p.page)
      .getByText(`Fixed recovery compensation on invoice ${number}`)
      .waitFor();
    await p.page.screenshot({ path: `${RESULTS_DIR}/late-interest-invoice.png`, fullPage: true });

    // The printable page, in the reader's language; the timeline names each step.
    await c.page.goto(invoiceUrl);
    await c.page.getByRole("link", { name: "Printable page" }).click();
    await c.page.getByRole("heading", { level: 1, name: `Invoice ${number}` }).waitFor();
    await c.page.getByText(`Payment of ${longDate(partlyPaidOn)} (TRF-0001), confirmed`).waitFor();
    const pdfHref = await c.page
      .getByRole("link", { name: "Download the PDF" })
      .getAttribute("href");
    const pdf = await c.context.request.get(`${baseUrl()}${pdfHref ?? ""}`);
    expect(pdf.headers()["content-type"]).toContain("application/pdf");
    await c.page.screenshot({ path: `${RESULTS_DIR}/invoice-printable.png`, fullPage: true });
    await c.page.goto(`${baseUrl()}/engagements/${engagementId}`);
    const timeline = c.page.getByRole("region", { name: "Timeline" });
    await timeline.getByText("Paula Okafor issued an invoice").waitFor();
    await timeline.getByText("Clara Diaz recorded a payment").first().waitFor();
    await timeline.getByText("Paula Okafor confirmed a payment").first().waitFor();

    // The provider pays money back on the engagement's billing page: more than the client paid
    // is refused naming what is open; €1,000.00 is recorded and counts once the client confirms.
    await p.page.goto(tab("invoices"));
    const refundForm = p.page
      .getByRole("region", { name: "Refunds" })
      .getByRole("form", { name: "Record a refund" });
    await refundForm.getByText("At most €14,400.00 can be recorded.", { exact: false }).waitFor();
    await refundForm.getByLabel("Amount paid back (EUR)").fill("20000");
    await refundForm.getByRole("button", { name: "Record the refund" }).click();
    await refundForm
      .getByText(
        "This is more than can be paid back: the client’s confirmed payments, less refunds already recorded, leave at most €14,400.00.",
      )
      .first()
      .waitFor();
    await refundForm.getByLabel("Amount paid back (EUR)").fill("1000");
    await refundForm.getByLabel("Reference (optional)").fill("TRF-BACK");
    await refundForm.getByRole("button", { name: "Record the refund" }).click();
    await refundForm
      .getByText("Refund of €1,000.00 recorded. It counts once the client confirms it.")
      .waitFor();
    await c.page.goto(tab("invoices"));
    const clientRefunds = c.page.getByRole("region", { name: "Refunds" });
    await clientRefunds
      .getByRole("button", {
        name: `Confirm the refund of €1,000.00 paid back on ${longDate(isoDay(0))} arrived`,
      })
      .click();
    await clientRefunds
      .getByText("The client paid €14,400.00; the provider has paid back €1,000.00", {
        exact: false,
      })
      .waitFor();
    await clientRefunds.getByText("Confirmed", { exact: true }).waitFor();
    expect(await clientRefunds.getByRole("form").count()).toBe(0);

    await Promise.all([c.context.close(), p.context.close()]);
  });
});
