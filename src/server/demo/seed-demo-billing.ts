import { addDays } from "../../domain/billing/calendar";
import type { ProposalTerms } from "../../domain/proposal/proposal";
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
import { evaluate } from "../modules/delivery/evaluate-submission";
import { submitDeliverable } from "../modules/delivery/submit-deliverable";
import { acceptProposal } from "../modules/proposals/accept-proposal";
import { createProposal } from "../modules/proposals/create-proposal";
import { submitProposal } from "../modules/proposals/submit-proposal";

function unwrap<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`demo seed: ${what} failed with ${result.failure.code}`);
  return result.value;
}

interface Party {
  actor: Actor;
  orgId: string;
}

/** Each stage is accepted some days before the demo starts, before the invoice that bills it. */
const STAGES = [
  { id: "1", title: "Research and user journeys", acceptedDaysAgo: 78 },
  { id: "2", title: "Interface design", acceptedDaysAgo: 52 },
  { id: "3", title: "Clickable prototype", acceptedDaysAgo: 6 },
];

function designProposal(mustHaveIds: string[], today: string): ProposalTerms {
  return {
    summary: "Design of the patient app in three stages, each accepted before the next.",
    deliverables: STAGES.map((stage, index) => ({
      id: `d${stage.id}`,
      title: stage.title,
      description: `Stage ${stage.id} of the patient app design.`,
      criteria: [
        {
          id: `c${stage.id}`,
          statement: "Reviewed with five patients, findings written up",
          verification: "Session notes shared with the clinic",
        },
      ],
      revisionLimit: 2,
      milestoneId: `m${stage.id}`,
      coversMustHaveIds: index === 0 ? mustHaveIds : [],
    })),
    milestones: STAGES.map((stage, index) => ({
      id: `m${stage.id}`,
      title: stage.title,
      dueDate: addDays(today, 30 * (index + 1)),
      amountMinor: 300_000,
    })),
    methodology: "Fortnightly design reviews with the clinic's patient panel.",
    cadence: { checkInEveryDays: 14, channels: ["video call"] },
    clientResponsibilities: [{ id: "r1", what: "Access to the patient panel", dueDate: null }],
    providerResponsibilities: [
      { id: "r2", what: "Accessible designs (WCAG 2.2 AA)", dueDate: null },
    ],
    remuneration: {
      model: "fixed",
      currency: "EUR",
      amountMinor: 900_000,
      rateMinor: null,
      estimatedEffort: { unit: "day", quantity: 15 },
      retainerPeriod: null,
    },
    paymentTermsDays: 30,
  };
}

/**
 * Stage 7 for the demo: a signed design engagement between Lumen Health and Atelier Bleu whose
 * three milestones are accepted and invoiced with past issue dates, so that today one invoice
 * is paid (on time), one is overdue with nothing paid (its reminders fall due at the first
 * sweep), and one is partly paid and not yet due.
 */
export async function seedDemoBilling(
  deps: AppDeps,
  cast: { client: Party; provider: Party },
): Promise<void> {
  const today = todayOf(deps.clock);
  const { client, provider } = cast;
  // The engagement began 80 days ago, so every invoice below is dated after the work it bills
  // was accepted, as the billing rules require.
  const daysAgo = (days: number): AppDeps => ({
    ...deps,
    clock: { now: () => new Date(deps.clock.now().getTime() - days * 24 * 60 * 60 * 1000) },
  });
  const began = daysAgo(80);
  const firstDay = addDays(today, -80);
  const brief = unwrap(
    await createBrief(began, client.actor, {
      orgId: client.orgId,
      title: "Patient app design",
      goals: ["Let patients book and follow their appointments on their phone"],
      successMeasures: ["80% of test patients book an appointment unaided"],
      mustHaves: [{ text: "Accessible to screen readers" }],
      niceToHaves: [],
      skillIds: ["design.ux"],
      budget: { currency: "EUR", minMinor: 800_000, maxMinor: 1_000_000 },
      clientPeople: [{ role: "Patient panel lead", hoursPerWeek: 3 }],
      businessModelScope: "A free app for the clinics' own patients.",
      constraints: [],
      earliestStart: firstDay,
      deadline: addDays(firstDay, 120),
      preferredLanguages: ["id", "en"],
    }),
    "design brief",
  );
  unwrap(await publishBrief(began, client.actor, brief.id), "design brief publication");
  const proposal = unwrap(
    await createProposal(began, provider.actor, brief.id, {
      orgId: provider.orgId,
      terms: designProposal(
        brief.mustHaves.map((m) => m.id),
        firstDay,
      ),
    }),
    "design proposal",
  );
  unwrap(await submitProposal(began, provider.actor, proposal.id), "design submission");
  const accepted = unwrap(
    await acceptProposal(began, client.actor, proposal.id),
    "design acceptance",
  );
  const engagementId = accepted.engagementId;
  if (!engagementId) throw new Error("demo seed: accepted proposal without engagement");
  const draft = unwrap(
    await getAgreementVersion(began, client.actor, engagementId, 1),
    "design agreement",
  );
  for (const signer of [client.actor, provider.actor]) {
    unwrap(
      await signAgreement(began, signer, engagementId, 1, {
        contentHash: draft.contentHash,
        acknowledgedFindings: [],
      }),
      "design signature",
    );
  }
  for (const stage of STAGES) {
    const atStage = daysAgo(stage.acceptedDaysAgo);
    const round = unwrap(
      await submitDeliverable(atStage, provider.actor, engagementId, `d${stage.id}`, {
        description: `${stage.title}: ready for the panel's review.`,
        links: [],
        fileIds: [],
      }),
      "design submission",
    );
    unwrap(
      await evaluate(atStage, client.actor, engagementId, round.id, {
        verdicts: [{ criterionId: `c${stage.id}`, isMet: true, comment: "Panel notes attached." }],
        remarks: [],
      }),
      "design evaluation",
    );
  }

  // Each invoice is issued on its day, so its reminders are planned as they were then.
  const invoiced = async (stage: string, issuedDaysAgo: number) => {
    const onThatDay = daysAgo(issuedDaysAgo);
    const issueDate = addDays(today, -issuedDaysAgo);
    const invoice = unwrap(
      await createInvoice(
        onThatDay,
        provider.actor,
        engagementId,
        { source: { kind: "milestone", milestoneId: `m${stage}` }, note: "" },
        "en",
      ),
      "invoice",
    );
    return unwrap(
      await issueInvoice(onThatDay, provider.actor, engagementId, invoice.id, { issueDate }),
      "invoice issue",
    );
  };
  const payment = async (invoiceId: string, amountMinor: number, paidOn: string) => {
    const recorded = unwrap(
      await recordPayment(deps, client.actor, engagementId, invoiceId, {
        body: { amountMinor, currency: "EUR", paidOn, reference: `Transfer ${paidOn}` },
        idempotencyKey: `demo-${invoiceId}-${paidOn}`,
      }),
      "payment",
    );
    unwrap(
      await answerPayment(
        deps,
        provider.actor,
        engagementId,
        invoiceId,
        recorded.payment.id,
        "confirm",
      ),
      "payment confirmation",
    );
  };
  const paidOnTime = await invoiced("1", 75); // due 45 days ago
  await payment(paidOnTime.id, 300_000, addDays(today, -47));
  await invoiced("2", 50); // due 20 days ago, nothing paid: overdue
  const partly = await invoiced("3", 5); // due in 25 days
  await payment(partly.id, 100_000, addDays(today, -2));
}
