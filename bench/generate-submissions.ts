import type { ProposalTerms } from "../src/domain/proposal/proposal";
import type { Role } from "../src/contracts/common";
import { addDays } from "../src/domain/billing/calendar";
import type { DatabaseHandle } from "../src/server/db/connect";
import { createDeps } from "../src/server/create-deps";
import { generatedTerms } from "../src/server/generate/engagement-history";
import { getAgreementVersion } from "../src/server/modules/agreements/get-agreement-version";
import { signAgreement } from "../src/server/modules/agreements/sign-agreement";
import { publishBrief } from "../src/server/modules/briefs/publish-brief";
import { createBrief } from "../src/server/modules/briefs/write-brief";
import { submitDeliverable } from "../src/server/modules/delivery/submit-deliverable";
import { acceptProposal } from "../src/server/modules/proposals/accept-proposal";
import { createProposal } from "../src/server/modules/proposals/create-proposal";
import { submitProposal } from "../src/server/modules/proposals/submit-proposal";
import { ensureDefaultTaxonomy } from "../src/server/modules/taxonomy/taxonomy";
import type { Actor } from "../src/server/platform/actor";
import { ManualClock, todayOf } from "../src/server/platform/clock";
import type { Result } from "../src/server/platform/result";
import { DAY_MS, HISTORY_MS } from "./generate-engagement";

/** What each prepared deliverable costs the client, in euro cents: a day's work each. */
const DELIVERABLE_PRICE_MINOR = 200_000;

/** The terms with a day of effort a deliverable, so their day rate is the deliverable's price. */
function pricedAboveAnyFloor(terms: ProposalTerms, deliverables: number): ProposalTerms {
  return {
    ...terms,
    remuneration: {
      ...terms.remuneration,
      estimatedEffort: { unit: "day", quantity: deliverables },
    },
  };
}

/** The most deliverables an agreement may have (`terms.ts`). */
const MAX_DELIVERABLES = 50;
/** As in `accord generate`: one round in five is sent back, the others accepted. */
const SENT_BACK_EVERY = 5;
const HOUR_MS = 60 * 60 * 1000;

/** One submission awaiting the client's evaluation, and the evaluation the bench will post. */
export interface PreparedEvaluation {
  path: string;
  body: {
    verdicts: { criterionId: string; isMet: boolean; comment: string }[];
    remarks: string[];
  };
}

/**
 * `engagements` engagements between the benchmark organisation (client) and one provider, each
 * with a signed agreement whose deliverables, `count` in all, are handed in and await evaluation,
 * written through the same use-cases as `accord generate` (brief, proposal, acceptance, both
 * signatures, submissions), so agreements, submissions, ledger events and health are what the
 * app itself writes. The raw-inserted bench data has none of them.
 *
 * The engagements are dated before the generated history, so they sort last in the engagement
 * list and leave the read cases' first page as it was; the submissions are handed in an hour
 * before `now`, well inside their review window, so the sweeper accepts none of them.
 *
 * Returns the engagements, newest first, and the evaluations in an order that moves to another engagement at every request, so
 * concurrent evaluations rarely wait on the same engagement's lock (as messages do not).
 */
export async function prepareSubmissions(
  handle: DatabaseHandle,
  input: {
    clientOrgId: string;
    clientUserId: string;
    providerOrgId: string;
    count: number;
    engagements: number;
    now: Date;
  },
): Promise<{ engagementIds: string[]; evaluations: PreparedEvaluation[] }> {
  const { engagements } = input;
  const deliverables = Math.ceil(input.count / engagements);
  if (deliverables > MAX_DELIVERABLES) {
    throw new Error(`bench: ${input.count} submissions need more than ${engagements} engagements`);
  }
  const clock = new ManualClock(new Date(input.now.getTime() - HISTORY_MS - 10 * DAY_MS));
  const deps = {
    ...createDeps(handle, {
      signingSecret: "test-signing-secret",
      publicUrl: "http://bench.invalid",
      mail: "outbox",
      clock,
    }),
    clock,
  };
  await ensureDefaultTaxonomy(deps);
  const providerOwner = await deps.db
    .selectFrom("memberships")
    .select("user_id")
    .where("org_id", "=", input.providerOrgId)
    .where("role", "=", "owner")
    .executeTakeFirstOrThrow();
  const client = await actorOf(handle, input.clientUserId, input.clientOrgId, "client");
  const provider = await actorOf(handle, providerOwner.user_id, input.providerOrgId, "provider");
  // Due dates from the real today: the agreements are current, only their start is old.
  const today = input.now.toISOString().slice(0, 10);

  const engagementIds: string[] = [];
  for (let index = 0; index < engagements; index++) {
    const brief = unwrap(
      await createBrief(deps, client, {
        orgId: input.clientOrgId,
        title: `Evaluated project ${index + 1}`,
        goals: ["Launch the new service for our customers"],
        successMeasures: ["Customers use the service unaided in the first month"],
        mustHaves: [{ text: "Accessible to screen readers" }],
        niceToHaves: [],
        skillIds: ["web.frontend"],
        budget: {
          currency: "EUR",
          minMinor: 500_000,
          maxMinor: DELIVERABLE_PRICE_MINOR * (deliverables + 1),
        },
        clientPeople: [{ role: "Product owner", hoursPerWeek: 4 }],
        businessModelScope: "Our own customers, in the EU.",
        constraints: [],
        earliestStart: todayOf(clock),
        deadline: addDays(today, 30 * (deliverables + 1)),
        preferredLanguages: ["en"],
      }),
      "brief",
    );
    unwrap(await publishBrief(deps, client, brief.id), "brief publication");
    const proposal = unwrap(
      await createProposal(deps, provider, brief.id, {
        orgId: input.providerOrgId,
        // A day a deliverable at €2,000: above any day rate the bench's market gives a provider
        // (at most about €1,440), so the provider's floor, once its profile exists, never
        // blocks the signature (the full run generates the market before these engagements).
        terms: pricedAboveAnyFloor(
          generatedTerms(
            deliverables,
            brief.mustHaves.map((m) => m.id),
            today,
            DELIVERABLE_PRICE_MINOR * deliverables,
          ),
          deliverables,
        ),
      }),
      "proposal",
    );
    unwrap(await submitProposal(deps, provider, proposal.id), "proposal submission");
    clock.advance(HOUR_MS);
    const accepted = unwrap(await acceptProposal(deps, client, proposal.id), "acceptance");
    if (!accepted.engagementId) throw new Error("bench: accepted proposal without engagement");
    const draft = unwrap(
      await getAgreementVersion(deps, client, accepted.engagementId, 1),
      "agreement",
    );
    for (const signer of [client, provider]) {
      unwrap(
        await signAgreement(deps, signer, accepted.engagementId, 1, {
          contentHash: draft.contentHash,
          acknowledgedFindings: [],
        }),
        "signature",
      );
    }
    engagementIds.push(accepted.engagementId);
    clock.advance(HOUR_MS);
  }

  clock.set(new Date(input.now.getTime() - HOUR_MS));
  const evaluations: PreparedEvaluation[] = [];
  for (let n = 1; n <= deliverables; n++) {
    for (const engagementId of engagementIds) {
      const round = unwrap(
        await submitDeliverable(deps, provider, engagementId, `d${n}`, {
          description: `Deliverable ${n} is ready on staging.`,
          links: [],
          fileIds: [],
        }),
        "submission",
      );
      const isMet = evaluations.length % SENT_BACK_EVERY !== SENT_BACK_EVERY - 1;
      evaluations.push({
        path: `/api/v1/engagements/${engagementId}/submissions/${round.id}/evaluation`,
        body: {
          verdicts: [
            {
              criterionId: `c${n}`,
              isMet,
              comment: isMet ? "Checked in the walk-through." : "Two screens fail on mobile.",
            },
          ],
          remarks: [],
        },
      });
    }
  }
  // Oldest last, as the engagement list shows them.
  return { engagementIds: engagementIds.reverse(), evaluations: evaluations.slice(0, input.count) };
}

/** A member acting as the use-cases see them once their session resolved. */
async function actorOf(
  handle: DatabaseHandle,
  userId: string,
  orgId: string,
  kind: "client" | "provider",
): Promise<Actor> {
  const user = await handle.db
    .selectFrom("users")
    .select(["name", "email"])
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();
  const org = await handle.db
    .selectFrom("organisations")
    .select("name")
    .where("id", "=", orgId)
    .executeTakeFirstOrThrow();
  return {
    userId,
    name: user.name,
    email: user.email,
    locale: null,
    platformRole: "user",
    memberships: new Map<string, Role>([[orgId, "owner"]]),
    orgKinds: new Map([[orgId, kind]]),
    orgNames: new Map([[orgId, org.name]]),
    via: { kind: "session", sessionHash: "bench-generator" },
  };
}

function unwrap<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`bench: ${what} failed with ${result.failure.code}`);
  return result.value;
}
