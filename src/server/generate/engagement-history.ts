import { addDays } from "../../domain/billing/calendar";
import type { ProposalTerms } from "../../domain/proposal/proposal";
import type { Locale } from "../../i18n/locales";
import type { Actor } from "../platform/actor";
import { todayOf } from "../platform/clock";
import type { AppDeps } from "../platform/deps";
import type { Result } from "../platform/result";
import { getAgreementVersion } from "../modules/agreements/get-agreement-version";
import { signAgreement } from "../modules/agreements/sign-agreement";
import { answerPayment } from "../modules/billing/answer-payment";
import { createInvoice } from "../modules/billing/create-invoice";
import { issueInvoice } from "../modules/billing/issue-invoice";
import { recordPayment } from "../modules/billing/record-payment";
import { publishBrief } from "../modules/briefs/publish-brief";
import { createBrief } from "../modules/briefs/write-brief";
import { priceChange } from "../modules/change-requests/answer-change";
import { approveChange } from "../modules/change-requests/approve-change";
import { proposeChange } from "../modules/change-requests/propose-change";
import { evaluate } from "../modules/delivery/evaluate-submission";
import { submitDeliverable } from "../modules/delivery/submit-deliverable";
import { postMessage } from "../modules/messages/post-message";
import { acceptProposal } from "../modules/proposals/accept-proposal";
import { createProposal } from "../modules/proposals/create-proposal";
import { submitProposal } from "../modules/proposals/submit-proposal";
import { answerCheckIn } from "../modules/relationship-health/answer-check-in";
import { findOpenCheckIn } from "../modules/relationship-health/check-ins.repository";
import { submitReview } from "../modules/reviews/submit-review";
import { between, pickOne, type Random } from "./seeded";

const HOUR_MS = 3_600_000;

export interface Party {
  actor: Actor;
  orgId: string;
  locale: Locale;
  /** A skill the client's briefs ask for, or the provider's main one. */
  skillId: string;
}

const MESSAGES = [
  "Quick update: the work is on track for the agreed date.",
  "Thanks, the notes from the review are clear; we will follow them.",
  "Could we move our weekly call to Thursday this time?",
  "The staging link is updated with the latest changes.",
  "We reviewed the draft with the team and have a few questions for the call.",
];
const CHECK_IN_REASONS = [
  "clear_communication",
  "on_time",
  "good_quality",
  "fair_payment",
  "respectful",
] as const;

function unwrap<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`generate: ${what} failed with ${result.failure.code}`);
  return result.value;
}

const days = (random: Random, min: number, max: number) =>
  between(random, min * 24, max * 24) * HOUR_MS;

/** The terms a generated engagement agrees: one deliverable per milestone, a fixed price. */
export function generatedTerms(
  milestones: number,
  mustHaveIds: string[],
  today: string,
  amountMinor: number,
): ProposalTerms {
  const each = Math.round(amountMinor / milestones);
  const stages = Array.from({ length: milestones }, (_, index) => index + 1);
  const proposal: ProposalTerms = {
    summary: `Delivery in ${milestones} milestones, each evaluated against written criteria.`,
    deliverables: stages.map((n) => ({
      id: `d${n}`,
      title: `Deliverable ${n}`,
      description: `Stage ${n} of the work, shown in a demo before it is handed in.`,
      criteria: [
        {
          id: `c${n}`,
          statement: "Works as described in the brief on the staging environment",
          verification: "Walk-through with the client's team",
        },
      ],
      revisionLimit: 2,
      milestoneId: `m${n}`,
      coversMustHaveIds: n === 1 ? mustHaveIds : [],
    })),
    milestones: stages.map((n) => ({
      id: `m${n}`,
      title: `Milestone ${n}`,
      dueDate: addDays(today, 30 * n),
      amountMinor: n === milestones ? amountMinor - each * (milestones - 1) : each,
    })),
    methodology: "Two-week iterations, each ending with a demo.",
    cadence: { checkInEveryDays: 14, channels: ["video call"] },
    clientResponsibilities: [{ id: "r1", what: "Feedback within a week", dueDate: null }],
    providerResponsibilities: [{ id: "r2", what: "A weekly written update", dueDate: null }],
    remuneration: {
      model: "fixed",
      currency: "EUR",
      amountMinor,
      rateMinor: null,
      estimatedEffort: { unit: "day", quantity: Math.max(1, Math.round(amountMinor / 60_000)) },
      retainerPeriod: null,
    },
    paymentTermsDays: 30,
  };
  return proposal;
}

/**
 * How many milestones an engagement has: as on a real instance, many short engagements and few
 * long ones (six in ten a single milestone, three in ten two or three, one in ten four to six).
 */
export function milestoneCount(random: Random): number {
  const size = random();
  if (size < 0.6) return 1;
  return size < 0.9 ? between(random, 2, 3) : between(random, 4, 6);
}

/**
 * One engagement's whole history, as the two sides would write it through the API: each step
 * runs at the generator clock's time, and yields how long until the next one.
 */
export async function* engagementHistory(
  deps: AppDeps,
  client: Party,
  provider: Party,
  random: Random,
): AsyncGenerator<number, void, void> {
  const today = () => todayOf(deps.clock);
  const budget = between(random, 20, 200) * 10_000;
  const brief = unwrap(
    await createBrief(deps, client.actor, {
      orgId: client.orgId,
      title: `Project ${deps.ids.newId().slice(-8)}`,
      goals: ["Launch the new service for our customers"],
      successMeasures: ["Customers use the service unaided in the first month"],
      mustHaves: [{ text: "Accessible to screen readers" }],
      niceToHaves: [],
      skillIds: [provider.skillId],
      budget: { currency: "EUR", minMinor: Math.round(budget / 2), maxMinor: budget },
      clientPeople: [{ role: "Product owner", hoursPerWeek: 4 }],
      businessModelScope: "Our own customers, in the EU.",
      constraints: [],
      earliestStart: today(),
      deadline: addDays(today(), 150),
      preferredLanguages: [client.locale, "en"].filter((l, i, all) => all.indexOf(l) === i),
    }),
    "brief",
  );
  unwrap(await publishBrief(deps, client.actor, brief.id), "publication");
  yield days(random, 1, 4);

  const milestones = milestoneCount(random);
  const amount = Math.round((budget * between(random, 70, 100)) / 100);
  const proposal = unwrap(
    await createProposal(deps, provider.actor, brief.id, {
      orgId: provider.orgId,
      terms: generatedTerms(
        milestones,
        brief.mustHaves.map((m) => m.id),
        today(),
        amount,
      ),
    }),
    "proposal",
  );
  unwrap(await submitProposal(deps, provider.actor, proposal.id), "submission");
  yield days(random, 1, 5);

  const accepted = unwrap(await acceptProposal(deps, client.actor, proposal.id), "acceptance");
  const engagementId = accepted.engagementId;
  if (!engagementId) throw new Error("generate: accepted proposal without engagement");
  yield* signLatest(deps, engagementId, 1, client, provider, random);

  for (let n = 1; n <= milestones; n++) {
    yield days(random, 4, 18);
    yield* chat(deps, engagementId, client, provider, random);
    yield* answerOpenCheckIn(deps, engagementId, [client, provider], random);
    yield* deliver(deps, engagementId, n, client, provider, random);
    if (random() < 0.6) yield* review(deps, engagementId, `m${n}`, client, provider, random);

    const invoice = unwrap(
      await createInvoice(
        deps,
        provider.actor,
        engagementId,
        { source: { kind: "milestone", milestoneId: `m${n}` }, note: "" },
        provider.locale,
      ),
      "invoice",
    );
    const issued = unwrap(
      await issueInvoice(deps, provider.actor, engagementId, invoice.id, { issueDate: today() }),
      "invoice issue",
    );
    if (random() < 0.85) {
      yield days(random, 3, 45);
      const recorded = unwrap(
        await recordPayment(deps, client.actor, engagementId, issued.id, {
          body: {
            amountMinor: issued.totalMinor,
            currency: "EUR",
            paidOn: today(),
            reference: `Transfer ${issued.number}`,
          },
          idempotencyKey: `generated-${issued.id}`,
        }),
        "payment",
      );
      yield days(random, 0, 3);
      unwrap(
        await answerPayment(
          deps,
          provider.actor,
          engagementId,
          issued.id,
          recorded.payment.id,
          "confirm",
        ),
        "payment confirmation",
      );
    }
    if (n === 1 && milestones > 1 && random() < 0.3) {
      yield* change(deps, engagementId, milestones, client, provider, random);
    }
  }
}

async function* signLatest(
  deps: AppDeps,
  engagementId: string,
  version: number,
  client: Party,
  provider: Party,
  random: Random,
): AsyncGenerator<number, void, void> {
  const draft = unwrap(
    await getAgreementVersion(deps, client.actor, engagementId, version),
    "agreement",
  );
  for (const signer of [client, provider]) {
    unwrap(
      await signAgreement(deps, signer.actor, engagementId, version, {
        contentHash: draft.contentHash,
        acknowledgedFindings: [],
      }),
      "signature",
    );
    yield days(random, 0, 2);
  }
}

async function* chat(
  deps: AppDeps,
  engagementId: string,
  client: Party,
  provider: Party,
  random: Random,
): AsyncGenerator<number, void, void> {
  for (let count = between(random, 0, 3); count > 0; count--) {
    const from = random() < 0.5 ? client : provider;
    unwrap(
      await postMessage(deps, from.actor, engagementId, {
        thread: "engagement",
        body: pickOne(random, MESSAGES),
        sendAnyway: false,
      }),
      "message",
    );
    yield days(random, 0, 2);
  }
}

async function* answerOpenCheckIn(
  deps: AppDeps,
  engagementId: string,
  sides: Party[],
  random: Random,
): AsyncGenerator<number, void, void> {
  for (const side of sides) {
    if (random() < 0.2) continue;
    // The window can close between the two answers (the sweeper runs each simulated day).
    if (!(await findOpenCheckIn(deps.db, engagementId))) return;
    const first = between(random, 0, CHECK_IN_REASONS.length - 1);
    unwrap(
      await answerCheckIn(deps, side.actor, engagementId, {
        relationshipRating: between(random, 5, 10),
        counterpartRating: between(random, 5, 10),
        reasons: [
          CHECK_IN_REASONS[first] ?? "on_time",
          CHECK_IN_REASONS[(first + 1) % CHECK_IN_REASONS.length] ?? "respectful",
        ],
        comment: "",
      }),
      "check-in",
    );
    yield days(random, 0, 1);
  }
}

async function* deliver(
  deps: AppDeps,
  engagementId: string,
  n: number,
  client: Party,
  provider: Party,
  random: Random,
): AsyncGenerator<number, void, void> {
  const hand = async (description: string) =>
    unwrap(
      await submitDeliverable(deps, provider.actor, engagementId, `d${n}`, {
        description,
        links: [],
        fileIds: [],
      }),
      "delivery",
    );
  let round = await hand(`Deliverable ${n} is ready on staging.`);
  yield days(random, 1, 5);
  if (random() < 0.2) {
    unwrap(
      await evaluate(deps, client.actor, engagementId, round.id, {
        verdicts: [{ criterionId: `c${n}`, isMet: false, comment: "Two screens fail on mobile." }],
        remarks: [],
      }),
      "evaluation",
    );
    yield days(random, 2, 7);
    round = await hand(`Deliverable ${n}: the mobile screens are fixed.`);
    yield days(random, 1, 4);
  }
  unwrap(
    await evaluate(deps, client.actor, engagementId, round.id, {
      verdicts: [{ criterionId: `c${n}`, isMet: true, comment: "Checked in the walk-through." }],
      remarks: [],
    }),
    "evaluation",
  );
  yield days(random, 0, 2);
}

async function* review(
  deps: AppDeps,
  engagementId: string,
  milestoneId: string,
  client: Party,
  provider: Party,
  random: Random,
): AsyncGenerator<number, void, void> {
  const occasion = { kind: "milestone" as const, ref: milestoneId };
  unwrap(
    await submitReview(deps, client.actor, engagementId, {
      occasion,
      body: "Good work, delivered as agreed and explained clearly.",
      stars: {
        quality: between(random, 3, 5),
        communication: between(random, 3, 5),
        reliability: between(random, 3, 5),
      },
      privateRating: between(random, 6, 10),
      sendAnyway: false,
    }),
    "client review",
  );
  yield days(random, 0, 3);
  if (random() < 0.8) {
    unwrap(
      await submitReview(deps, provider.actor, engagementId, {
        occasion,
        body: "Clear goals and quick answers from the client's team.",
        stars: {
          clarity: between(random, 3, 5),
          payment: between(random, 3, 5),
          fairness: between(random, 3, 5),
        },
        privateRating: between(random, 6, 10),
        sendAnyway: false,
      }),
      "provider review",
    );
  }
}

async function* change(
  deps: AppDeps,
  engagementId: string,
  milestones: number,
  client: Party,
  provider: Party,
  random: Random,
): AsyncGenerator<number, void, void> {
  const proposed = unwrap(
    await proposeChange(deps, client.actor, engagementId, {
      title: "One more page",
      reason: "Our customers asked for a help page.",
      deliverableIds: [`d${milestones}`],
      additionalRevisions: 0,
    }),
    "change request",
  );
  yield days(random, 1, 4);
  unwrap(
    await priceChange(deps, provider.actor, engagementId, proposed.id, {
      effort: { unit: "day", quantity: 2 },
      priceMinor: between(random, 5, 20) * 10_000,
      scheduleImpactDays: between(random, 0, 7),
      note: "A help page with search.",
    }),
    "change pricing",
  );
  yield days(random, 1, 4);
  const approved = unwrap(
    await approveChange(deps, client.actor, engagementId, proposed.id),
    "change approval",
  );
  // By amendment (the default change control): both sides sign the new version.
  if (approved.status !== "applied" && approved.agreementVersion !== null) {
    yield* signLatest(deps, engagementId, approved.agreementVersion, client, provider, random);
  }
}
