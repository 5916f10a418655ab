import { mkdirSync } from "node:fs";
import type { BrowserContext } from "playwright-core";
import { describe, expect, test } from "vitest";
import { RESULTS_DIR, confirmStep, useJourney } from "./support/harness";
import { countRequests } from "./support/sent-requests";
import { signedPair, type Api } from "./support/signed-agreement";
import { expectHeadingsInOrder } from "./support/heading-order";

/**
 * Amends, not lawsuits, then parting ways, each side in its own profile. With the agreement
 * signed, the shop handed in and judged one criterion short, and an advance invoiced (all
 * through the API), the client disputes the evaluation and both read the fair partial
 * settlement; the provider answers and offers re-work plus a credit note; the client accepts.
 * The re-worked shop is accepted; the client gives notice, both read the final settlement,
 * the money is settled (through the API), the client completes the hand-over, and both sides
 * see "Ended amicably".
 */

const ADVANCE_MINOR = 300_000;
const CREDIT_MINOR = 50_000;

const { baseUrl, person } = useJourney();

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A payment recorded by the client (with its idempotency key) and confirmed by the provider. */
async function paid(
  clientContext: BrowserContext,
  provider: Api,
  engagementId: string,
  invoiceId: string,
  amountMinor: number,
) {
  const url = (path: string) => `${baseUrl()}/api/v1${path}`;
  const csrf = await clientContext.request.get(url("/auth/csrf"));
  const { token } = (await csrf.json()) as { token: string };
  const invoice = `/engagements/${engagementId}/invoices/${invoiceId}`;
  const response = await clientContext.request.post(url(`${invoice}/payments`), {
    data: { amountMinor, currency: "EUR", paidOn: today(), reference: `Transfer ${invoiceId}` },
    headers: { "x-csrf-token": token, "idempotency-key": `pay-${invoiceId}-${amountMinor}` },
  });
  if (!response.ok()) throw new Error(`payment: ${response.status()} ${await response.text()}`);
  const payment = (await response.json()) as { id: string };
  await provider.post(`${invoice}/payments/${payment.id}/confirm`);
}

/** A manual invoice of one line, drafted and issued by the provider. */
async function manualInvoice(
  provider: Api,
  engagementId: string,
  description: string,
  amountMinor: number,
  taxRateBasisPoints = 0,
): Promise<string> {
  const draft = await provider.post<{ id: string }>(`/engagements/${engagementId}/invoices`, {
    source: { kind: "manual" },
    lines: [{ description, quantityMilli: 1000, unitPriceMinor: amountMinor, taxRateBasisPoints }],
  });
  await provider.post(`/engagements/${engagementId}/invoices/${draft.id}/issue`, {});
  return draft.id;
}

describe("disputes and the exit in Chromium", () => {
  test("a disputed evaluation is settled by amends, then the engagement ends amicably", async () => {
    const run = Date.now().toString(36);
    const { p, c, client, provider, engagementId } = await signedPair({ baseUrl, person }, run);
    const base = `/engagements/${engagementId}`;
    const round = await provider.post<{ id: string }>(`${base}/deliverables/d1/submissions`, {
      description: "Catalogue, cart and checkout, live.",
    });
    await client.post(`${base}/submissions/${round.id}/evaluation`, {
      verdicts: [
        { criterionId: "c1", isMet: true },
        { criterionId: "c2", isMet: false, comment: "The catalogue takes 5 seconds to load." },
      ],
    });
    const advance = await manualInvoice(provider, engagementId, "Advance", ADVANCE_MINOR);
    const tab = (name: string) => `${baseUrl()}${base}/${name}`;
    mkdirSync(RESULTS_DIR, { recursive: true });

    // The client disputes the evaluation and reads the partial settlement from the record.
    await c.page.goto(tab("disputes"));
    // The form opens with the focus in it, and Cancel gives it back to the button.
    const openButton = c.page.getByRole("button", { name: "Open a dispute" });
    await openButton.click();
    const opening = c.page.getByRole("form", { name: "Open a dispute" });
    const subject = opening.getByLabel("What the dispute is about");
    const isFocused = (node: Element) => node === document.activeElement;
    await expect.poll(() => subject.evaluate(isFocused)).toBe(true);
    await opening.getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => openButton.evaluate(isFocused)).toBe(true);
    await openButton.click();
    await opening.getByLabel("What the dispute is about").selectOption({ label: "An evaluation" });
    await opening.getByLabel("Which one").selectOption({ label: "Online shop" });
    // Sent without saying what happened, the form asks for it there and sends nothing.
    const openings = countRequests(c.page, "POST", /\/disputes$/);
    await opening.getByRole("button", { name: "Open the dispute" }).click();
    await opening.getByText("Say what happened, with the dates").waitFor();
    expect(
      await opening.getByLabel("What happened").evaluate((el) => el === document.activeElement),
    ).toBe(true);
    expect(openings()).toBe(0);
    await opening.getByLabel("What happened").fill("The shop was judged on speed before launch.");
    await opening.getByLabel("What is wanted").fill("A faster catalogue and a fair price for it.");
    await opening.getByRole("button", { name: "Open the dispute" }).click();
    const clientCard = c.page.getByRole("article", {
      name: "Dispute #1: An evaluation: Online shop",
    });
    await clientCard.getByText("Awaiting an answer", { exact: true }).waitFor();
    const settlement = clientCard.getByRole("region", {
      name: "Fair partial settlement from the record",
    });
    await settlement
      .getByRole("row", { name: /Online shop: 1 of 2 criteria met.*€6,000\.00/ })
      .waitFor();
    await settlement.getByRole("row", { name: /Still owed by the client.*€6,000\.00/ }).waitFor();

    // The provider reads the same settlement, answers, and offers re-work plus a credit note.
    await p.page.goto(tab("disputes"));
    const providerCard = p.page.getByRole("article", {
      name: "Dispute #1: An evaluation: Online shop",
    });
    await providerCard
      .getByRole("region", { name: "Fair partial settlement from the record" })
      .getByRole("row", { name: /Still owed by the client.*€6,000\.00/ })
      .waitFor();
    await expectHeadingsInOrder(p.page, "the disputes tab");
    const answer = providerCard.getByRole("form", { name: "Answer the dispute" });
    // A threat in the answer is screened as a message is: the nudge first, then a revision.
    await answer
      .getByLabel("Your answer")
      .fill("If invoice 2026-0001 is not paid by Friday, we will hand the matter to our lawyers.");
    await answer.getByRole("button", { name: "Send the answer" }).click();
    const nudge = answer.getByRole("alertdialog", { name: "Before you send this" });
    await nudge.getByText("What Accord noticed:").waitFor();
    await nudge.getByRole("button", { name: "Revise my text" }).click();
    await answer.getByLabel("Your answer").fill("Fair: the images are too heavy. We will fix it.");
    await answer.getByRole("button", { name: "Send the answer" }).click();
    await providerCard.getByRole("button", { name: "Offer amends" }).click();
    const offer = providerCard.getByRole("form", { name: "Offer amends" });
    // Each problem is named beside what it is about: no kind ticked, then a credit note's amount.
    await offer.getByRole("button", { name: "Send the offer" }).click();
    await offer.getByText("Choose at least one kind of amends.").waitFor();
    const rework = offer.getByLabel("Re-work a deliverable");
    expect(await rework.evaluate((el) => el === document.activeElement)).toBe(true);
    await rework.check();
    await offer.getByLabel("A credit note").check();
    await offer.getByText("Choose at least one kind of amends.").waitFor({ state: "detached" });
    await offer.getByText("Enter the amount offered.").waitFor();
    await offer.getByLabel("Deliverable to re-work").selectOption({ label: "Online shop" });
    await offer.getByLabel(/Credit note amount/).fill("500");
    await offer.getByText("Enter the amount offered.").waitFor({ state: "detached" });
    await offer.getByRole("button", { name: "Send the offer" }).click();
    await providerCard.getByText("Offer awaiting an answer", { exact: true }).waitFor();

    // The client accepts: the amends are carried out at once and the dispute is settled.
    await c.page.reload();
    await clientCard.getByText("Re-work of “Online shop”").waitFor();
    await clientCard.getByRole("button", { name: "Accept the offer" }).click();
    await confirmStep(c.page, "Accept the offer");
    // One credit note, named in the singular.
    await clientCard
      .getByText(/Settled: the accepted amends were carried out \(credit note [^,]+\)\./)
      .waitFor();
    await c.page.screenshot({ path: `${RESULTS_DIR}/dispute-settled.png`, fullPage: true });

    // The re-worked shop is handed in again and accepted: the milestone falls due.
    const again = await provider.post<{ id: string }>(`${base}/deliverables/d1/submissions`, {
      description: "Images compressed: the catalogue loads in 1.2 seconds.",
    });
    await client.post(`${base}/submissions/${again.id}/evaluation`, {
      verdicts: [
        { criterionId: "c1", isMet: true },
        { criterionId: "c2", isMet: true },
      ],
    });

    // The client gives notice; both read the final settlement line by line.
    await c.page.goto(tab("exit"));
    const notice = c.page.getByRole("form", { name: "Give notice" });
    await notice.getByLabel("Note (optional)").fill("We will run the shop ourselves from here.");
    await notice.getByRole("button", { name: "Give notice" }).click();
    await confirmStep(c.page, "Give notice");
    const finalSettlement = c.page.getByRole("region", { name: "Final settlement" });
    await finalSettlement
      .getByRole("row", { name: /Accepted milestone “Launch”.*€12,000\.00/ })
      .waitFor();
    await finalSettlement.getByText("Final invoice owed by the client: €11,500.00").waitFor();
    await p.page.goto(tab("exit"));
    await p.page
      .getByRole("region", { name: "Final settlement" })
      .getByText("Final invoice owed by the client: €11,500.00")
      .waitFor();

    // Settled: the advance's balance paid, the final invoice issued and paid.
    await paid(c.context, provider, engagementId, advance, ADVANCE_MINOR - CREDIT_MINOR);
    const finalInvoice = await manualInvoice(provider, engagementId, "Final settlement", 900_000);
    await paid(c.context, provider, engagementId, finalInvoice, 900_000);
    await c.page.reload();
    await finalSettlement
      .getByText("Nothing left to invoice or credit: the settlement is paid.")
      .waitFor();

    // The client completes its hand-over: the engagement ends amicably, for both sides.
    for (const duty of [
      "Remove the provider's access to your systems",
      "Rotate the credentials that were shared",
    ]) {
      await c.page.getByRole("button", { name: `Mark as done: “${duty}”` }).click();
      await confirmStep(c.page, "Mark as done");
    }
    await c.page.getByText(/^Ended amicably on /).waitFor();
    await c.page.screenshot({ path: `${RESULTS_DIR}/exit-amicable.png`, fullPage: true });
    await p.page.reload();
    await p.page.getByText(/^Ended amicably on /).waitFor();

    await Promise.all([c.context.close(), p.context.close()]);
  });

  test("money owed back under tax is shown with its tax, and the link fills in the refund form", async () => {
    const run = `${Date.now().toString(36)}b`;
    const { p, c, client, provider, engagementId } = await signedPair({ baseUrl, person }, run);
    const base = `/engagements/${engagementId}`;
    // An advance of 3,000.00 + 20% tax = 3,600.00, paid; nothing accepted when notice is given.
    const advance = await manualInvoice(provider, engagementId, "Advance", ADVANCE_MINOR, 2000);
    await paid(c.context, provider, engagementId, advance, 360_000);
    await client.post(`${base}/exit`, { reason: "notice", note: "" });

    await p.page.goto(`${baseUrl()}${base}/exit`);
    const finalSettlement = p.page.getByRole("region", { name: "Final settlement" });
    await finalSettlement.getByText("Credit note owed to the client: €3,000.00").waitFor();
    await finalSettlement
      .getByText(/^To settle, the provider pays back €3,600\.00, tax included/)
      .waitFor();
    await finalSettlement.getByRole("link", { name: "Record the refund" }).click();
    const amount = p.page.getByLabel("Amount paid back (EUR)");
    await amount.waitFor();
    expect(await amount.inputValue()).toBe("3600.00");

    await Promise.all([c.context.close(), p.context.close()]);
  });

  test("the exit tab before any notice says nobody gave it, with nothing in the console", async () => {
    const run = `${Date.now().toString(36)}c`;
    const { p, c, engagementId } = await signedPair({ baseUrl, person }, run);
    // "No exit under way" is a state, not an error: no failed request for the browser to log.
    const logged: string[] = [];
    c.page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") logged.push(message.text());
    });
    await c.page.goto(`${baseUrl()}/engagements/${engagementId}/exit`);
    await c.page.getByText("Nobody has given notice.").waitFor();
    await c.page.getByRole("form", { name: "Give notice" }).waitFor();
    expect(logged).toEqual([]);

    await Promise.all([c.context.close(), p.context.close()]);
  });
});
