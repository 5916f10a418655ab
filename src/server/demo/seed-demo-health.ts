import { addDays } from "../../domain/billing/calendar";
import type { ProposalTerms } from "../../domain/proposal/proposal";
import type { Actor } from "../platform/actor";
import { todayOf } from "../platform/clock";
import type { AppDeps } from "../platform/deps";
import type { Result } from "../platform/result";
import { getAgreementVersion } from "../modules/agreements/get-agreement-version";
import { signAgreement } from "../modules/agreements/sign-agreement";
import { publishBrief } from "../modules/briefs/publish-brief";
import { createBrief } from "../modules/briefs/write-brief";
import { proposeChange } from "../modules/change-requests/propose-change";
import { evaluate } from "../modules/delivery/evaluate-submission";
import { submitDeliverable } from "../modules/delivery/submit-deliverable";
import { acceptProposal } from "../modules/proposals/accept-proposal";
import { createProposal } from "../modules/proposals/create-proposal";
import { submitProposal } from "../modules/proposals/submit-proposal";
import { refreshEngagementHealth } from "../modules/relationship-health/refresh-engagement-health";

function unwrap<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`demo seed: ${what} failed with ${result.failure.code}`);
  return result.value;
}

interface Party {
  actor: Actor;
  orgId: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Two milestones a month apart from the first day, 20 days of agreed effort in all. */
function twoStageTerms(title: string, mustHaveIds: string[], firstDay: string): ProposalTerms {
  const stages = [1, 2];
  return {
    summary: `${title}, in two stages.`,
    deliverables: stages.map((n) => ({
      id: `d${n}`,
      title: `${title}: stage ${n}`,
      description: `Stage ${n} of ${title.toLowerCase()}.`,
      criteria: [{ id: `c${n}`, statement: "Works as specified", verification: "Walk-through" }],
      revisionLimit: 2,
      milestoneId: `m${n}`,
      coversMustHaveIds: n === 1 ? mustHaveIds : [],
    })),
    milestones: stages.map((n) => ({
      id: `m${n}`,
      title: `Stage ${n}`,
      dueDate: addDays(firstDay, 30 * n),
      amountMinor: 400_000,
    })),
    methodology: "Weekly demos.",
    cadence: { checkInEveryDays: 14, channels: ["video call"] },
    clientResponsibilities: [{ id: "r1", what: "Timely answers to questions", dueDate: null }],
    providerResponsibilities: [{ id: "r2", what: "Weekly progress notes", dueDate: null }],
    remuneration: {
      model: "fixed",
      currency: "EUR",
      amountMinor: 800_000,
      rateMinor: null,
      estimatedEffort: { unit: "day", quantity: 20 },
      retainerPeriod: null,
    },
    paymentTermsDays: 30,
  };
}

/**
 * A brief, a proposal accepted and an agreement both sides signed, all `startedDaysAgo` days
 * before the demo begins: the engagement's id.
 */
export async function signedEngagement(
  deps: AppDeps,
  client: Party,
  provider: Party,
  title: string,
  startedDaysAgo: number,
): Promise<string> {
  const began: AppDeps = {
    ...deps,
    clock: { now: () => new Date(deps.clock.now().getTime() - startedDaysAgo * DAY_MS) },
  };
  const firstDay = addDays(todayOf(deps.clock), -startedDaysAgo);
  const brief = unwrap(
    await createBrief(began, client.actor, {
      orgId: client.orgId,
      title,
      goals: [`${title} that our team can rely on`],
      successMeasures: ["Used every day by the team within a month"],
      mustHaves: [{ text: "Works on phones" }],
      niceToHaves: [],
      skillIds: ["design.ux"],
      budget: { currency: "EUR", minMinor: 700_000, maxMinor: 900_000 },
      clientPeople: [{ role: "Product owner", hoursPerWeek: 2 }],
      businessModelScope: "An internal tool.",
      constraints: [],
      earliestStart: firstDay,
      deadline: addDays(firstDay, 90),
      preferredLanguages: ["en"],
    }),
    `${title} brief`,
  );
  unwrap(await publishBrief(began, client.actor, brief.id), `${title} publication`);
  const proposal = unwrap(
    await createProposal(began, provider.actor, brief.id, {
      orgId: provider.orgId,
      terms: twoStageTerms(
        title,
        brief.mustHaves.map((m) => m.id),
        firstDay,
      ),
    }),
    `${title} proposal`,
  );
  unwrap(await submitProposal(began, provider.actor, proposal.id), `${title} submission`);
  const accepted = unwrap(
    await acceptProposal(began, client.actor, proposal.id),
    `${title} acceptance`,
  );
  const engagementId = accepted.engagementId;
  if (!engagementId) throw new Error("demo seed: accepted proposal without engagement");
  const draft = unwrap(
    await getAgreementVersion(began, client.actor, engagementId, 1),
    `${title} agreement`,
  );
  for (const signer of [client.actor, provider.actor]) {
    unwrap(
      await signAgreement(began, signer, engagementId, 1, {
        contentHash: draft.contentHash,
        acknowledgedFindings: [],
      }),
      `${title} signature`,
    );
  }
  return engagementId;
}

/**
 * Relationship health for the demo, so that every kind of engagement shows: a healthy one
 * (stage 1 handed in early and accepted at the first review, next day), one whose client
 * keeps asking for unpriced work (scope creep: four demands, 40 % of the agreed effort, red),
 * and one whose provider is late (stage 1 due 10 days ago, not handed in). The overdue-paying
 * client is the design engagement's (`seed-demo-billing.ts`).
 */
export async function seedDemoHealth(
  deps: AppDeps,
  cast: { client: Party; secondClient: Party; provider: Party },
): Promise<void> {
  const { client, secondClient, provider } = cast;
  const atDaysAgo = (days: number): AppDeps => ({
    ...deps,
    clock: { now: () => new Date(deps.clock.now().getTime() - days * DAY_MS) },
  });

  const healthy = await signedEngagement(deps, secondClient, provider, "Clinic staff rota", 40);
  const round = unwrap(
    await submitDeliverable(atDaysAgo(15), provider.actor, healthy, "d1", {
      description: "Stage 1: the rota planner, ready for review.",
      links: [],
      fileIds: [],
    }),
    "healthy submission",
  );
  unwrap(
    await evaluate(atDaysAgo(14), secondClient.actor, healthy, round.id, {
      verdicts: [{ criterionId: "c1", isMet: true, comment: "Spot on." }],
      remarks: [],
    }),
    "healthy evaluation",
  );

  const creeping = await signedEngagement(deps, client, provider, "Store loyalty app", 20);
  const demands = [
    "Gift cards in the app",
    "A referral programme",
    "Push notifications for offers",
    "A second language",
  ];
  for (const [index, title] of demands.entries()) {
    unwrap(
      await proposeChange(atDaysAgo(12 - 3 * index), client.actor, creeping, {
        title,
        reason: "The shop managers asked for it this week.",
        deliverableIds: [],
        additionalRevisions: 0,
      }),
      "scope-creep demand",
    );
  }

  const late = await signedEngagement(deps, secondClient, provider, "Lab results viewer", 40);

  // Assessed as of today, as the sweeper would at its first pass, so the warnings show at once.
  for (const engagementId of [healthy, creeping, late]) {
    await refreshEngagementHealth(deps.db, deps, engagementId);
  }
}
