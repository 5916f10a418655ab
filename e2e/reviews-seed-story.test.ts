import { mkdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { navigate, RESULTS_DIR, signUpReviewCast, useJourney } from "./support/harness";
import { countRequests } from "./support/sent-requests";
import { apiOf, signedAgreement, type Api } from "./support/signed-agreement";

/**
 * The seed story (a customer's negative review, the vendor's legal threat, the vendor expelled)
 * in a real browser, each person in their own browser profile. The signed agreement, the
 * accepted milestone, the provider's profile and a second brief are set up through the API. On
 * screen: the milestone was the agreement's only one, so the engagement's own round is open
 * too; the client reviews the provider at the milestone and sees the round blind; the provider
 * sees only that a review is in, reviews back, and both reviews are published; the provider
 * answers the client's review with a threat in French, is nudged, sends it anyway; the case
 * opens and the review stays up; the provider answers the notice; a moderator, the only one
 * who sees the queue, expels the provider; the provider is no longer ranked for the client's
 * new brief and the client's engagement moves to a protected exit, given in the client's name.
 */

const NEGATIVE_REVIEW =
  "The shop went live three weeks late and the checkout failed twice in the first week.";
const THREAT_FR =
  "Retirez cet avis immédiatement, sinon nous vous poursuivrons en justice pour diffamation.";
const CLIENT_REVIEW_OF_PROVIDER = {
  Quality: "2 stars",
  Communication: "1 star",
  Reliability: "1 star",
};

const journey = useJourney();
const { baseUrl } = journey;

/** The provider hands in the one deliverable and the client accepts it: milestone m1 is accepted. */
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

function isoDateInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A second brief of the client for the provider's skill, published: matching ranks for it. */
async function publishSecondBrief(client: Api, clientOrgId: string, run: string) {
  const brief = await client.post<{ id: string }>("/briefs", {
    orgId: clientOrgId,
    title: `Tea subscriptions ${run}`,
    goals: ["Monthly tea boxes for regular customers"],
    successMeasures: ["300 subscribers within a year"],
    mustHaves: [{ text: "Recurring card payments" }],
    niceToHaves: [],
    skillIds: ["web.ecommerce"],
    budget: { currency: "EUR", minMinor: 500_000, maxMinor: 900_000 },
    clientPeople: [{ role: "Owner", hoursPerWeek: 2 }],
    businessModelScope: "Subscriptions for consumers in the EU",
    constraints: [],
    earliestStart: isoDateInDays(10),
    deadline: isoDateInDays(120),
    preferredLanguages: ["en"],
  });
  await client.post(`/briefs/${brief.id}/publish`);
  return brief.id;
}

describe("the seed story of reviews and moderation in Chromium", () => {
  test("a threat against a negative review is nudged, sent, decided with due process, the provider leaves matching and the client's engagement moves to a protected exit", async () => {
    const run = Date.now().toString(36);
    const providerName = `Fabrikam Studio ${run}`;
    const { p, c, m } = await signUpReviewCast(journey, run);

    const clientApi = await apiOf(c.context, baseUrl());
    const providerApi = await apiOf(p.context, baseUrl());
    const engagementId = await signedAgreement(clientApi, providerApi, run);
    const engagement = await clientApi.get<{ client: { id: string }; provider: { id: string } }>(
      `/engagements/${engagementId}`,
    );
    await providerApi.put(`/providers/${engagement.provider.id}`, {
      headline: "Calm storefronts",
      description: "A studio of five building e-commerce sites.",
      skillIds: ["web.ecommerce"],
      languages: ["en"],
      timeZones: ["Europe/Paris"],
      rates: [{ unit: "day", amountMinor: 60_000, currency: "EUR" }],
      floorRate: null,
      availableFrom: null,
    });
    await acceptMilestone(clientApi, providerApi, engagementId);
    const secondBrief = await publishSecondBrief(clientApi, engagement.client.id, run);
    const reviewsTab = `${baseUrl()}/engagements/${engagementId}/reviews`;
    mkdirSync(RESULTS_DIR, { recursive: true });

    // Before anything happens, the client's new brief ranks the provider.
    await c.page.goto(`${baseUrl()}/briefs/${secondBrief}`);
    await c.page.getByRole("article", { name: new RegExp(providerName) }).waitFor();

    // The client reviews the provider: one star here and there, and a private rating.
    await c.page.goto(reviewsTab);
    const clientRound = c.page.getByRole("region", {
      name: "Reviews after the milestone “Launch”",
    });
    await clientRound.getByText(/^Blind until both are in/).waitFor();
    // The one milestone was the last: the engagement completed too, and has its own round, on top.
    const engagementRound = c.page.getByRole("region", { name: "Reviews of the engagement" });
    await engagementRound.getByText(/^Blind until both are in/).waitFor();
    await engagementRound.getByRole("form", { name: "Write your review" }).waitFor();
    expect(
      await c.page
        .getByRole("heading", { level: 2, name: /^Reviews (of|after) the/ })
        .evaluateAll((headings) => headings.map((h) => h.textContent)),
    ).toEqual(["Reviews of the engagement", "Reviews after the milestone “Launch”"]);
    const form = clientRound.getByRole("form", { name: "Write your review" });
    // Sent empty, the form asks for each part next to it, focused on the text; nothing is sent.
    const reviewPosts = countRequests(c.page, "POST", /\/reviews$/);
    await form.getByRole("button", { name: "Submit the review" }).click();
    await form.getByText("Write your review: what went well").waitFor();
    expect(await form.getByText("Choose from 1 to 5 stars.").count()).toBe(3);
    await form.getByText("Pick a rating from 0 to 10.").waitFor();
    expect(
      await form.getByLabel("Your public review").evaluate((el) => el === document.activeElement),
    ).toBe(true);
    expect(reviewPosts()).toBe(0);
    await form.getByLabel("Your public review").fill(NEGATIVE_REVIEW);
    for (const [aspect, stars] of Object.entries(CLIENT_REVIEW_OF_PROVIDER)) {
      await form.getByLabel(aspect, { exact: true }).selectOption({ label: stars });
    }
    await form.getByLabel("Private rating (0–10)").fill("2");
    await form.getByRole("button", { name: "Submit the review" }).press("Enter");
    const sides = clientRound.getByText("Your side has submitted its review.");
    await sides.waitFor();
    // The keyboard goes on from the round's state, not from the top of the page.
    await expect.poll(() => sides.evaluate((node) => node === document.activeElement)).toBe(true);
    const ownReview = clientRound.getByRole("article", { name: "The client’s review" });
    await ownReview.getByText("Not published yet").waitFor();
    await ownReview.getByText(/^Your side’s private rating: 2\/10/).waitFor();

    // The provider sees that a review is in, never its text, and reviews back: both publish.
    await p.page.goto(reviewsTab);
    const providerRound = p.page.getByRole("region", {
      name: "Reviews after the milestone “Launch”",
    });
    await providerRound.getByText("The other side has submitted its review.").waitFor();
    expect(await p.page.getByText(NEGATIVE_REVIEW).count()).toBe(0);
    const providerForm = providerRound.getByRole("form", { name: "Write your review" });
    await providerForm.getByLabel("Your public review").fill("Clear brief, paid on time.");
    for (const aspect of ["Clarity", "Payment", "Fairness"]) {
      await providerForm.getByLabel(aspect, { exact: true }).selectOption({ label: "4 stars" });
    }
    await providerForm.getByLabel("Private rating (0–10)").fill("7");
    await providerForm.getByRole("button", { name: "Submit the review" }).click();
    await providerRound
      .getByText(/^Published on .+ Both reviews are public and locked\.$/)
      .waitFor();
    const clientReview = providerRound.getByRole("article", { name: "The client’s review" });
    await clientReview.getByText(NEGATIVE_REVIEW).waitFor();
    await clientReview.getByText("1 star out of 5").first().waitFor();
    expect(await clientReview.getByText(/private rating/).count()).toBe(0);

    // The provider answers with a threat in French: the nudge shows the policy first.
    const replyForm = clientReview.getByRole("form", { name: "Reply to this review" });
    await replyForm.getByLabel("Your public reply").fill(THREAT_FR);
    await replyForm.getByRole("button", { name: "Publish the reply" }).click();
    const nudge = replyForm.getByRole("alertdialog", { name: "Before you send this" });
    await nudge.getByText("What Accord noticed:").waitFor();
    await nudge.getByText("“Retirez”").waitFor();
    await nudge
      .getByText("It comes after a review of your organisation by the other side.")
      .waitFor();
    expect(await nudge.getByText(/followsReviewOfSender/).count()).toBe(0);
    await p.page.screenshot({ path: `${RESULTS_DIR}/review-reply-nudge.png`, fullPage: true });
    await nudge.getByRole("button", { name: "Send as written" }).click();
    await clientReview.getByText(/^A moderation case was opened about this text\./).waitFor();
    await clientReview
      .getByRole("region", { name: "Reply from the reviewed side" })
      .getByText(THREAT_FR)
      .waitFor();
    expect(await clientReview.getByRole("form", { name: "Reply to this review" }).count()).toBe(0);

    // The review stays up for the client, with the reply under it.
    await c.page.reload();
    const published = clientRound.getByRole("article", { name: "The client’s review" });
    await published.getByText(NEGATIVE_REVIEW).waitFor();
    await published.getByText(THREAT_FR).waitFor();

    // Only moderators see the queue.
    await c.page.goto(`${baseUrl()}/moderation`);
    await c.page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();

    // The provider reads its notice under Cases and answers it.
    await p.page.goto(`${baseUrl()}/engagements`);
    await navigate(p.page, "Cases");
    const notice = p.page.getByRole("article", { name: `A reply to a review by ${providerName}` });
    await notice.getByText(THREAT_FR).waitFor();
    await notice.getByText(/^Fabrikam Studio .+ was notified and may answer until /).waitFor();
    await notice
      .getByLabel("Your organisation’s answer")
      .fill("We were angry about the review; we withdraw the threat.");
    await notice.getByRole("button", { name: "Send the answer" }).click();
    await notice.getByText("We were angry about the review; we withdraw the threat.").waitFor();

    // The moderator reads the case, the evidence and the answer, and expels the provider.
    await m.page.goto(`${baseUrl()}/engagements`);
    await navigate(m.page, "Moderation");
    await m.page.getByRole("heading", { level: 1, name: "Moderation queue" }).waitFor();
    const queued = m.page.getByRole("article", { name: `A reply to a review by ${providerName}` });
    await queued.getByText(THREAT_FR).waitFor();
    await queued.getByText("“Retirez”: demand to remove a review").waitFor();
    await queued
      .getByText("Linked to a review: its author had been reviewed by the other side.")
      .waitFor();
    await queued.getByText("We were angry about the review; we withdraw the threat.").waitFor();
    const decide = queued.getByRole("form", { name: "Decide the case" });
    await decide.getByLabel("Decision", { exact: true }).selectOption("expulsion");
    await decide
      .getByLabel("Reason")
      .fill("A legal threat to make an honest review disappear, sent after a warning.");
    await m.page.screenshot({ path: `${RESULTS_DIR}/moderation-queue.png`, fullPage: true });
    await decide.getByRole("button", { name: "Decide" }).click();
    await m.page.getByText("No case is waiting.").waitFor();
    // The decided case is still listed for moderators, under "Show: Decided".
    await m.page.getByLabel("Show").selectOption({ label: "Decided" });
    await m.page
      .getByRole("article", { name: `A reply to a review by ${providerName}` })
      .getByText(/^Expulsion, decided on /)
      .waitFor();
    await m.page.getByLabel("Show").selectOption({ label: "Appealed" });
    await m.page.getByText("No case in this list.").waitFor();

    // The provider sees the decision and may appeal; the client sees the case decided.
    await p.page.reload();
    await notice.getByText(/^Expulsion, decided on /).waitFor();
    await notice.getByRole("form", { name: "Appeal the decision" }).waitFor();

    // The provider is gone from the client's ranking, and the engagement is flagged for exit.
    await c.page.goto(`${baseUrl()}/briefs/${secondBrief}`);
    await c.page.getByText("No provider has the skills of this brief yet.").waitFor();
    expect(await c.page.getByRole("article", { name: new RegExp(providerName) }).count()).toBe(0);
    await c.page.goto(`${baseUrl()}/engagements/${engagementId}`);
    await c.page.getByText("The engagement was flagged for a protected exit").waitFor();
    await c.page.getByText("A moderator decided a case").waitFor();
    await c.page.getByText("A protected exit began").first().waitFor();
    // The exit page: the protected exit stands in the client's name, its notice waived.
    await c.page.goto(`${baseUrl()}/engagements/${engagementId}/exit`);
    await c.page.getByText(/^A protected exit given by the client on /).waitFor();
    await c.page.screenshot({
      path: `${RESULTS_DIR}/seed-story-protected-exit.png`,
      fullPage: true,
    });

    await Promise.all([c.context.close(), p.context.close(), m.context.close()]);
  });
});
