import { addDays } from "../../domain/billing/calendar";
import type { Actor } from "../platform/actor";
import { todayOf } from "../platform/clock";
import type { AppDeps } from "../platform/deps";
import type { Result } from "../platform/result";
import { answerPayment } from "../modules/billing/answer-payment";
import { createInvoice } from "../modules/billing/create-invoice";
import { issueInvoice } from "../modules/billing/issue-invoice";
import { recordPayment } from "../modules/billing/record-payment";
import { evaluate } from "../modules/delivery/evaluate-submission";
import { submitDeliverable } from "../modules/delivery/submit-deliverable";
import { answerAmendsOffer } from "../modules/disputes/answer-amends-offer";
import { escalateDispute } from "../modules/disputes/escalate-dispute";
import { offerAmends } from "../modules/disputes/offer-amends";
import { openDispute } from "../modules/disputes/open-dispute";
import { respondToDispute } from "../modules/disputes/respond-to-dispute";
import { giveExitFeedback } from "../modules/exits/give-exit-feedback";
import { giveNotice } from "../modules/exits/give-notice";
import { tickHandOverItem } from "../modules/exits/tick-hand-over-item";
import { signedEngagement } from "./seed-demo-health";

function unwrap<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`demo seed: ${what} failed with ${result.failure.code}`);
  return result.value;
}

interface Party {
  actor: Actor;
  orgId: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Stages 10 and 11 for the demo, with Kode Studio as the provider: a dispute settled by amends
 * (stage 2 judged short of its criterion, re-work and a credit note offered and accepted, so the
 * agreement gives the deliverable a round more and billing holds the credit note), a second
 * dispute about conduct waiting for the moderator's recommendation, and an
 * engagement that ended amicably (notice given, stage 1 paid so nothing is left to settle, both
 * sides' feedback with the door open, the hand-over ticked off).
 */
export async function seedDemoDisputes(
  deps: AppDeps,
  cast: { client: Actor; secondClient: Actor; provider: Actor },
): Promise<void> {
  // The exit's invoice first: a provider's invoice numbers follow their issue dates.
  await amicableExit(deps, partyOf(cast.secondClient), partyOf(cast.provider));
  await disputeSettledByAmends(deps, partyOf(cast.client), partyOf(cast.provider));
}

/** Each demo person owns one organisation: the one they act for. */
function partyOf(actor: Actor): Party {
  const [orgId] = actor.memberships.keys();
  if (!orgId) throw new Error("demo seed: a party without an organisation");
  return { actor, orgId };
}

function daysAgo(deps: AppDeps, days: number): AppDeps {
  return { ...deps, clock: { now: () => new Date(deps.clock.now().getTime() - days * DAY_MS) } };
}

/** Hands a deliverable in, and has it judged against its one agreed criterion a day later. */
async function deliver(
  deps: AppDeps,
  parties: { client: Party; provider: Party },
  engagementId: string,
  stage: 1 | 2,
  isMet: boolean,
  comment: string,
): Promise<void> {
  const round = unwrap(
    await submitDeliverable(deps, parties.provider.actor, engagementId, `d${stage}`, {
      description: `Stage ${stage}, ready for review.`,
      links: [],
      fileIds: [],
    }),
    `stage ${stage} submission`,
  );
  unwrap(
    await evaluate(daysAgo(deps, -1), parties.client.actor, engagementId, round.id, {
      verdicts: [{ criterionId: `c${stage}`, isMet, comment }],
      remarks: [],
    }),
    `stage ${stage} evaluation`,
  );
}

/** The accepted stage 1 billed by the provider, issued on the day its clock gives. */
async function invoiceStageOne(
  deps: AppDeps,
  provider: Party,
  engagementId: string,
): Promise<{ id: string; totalMinor: number }> {
  const invoice = unwrap(
    await createInvoice(
      deps,
      provider.actor,
      engagementId,
      { source: { kind: "milestone", milestoneId: "m1" }, note: "" },
      "en",
    ),
    "stage 1 invoice",
  );
  const issued = unwrap(
    await issueInvoice(deps, provider.actor, engagementId, invoice.id, {
      issueDate: todayOf(deps.clock),
    }),
    "stage 1 invoice issue",
  );
  return { id: issued.id, totalMinor: issued.totalMinor };
}

async function disputeSettledByAmends(deps: AppDeps, client: Party, provider: Party) {
  const parties = { client, provider };
  const engagementId = await signedEngagement(deps, client, provider, "Product catalogue site", 45);
  await deliver(daysAgo(deps, 30), parties, engagementId, 1, true, "Clear and on brand.");
  // Issued ten days ago: due in twenty, so no reminder falls due in the demo.
  const invoice = await invoiceStageOne(daysAgo(deps, 10), provider, engagementId);
  await deliver(
    daysAgo(deps, 9),
    parties,
    engagementId,
    2,
    false,
    "The catalogue does not load on older phones, which the specification asks for.",
  );
  const dispute = unwrap(
    await openDispute(daysAgo(deps, 7.5), client.actor, engagementId, {
      subject: { kind: "evaluation", ref: "d2" },
      statement:
        "Stage 2 still fails on older phones, which the agreed criterion covers, and our launch slipped a week.",
      wants: "Stage 2 fixed so it works as specified, and something for the week we lost.",
      sendAnyway: false,
    }),
    "dispute",
  );
  unwrap(
    await respondToDispute(daysAgo(deps, 6), provider.actor, engagementId, dispute.id, {
      response: "Fair: we tested on current phones only. We will fix it and make up for the delay.",
      sendAnyway: false,
    }),
    "dispute response",
  );
  unwrap(
    await offerAmends(daysAgo(deps, 5.5), provider.actor, engagementId, dispute.id, {
      items: [
        { kind: "rework", deliverableId: "d2" },
        { kind: "credit_note", amountMinor: 40_000, invoiceId: invoice.id },
        { kind: "apology", text: "We should have tested on the phones your customers use." },
      ],
      note: "A round more for stage 2 and a tenth of stage 1 credited for the lost week.",
      sendAnyway: false,
    }),
    "amends offer",
  );
  unwrap(
    await answerAmendsOffer(daysAgo(deps, 5), client.actor, engagementId, dispute.id, "accept"),
    "amends acceptance",
  );
  await disputeInMediation(deps, parties, engagementId);
}

/**
 * A second dispute on the same engagement, about conduct, that the provider took to mediation
 * two days ago: the demo moderator finds it in the queue, well within the ten business days.
 */
async function disputeInMediation(
  deps: AppDeps,
  parties: { client: Party; provider: Party },
  engagementId: string,
) {
  const dispute = unwrap(
    await openDispute(daysAgo(deps, 4), parties.provider.actor, engagementId, {
      subject: { kind: "conduct", ref: null },
      statement:
        "Two changes were asked of our designer by phone and then treated as agreed, without a change request or a price.",
      wants: "Changes asked through change requests only, priced before the work starts.",
      sendAnyway: false,
    }),
    "conduct dispute",
  );
  unwrap(
    await respondToDispute(daysAgo(deps, 3), parties.client.actor, engagementId, dispute.id, {
      response: "They were small; a call seemed enough, and nobody said they would cost extra.",
      sendAnyway: false,
    }),
    "conduct dispute response",
  );
  unwrap(
    await escalateDispute(daysAgo(deps, 2), parties.provider.actor, engagementId, dispute.id),
    "conduct dispute escalation",
  );
}

async function amicableExit(deps: AppDeps, client: Party, provider: Party) {
  const parties = { client, provider };
  const engagementId = await signedEngagement(deps, client, provider, "Clinic intranet", 70);
  await deliver(daysAgo(deps, 50), parties, engagementId, 1, true, "Works for every clinic.");
  const invoice = await invoiceStageOne(daysAgo(deps, 48), provider, engagementId);
  const recorded = unwrap(
    await recordPayment(daysAgo(deps, 30), client.actor, engagementId, invoice.id, {
      body: {
        amountMinor: invoice.totalMinor,
        currency: "EUR",
        paidOn: addDays(todayOf(deps.clock), -30),
        reference: "Transfer stage 1",
      },
      idempotencyKey: `demo-${invoice.id}`,
    }),
    "stage 1 payment",
  );
  unwrap(
    await answerPayment(
      daysAgo(deps, 29),
      provider.actor,
      engagementId,
      invoice.id,
      recorded.payment.id,
      "confirm",
    ),
    "stage 1 payment confirmation",
  );
  // The clinics chose to run the intranet themselves: notice under the agreement, 30 days.
  const exit = unwrap(
    await giveNotice(daysAgo(deps, 20), client.actor, engagementId, {
      reason: "notice",
      curePeriodDays: null,
      note: "We will run stage 2 in-house. Thank you for a solid stage 1.",
    }),
    "notice",
  );
  unwrap(
    await giveExitFeedback(daysAgo(deps, 3), provider.actor, engagementId, {
      rating: 9,
      wouldWorkAgain: true,
      comment: "Quick answers and clear priorities.",
    }),
    "provider's exit feedback",
  );
  unwrap(
    await giveExitFeedback(daysAgo(deps, 3), client.actor, engagementId, {
      rating: 9,
      wouldWorkAgain: true,
      comment: "Reliable and easy to work with.",
    }),
    "client's exit feedback",
  );
  // Nothing is left to pay, so the last hand-over item ends the engagement amicably.
  for (const item of exit.handOver) {
    const side = item.responsibleSide === "client" ? client : provider;
    unwrap(
      await tickHandOverItem(daysAgo(deps, 2), side.actor, engagementId, item.id),
      "hand-over item",
    );
  }
}
