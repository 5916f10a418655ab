import { describe, expect, test } from "vitest";
import { navigate, signUpReviewCast, useJourney } from "./support/harness";
import { expectNoSidewaysScroll, PHONE } from "./support/no-sideways-scroll";
import { apiOf, signedAgreement } from "./support/signed-agreement";

/**
 * A moderator opens the reviews marked for a closer look, on a desktop and on a phone: first
 * the list's empty state that says what would be marked, then a client's review written right
 * after the provider opened a dispute against it, with why it is marked (the dispute, when,
 * how close). The moderator belongs to neither side, so the card offers no link into the
 * engagement (which would answer "Page not found") but the form to hide the review for a stated
 * policy reason, which they use. Nobody else sees the list.
 */

const REVIEW = "The checkout failed twice and the launch slipped by three weeks.";

const journey = useJourney();
const { baseUrl } = journey;

describe("the closer-look list in Chromium", () => {
  test("a moderator reads why a review written right after a dispute is marked, on a desktop and a phone", async () => {
    const run = Date.now().toString(36);
    const { p, c, m } = await signUpReviewCast(journey, run);

    // Before any review: the moderators' area has the list beside the queue, empty, saying why.
    await m.page.goto(`${baseUrl()}/`);
    await navigate(m.page, "Moderation");
    await m.page.getByRole("heading", { level: 1, name: "Moderation queue" }).waitFor();
    await m.page
      .getByRole("navigation", { name: "Moderation sections" })
      .getByRole("link", { name: "Closer look" })
      .click();
    await m.page.getByRole("heading", { level: 1, name: "Reviews for a closer look" }).waitFor();
    await m.page.getByText(/^No review is marked\. A review is marked when/).waitFor();

    // The provider opens a dispute, then the client it pressed reviews the provider.
    const clientApi = await apiOf(c.context, baseUrl());
    const providerApi = await apiOf(p.context, baseUrl());
    const engagementId = await signedAgreement(clientApi, providerApi, run);
    const handedIn = await providerApi.post<{ id: string }>(
      `/engagements/${engagementId}/deliverables/d1/submissions`,
      { description: "Catalogue, cart and checkout, live." },
    );
    await clientApi.post(`/engagements/${engagementId}/submissions/${handedIn.id}/evaluation`, {
      verdicts: [
        { criterionId: "c1", isMet: true },
        { criterionId: "c2", isMet: true },
      ],
    });
    await providerApi.post(`/engagements/${engagementId}/disputes`, {
      subject: { kind: "conduct", ref: null },
      statement: "The invoice for the launch is still unpaid.",
      wants: "Payment of the agreed amount.",
    });
    const submitted = await clientApi.post<{ round: { reviews: { id: string }[] } }>(
      `/engagements/${engagementId}/reviews`,
      {
        occasion: { kind: "milestone", ref: "m1" },
        body: REVIEW,
        stars: { quality: 1, communication: 2, reliability: 1 },
        privateRating: 2,
      },
    );
    const review = submitted.round.reviews[0]!;

    // Desktop: the review, its text, why it is marked, and the links.
    await m.page.reload();
    const item = m.page.getByRole("article", {
      name: `Review of Fabrikam Studio ${run} by Northwind Traders ${run}`,
    });
    await item.getByText(REVIEW).waitFor();
    await item.getByText(`In “Tea shop website ${run}”, written on`).waitFor();
    await item.getByText("Not published yet: the other side has not read it.").waitFor();
    await item
      .getByText(
        /^Written 1 hour after a dispute from the reviewed side, opened on \d+ \w+ \d{4}\.$/,
      )
      .waitFor();
    expect(await item.getByRole("link").count()).toBe(0);
    expect(await m.page.getByRole("button", { name: "Show older reviews" }).count()).toBe(0);

    // A phone: the same list, nothing wider than the screen.
    await m.page.setViewportSize(PHONE);
    await m.page.reload();
    await item.getByText(REVIEW).waitFor();
    await expectNoSidewaysScroll(m.page, "/moderation/closer-look");

    // The moderator hides it for a stated reason, from the list; the card then says so.
    const hideForm = item.getByRole("form", { name: "Hide this review" });
    await hideForm.getByLabel("Policy reason").selectOption("off_topic");
    await hideForm.getByRole("button", { name: "Hide the review" }).click();
    await item.getByText("Hidden by a moderator.").waitFor();
    expect(await item.getByRole("form", { name: "Hide this review" }).count()).toBe(0);

    // A party's link to the review lands on it, with the moderator's reason where the text was.
    await c.page.goto(`${baseUrl()}/engagements/${engagementId}/reviews#review-${review.id}`);
    await c.page.getByRole("article", { name: "The client’s review" }).waitFor();
    await expect
      .poll(() => c.page.evaluate(() => document.activeElement?.id))
      .toBe(`review-${review.id}`);
    await c.page.getByText(/It is not about this engagement/).waitFor();

    // Nobody but a moderator sees the list.
    await c.page.goto(`${baseUrl()}/moderation/closer-look`);
    await c.page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
  });
});
