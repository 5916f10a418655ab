import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sendDueReminders } from "../../../src/server/modules/billing/send-due-reminders";
import { DIALECTS } from "../../support/databases";
import type { Person, TestApp } from "../../support/test-app";
import { worldCopies } from "../../support/world-copies";
import { DAY_MS } from "../api-fixtures";
import {
  buildBillingWorld,
  invoicesUrl,
  issuedInvoice,
  paid,
  signInAgain,
  type InvoiceBody,
} from "../billing/billing-fixtures";
import { ALL_MET, evaluate, submit, type DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";
import { roundsSeenBy, signUpModerator, writeReview, type ReviewBody } from "./review-fixtures";

interface Marked {
  reviewId: string;
  reviewerSide: string;
  closerLook: { direction: string; step: string; stepAt: string }[];
}

/**
 * The record beside a claim and the closer look, with the ledger's money steps: an invoice
 * (milestone m1, issued 20 October, due 19 November) with one payment confirmed and a reminder
 * still to go out on 26 November, and milestone m2 accepted today (22 November), whose round of
 * reviews is open until 6 December.
 */
describe.each(DIALECTS)("reviews against the ledger's payments and reminders on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  let owed: InvoiceBody;
  let mona: Person;
  const world = worldCopies(dialect, async (built) => {
    const w = await buildBillingWorld(built, undefined, { accept: ["d2"], since: "2026-10-20" });
    const owed = await issuedInvoice(
      w,
      { source: { kind: "milestone", milestoneId: "m1" } },
      { issueDate: "2026-10-20" },
    );
    await paid(w, owed.id, 100_000, "2026-11-21");
    const round = bodyOf<{ id: string }>(await submit(w, "d1"), 201);
    bodyOf(await evaluate(w, round.id, ALL_MET));
    const mona = await signUpModerator(built, "Mona");
    return { w, owed, mona };
  });
  beforeEach(async () => {
    let copied: { w: DeliveryWorld; owed: InvoiceBody; mona: Person };
    ({ t, w: copied } = await world.copy());
    ({ w, owed, mona } = copied);
  });
  afterEach(async () => {
    await t.close();
  });

  const marked = async () =>
    bodyOf<{ reviews: Marked[] }>(await mona.client.get("/api/v1/moderation/closer-look")).reviews;
  const m2 = { occasion: { kind: "milestone", ref: "m2" } };

  it("attaches the confirmed payments beside 'never paid' in a review and a reply, in their words", async () => {
    bodyOf(await writeReview(w, w.client, { ...m2, body: "Good work overall, a bit slow." }), 201);
    const written = bodyOf<{ round: { reviews: ReviewBody[] } }>(
      await writeReview(w, w.provider, {
        ...m2,
        body: "Die Rechnung wurde nie beglichen, trotz drei Mahnungen.",
      }),
      201,
    );
    const ofClient = written.round.reviews.find((r) => r.reviewerSide === "provider")!;
    expect(ofClient.recordNotes).toEqual([
      {
        claim: "never_paid",
        record: { kind: "payments_confirmed", count: 1, lastAt: expect.any(String) as string },
      },
    ]);
    // The client reads the note beside the text: nothing is removed.
    const seen = (await roundsSeenBy(w, w.client))
      .flatMap((r) => r.reviews)
      .find((r) => r.id === ofClient.id)!;
    expect(seen).toMatchObject({ body: "Die Rechnung wurde nie beglichen, trotz drei Mahnungen." });
    expect(seen.recordNotes.map((n) => n.claim)).toEqual(["never_paid"]);

    const ofProvider = written.round.reviews.find((r) => r.reviewerSide === "client")!;
    const replied = bodyOf<{
      rounds: { reviews: (ReviewBody & { reply: { recordNotes: unknown[] } })[] }[];
    }>(
      await w.provider.client.post(w.url(`/reviews/${ofProvider.id}/reply`), {
        body: "Nous n'avons jamais reçu le moindre paiement pour ce travail.",
      }),
      201,
    );
    const reply = replied.rounds.flatMap((r) => r.reviews).find((r) => r.id === ofProvider.id)!;
    expect(reply.reply.recordNotes).toEqual([expect.objectContaining({ claim: "never_paid" })]);
  });

  it("marks a review written soon after a payment reminder, and one a late-interest claim soon followed", async () => {
    t.clock.advance(4 * DAY_MS); // 26 November: the reminder of day +7 goes out
    await signInAgain(w.client, w.provider);
    expect(await sendDueReminders(t.deps)).toBe(1);
    t.clock.advance(DAY_MS);
    bodyOf(await writeReview(w, w.client, m2), 201);
    bodyOf(await writeReview(w, w.provider, m2), 201);
    expect(await marked()).toEqual([
      expect.objectContaining({
        reviewerSide: "client",
        closerLook: [
          {
            direction: "review_after_pressure",
            step: "payment_reminder",
            stepAt: "2026-11-26T09:00:00.000Z",
          },
        ],
      }),
    ]);
    // Two days later the provider claims late interest on the overdue invoice.
    t.clock.advance(2 * DAY_MS);
    const claim = bodyOf<InvoiceBody>(
      await w.provider.client.post(invoicesUrl(w, `/${owed.id}/late-interest/invoice`)),
      201,
    );
    bodyOf(await w.provider.client.post(invoicesUrl(w, `/${claim.id}/issue`), {}));
    const both = await marked();
    expect(both.find((r) => r.reviewerSide === "client")?.closerLook).toEqual([
      expect.objectContaining({ direction: "review_after_pressure", step: "payment_reminder" }),
      expect.objectContaining({ direction: "pressure_after_review", step: "late_interest_claim" }),
    ]);
    // The provider pressed nobody into its review: a step toward the client marks the client's.
    expect(both.map((r) => r.reviewerSide)).toEqual(["client"]);
    // Marked, never hidden.
    const round = (await roundsSeenBy(w, w.provider)).find((r) => r.occasion.ref === "m2");
    expect(round?.reviews.map((r) => r.hidden)).toEqual([null, null]);
  });
});
