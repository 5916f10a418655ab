import { addDays } from "../../domain/billing/calendar";
import type { Actor } from "../platform/actor";
import { todayOf } from "../platform/clock";
import type { AppDeps } from "../platform/deps";
import type { Result } from "../platform/result";
import { evaluate } from "../modules/delivery/evaluate-submission";
import { submitDeliverable } from "../modules/delivery/submit-deliverable";
import { answerRelationshipReview } from "../modules/growth/answer-relationship-review";
import { giveRecognition } from "../modules/growth/give-recognition";
import { recordGoalValue } from "../modules/growth/record-goal-value";
import { respondToRecognition } from "../modules/growth/respond-to-recognition";
import { sendNextPhaseOffer } from "../modules/growth/send-next-phase-offer";
import { setGoal } from "../modules/growth/set-goal";
import { sweepStagnation } from "../modules/growth/sweep-stagnation";
import { refreshEngagementHealth } from "../modules/relationship-health/refresh-engagement-health";
import { signedEngagement } from "./seed-demo-health";

function unwrap<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`demo seed: ${what} failed with ${result.failure.code}`);
  return result.value;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The organisation the demo actor owns of that kind (each demo person owns one). */
function partyOf(actor: Actor, kind: "client" | "provider") {
  const orgId = [...actor.orgKinds].find(([, k]) => k === kind)?.[0];
  if (!orgId) throw new Error(`demo seed: ${actor.email} owns no ${kind} organisation`);
  return { actor, orgId };
}

/**
 * A relationship that grows, for the demo (issue 17): an engagement whose goals climb (values
 * recorded by both sides over five periods) with recognition given both ways, consented to, and
 * a testimonial the client approved; and one that stagnated (goals flat, nothing new for three
 * months), whose review both sides answered and whose provider offered a next phase, waiting
 * for the client's answer. Everything goes through the use-cases, on back-dated clocks.
 */
export async function seedDemoGrowth(
  deps: AppDeps,
  cast: { client: Actor; secondClient: Actor; provider: Actor },
): Promise<void> {
  const client = partyOf(cast.client, "client");
  const secondClient = partyOf(cast.secondClient, "client");
  const provider = partyOf(cast.provider, "provider");
  const today = todayOf(deps.clock);
  const atDaysAgo = (days: number): AppDeps => ({
    ...deps,
    clock: { now: () => new Date(deps.clock.now().getTime() - days * DAY_MS) },
  });
  const source = "https://analytics.northwind.demo/reports/checkout";
  /** Both stages handed in on time and accepted the next day, `daysAgo` each. */
  async function acceptBothStages(
    engagementId: string,
    by: { actor: Actor },
    daysAgo: readonly [number, number],
  ): Promise<void> {
    for (const [index, days] of daysAgo.entries()) {
      const stage = index + 1;
      const round = unwrap(
        await submitDeliverable(atDaysAgo(days), provider.actor, engagementId, `d${stage}`, {
          description: `Stage ${stage}, ready for review.`,
          links: [],
          fileIds: [],
        }),
        "growth submission",
      );
      unwrap(
        await evaluate(atDaysAgo(days - 1), by.actor, engagementId, round.id, {
          verdicts: [{ criterionId: `c${stage}`, isMet: true, comment: "Works as agreed." }],
          remarks: [],
        }),
        "growth evaluation",
      );
    }
  }

  // Climbing: checkout conversion recorded every two weeks, rising towards its target.
  const climbing = await signedEngagement(deps, client, provider, "Web shop checkout", 75);
  await acceptBothStages(climbing, client, [50, 20]);
  const conversion = unwrap(
    await setGoal(atDaysAgo(74), provider.actor, climbing, {
      title: "Checkout conversion",
      baseline: 1.8,
      target: 3,
      unit: "%",
      dueDate: addDays(today, 45),
      source: { kind: "agreement" },
    }),
    "conversion goal",
  );
  for (const [daysAgo, value] of [
    [60, 1.9],
    [46, 2.1],
    [32, 2.3],
    [18, 2.45],
    [4, 2.6],
  ] as const) {
    unwrap(
      await recordGoalValue(atDaysAgo(daysAgo), provider.actor, climbing, conversion.id, {
        value,
        measuredOn: addDays(today, -daysAgo),
        source,
      }),
      "conversion value",
    );
  }
  const basket = unwrap(
    await setGoal(atDaysAgo(30), client.actor, climbing, {
      title: "Average basket",
      baseline: 42,
      target: 55,
      unit: "EUR",
      dueDate: null,
      source: { kind: "agreement" },
    }),
    "basket goal",
  );
  for (const [daysAgo, value] of [
    [16, 45],
    [2, 48.5],
  ] as const) {
    unwrap(
      await recordGoalValue(atDaysAgo(daysAgo), client.actor, climbing, basket.id, {
        value,
        measuredOn: addDays(today, -daysAgo),
        source: "Shop back office, orders export",
      }),
      "basket value",
    );
  }

  // Recognition both ways, each consented to by the side it praises; a testimonial approved.
  const kudos = unwrap(
    await giveRecognition(atDaysAgo(3), client.actor, climbing, {
      isRequest: false,
      body: {
        kind: "kudos",
        reason: null,
        subject: { kind: "goal", id: conversion.id },
        people: ["Lucía García"],
        text: "The one-page checkout lifted conversion from 1.8 % to 2.6 % in ten weeks.",
        introducedOrg: null,
      },
    }),
    "kudos",
  );
  const thanks = unwrap(
    await giveRecognition(atDaysAgo(3), provider.actor, climbing, {
      isRequest: false,
      body: {
        kind: "kudos",
        reason: "fast_feedback",
        subject: null,
        people: ["Claire Martin"],
        text: "Every round was evaluated within a day, with clear remarks.",
        introducedOrg: null,
      },
    }),
    "provider's recognition",
  );
  const testimonial = unwrap(
    await giveRecognition(atDaysAgo(2), provider.actor, climbing, {
      isRequest: true,
      body: {
        kind: "testimonial",
        subject: { kind: "goal", id: conversion.id },
        people: ["Claire Martin"],
        text: "Kode Studio rebuilt our checkout and conversion rose by almost half.",
      },
    }),
    "testimonial request",
  );
  for (const [who, id] of [
    [provider.actor, kudos.id],
    [client.actor, thanks.id],
  ] as const) {
    unwrap(
      await respondToRecognition(atDaysAgo(2), who, climbing, id, { isApproved: true }),
      "consent",
    );
  }
  unwrap(
    await respondToRecognition(atDaysAgo(1), client.actor, climbing, testimonial.id, {
      isApproved: true,
      text: "Kode Studio rebuilt our checkout; conversion rose from 1.8 % to 2.6 % in ten weeks.",
    }),
    "testimonial approval",
  );

  // Stagnated: both stages accepted three months ago, bookings flat since, nothing new.
  const stagnant = await signedEngagement(deps, secondClient, provider, "Clinic booking site", 150);
  const bookings = unwrap(
    await setGoal(atDaysAgo(148), secondClient.actor, stagnant, {
      title: "Online bookings per week",
      baseline: 120,
      target: 200,
      unit: "bookings",
      dueDate: null,
      source: { kind: "agreement" },
    }),
    "bookings goal",
  );
  await acceptBothStages(stagnant, secondClient, [125, 96]);
  for (const [daysAgo, value] of [
    [140, 122],
    [110, 131],
    [80, 134],
    [50, 133],
    [20, 135],
  ] as const) {
    unwrap(
      await recordGoalValue(atDaysAgo(daysAgo), secondClient.actor, stagnant, bookings.id, {
        value,
        measuredOn: addDays(today, -daysAgo),
        source: "Booking system, weekly report",
      }),
      "bookings value",
    );
  }
  // The sweeper's pass of today notices it and opens the review of the relationship.
  await sweepStagnation(deps);
  const review = await deps.db
    .selectFrom("relationship_reviews")
    .select("id")
    .where("engagement_id", "=", stagnant)
    .executeTakeFirst();
  if (!review) throw new Error("demo seed: the stagnant engagement was not noticed");
  unwrap(
    await answerRelationshipReview(deps, secondClient.actor, stagnant, review.id, {
      achieved: "The site works and patients book online, but bookings stopped growing.",
      moreOf: "Ideas on how to bring patients back.",
      lessOf: "",
      aimNext: "200 online bookings a week before the summer.",
    }),
    "client's review answer",
  );
  unwrap(
    await answerRelationshipReview(deps, provider.actor, stagnant, review.id, {
      achieved: "Both stages delivered on time; bookings rose from 120 to about 135 a week.",
      moreOf: "Access to the booking data every week.",
      lessOf: "Silence between releases.",
      aimNext: "Reminders and rebooking, so that patients come back.",
    }),
    "provider's review answer",
  );
  unwrap(
    await sendNextPhaseOffer(deps, provider.actor, stagnant, {
      title: "Reminders and rebooking",
      summary: "SMS reminders and one-tap rebooking, to reach 200 online bookings a week.",
      reviewId: review.id,
      justifiedByGoalIds: [bookings.id],
      goals: [
        {
          // Not the goal already set: an offer's goals take titles of their own.
          title: "Online bookings per week, with reminders",
          baseline: 135,
          target: 200,
          unit: "bookings",
          dueDate: addDays(today, 90),
        },
      ],
      terms: {
        deliverables: [
          {
            id: "reminders",
            title: "Reminders and rebooking",
            description: "An SMS the day before, with a link to rebook in one tap.",
            criteria: [
              {
                id: "c-reminder",
                statement: "A patient booked for tomorrow receives one SMS with a rebooking link",
                verification: "Test booking on staging",
              },
            ],
            revisionLimit: 2,
            milestoneId: "m-reminders",
            coversMustHaveIds: [],
          },
        ],
        milestones: [
          {
            id: "m-reminders",
            title: "Reminders live",
            dueDate: addDays(today, 45),
            amountMinor: 300_000,
          },
        ],
        remuneration: {
          model: "fixed",
          currency: "EUR",
          amountMinor: 300_000,
          rateMinor: null,
          estimatedEffort: { unit: "day", quantity: 7 },
          retainerPeriod: null,
        },
      },
    }),
    "next-phase offer",
  );

  // Assessed as of today, as the sweeper would, so the recognition shows in the scores at once.
  for (const engagementId of [climbing, stagnant]) {
    await refreshEngagementHealth(deps.db, deps, engagementId);
  }
}
