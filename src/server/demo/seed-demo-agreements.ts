import type { ProposalTerms } from "../../domain/proposal/proposal";
import type { Actor } from "../platform/actor";
import type { AppDeps } from "../platform/deps";
import type { Result } from "../platform/result";
import { getAgreementVersion } from "../modules/agreements/get-agreement-version";
import { signAgreement } from "../modules/agreements/sign-agreement";
import { publishBrief } from "../modules/briefs/publish-brief";
import { createBrief } from "../modules/briefs/write-brief";
import { saveProviderProfile } from "../modules/profiles/provider-profile";
import { acceptProposal } from "../modules/proposals/accept-proposal";
import { createProposal } from "../modules/proposals/create-proposal";
import { submitProposal } from "../modules/proposals/submit-proposal";
import { seedDemoDelivery } from "./seed-demo-delivery";

function unwrap<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`demo seed: ${what} failed with ${result.failure.code}`);
  return result.value;
}

export interface DemoCast {
  client: { actor: Actor; orgId: string };
  secondClient: { actor: Actor; orgId: string };
  providers: { actor: Actor; orgId: string }[];
}

function shopProposal(mustHaveIds: string[], amountMinor: number, days: number): ProposalTerms {
  return {
    summary: "A hosted shop with card payments and EU shipping, delivered in two milestones.",
    deliverables: [
      {
        id: "d1",
        title: "Online shop",
        description: "Catalogue, cart, checkout with card payments, shipping labels.",
        criteria: [
          {
            id: "c1",
            statement: "A card payment completes end to end",
            verification: "Test purchase with a test card",
          },
          {
            id: "c2",
            statement: "Product pages load in under 2 seconds",
            verification: "Lighthouse report on staging",
          },
        ],
        revisionLimit: 2,
        milestoneId: "m2",
        coversMustHaveIds: mustHaveIds,
      },
      {
        // The first milestone is paid on this design's acceptance: no money without a deliverable.
        id: "d2",
        title: "Shop design",
        description: "Page templates for home, catalogue, product, cart and checkout.",
        criteria: [
          {
            id: "c3",
            statement: "Every template is shown at mobile and desktop widths",
            verification: "Clickable mock-ups reviewed in a demo",
          },
        ],
        revisionLimit: 2,
        milestoneId: "m1",
        coversMustHaveIds: [],
      },
    ],
    milestones: [
      {
        id: "m1",
        title: "Design approved",
        dueDate: "2027-01-15",
        amountMinor: Math.round(amountMinor / 3),
      },
      {
        id: "m2",
        title: "Shop live",
        dueDate: "2027-02-26",
        amountMinor: amountMinor - Math.round(amountMinor / 3),
      },
    ],
    methodology: "Two-week iterations, each ending with a demo on the staging shop.",
    cadence: { checkInEveryDays: 7, channels: ["video call", "shared board"] },
    clientResponsibilities: [
      { id: "r1", what: "Product photos and descriptions", dueDate: "2027-01-08" },
    ],
    providerResponsibilities: [
      { id: "r2", what: "Hosting and payment provider set-up", dueDate: null },
    ],
    remuneration: {
      model: "fixed",
      currency: "EUR",
      amountMinor,
      rateMinor: null,
      estimatedEffort: { unit: "day", quantity: days },
      retainerPeriod: null,
    },
    paymentTermsDays: 30,
  };
}

/**
 * Stages 1–4 for the demo: two provider profiles, a published brief with two proposals (one
 * accepted into an engagement whose agreement both sides signed, one awaiting an answer), and a
 * draft brief whose clarity check still blocks it.
 */
export async function seedDemoAgreements(
  deps: AppDeps,
  cast: DemoCast,
  today: string,
): Promise<void> {
  const [atelier, kode] = cast.providers;
  if (!atelier || !kode) throw new Error("demo seed: two providers expected");
  const profile = (skillIds: string[], languages: string[], dayRate: number, floor: number) => ({
    headline: "",
    description: "",
    skillIds,
    languages,
    timeZones: ["Europe/Paris"],
    rates: [{ unit: "day" as const, amountMinor: dayRate, currency: "EUR" }],
    floorRate: { currency: "EUR", amountMinor: floor, unit: "day" as const },
    availableFrom: null,
  });
  unwrap(
    await saveProviderProfile(deps, atelier.actor, atelier.orgId, {
      ...profile(
        ["design.brand", "design.ux", "web.frontend", "web.ecommerce"],
        ["fr", "en", "de"],
        65_000,
        50_000,
      ),
      headline: "Brand and shop design for independent makers",
      description: "A small studio in Lyon: identity, UX and shops that sell.",
    }),
    "profile",
  );
  unwrap(
    await saveProviderProfile(deps, kode.actor, kode.orgId, {
      ...profile(
        ["web.backend", "web.ecommerce", "web.mobile", "data.dashboards"],
        ["es", "en", "id"],
        55_000,
        40_000,
      ),
      headline: "Commerce back-ends and mobile apps",
      description: "Engineers in Valencia and Yogyakarta.",
      timeZones: ["Europe/Madrid", "Asia/Jakarta"],
    }),
    "profile",
  );

  const brief = unwrap(
    await createBrief(deps, cast.client.actor, {
      orgId: cast.client.orgId,
      title: "Online shop for our ceramics",
      goals: ["Sell our ceramics online across the EU"],
      successMeasures: ["200 orders in the first 3 months", "Cart abandonment under 60%"],
      mustHaves: [{ text: "Card payments" }, { text: "Shipping labels" }],
      niceToHaves: [{ text: "Gift cards" }],
      skillIds: ["web.ecommerce", "design.ux"],
      budget: { currency: "EUR", minMinor: 1_000_000, maxMinor: 1_600_000 },
      clientPeople: [
        { role: "Owner", hoursPerWeek: 4 },
        { role: "Photographer", hoursPerWeek: 6 },
      ],
      businessModelScope: "Direct-to-consumer sales in the EU; wholesale stays offline.",
      constraints: ["Hosted platform, no servers of our own"],
      earliestStart: "2026-12-07",
      deadline: "2027-03-01",
      preferredLanguages: ["fr", "en"],
    }),
    "brief",
  );
  unwrap(await publishBrief(deps, cast.client.actor, brief.id), "publication");
  const mustHaveIds = brief.mustHaves.map((m) => m.id);

  const propose = async (
    provider: { actor: Actor; orgId: string },
    amountMinor: number,
    days: number,
  ) => {
    const proposal = unwrap(
      await createProposal(deps, provider.actor, brief.id, {
        orgId: provider.orgId,
        terms: shopProposal(mustHaveIds, amountMinor, days),
      }),
      "proposal",
    );
    return unwrap(await submitProposal(deps, provider.actor, proposal.id), "submission");
  };
  const chosen = await propose(kode, 1_320_000, 22);
  await propose(atelier, 1_550_000, 24);
  const accepted = unwrap(await acceptProposal(deps, cast.client.actor, chosen.id), "acceptance");
  const engagementId = accepted.engagementId;
  if (!engagementId) throw new Error("demo seed: accepted proposal without engagement");
  const draft = unwrap(
    await getAgreementVersion(deps, cast.client.actor, engagementId, 1),
    "agreement",
  );
  unwrap(
    await signAgreement(deps, cast.client.actor, engagementId, 1, {
      contentHash: draft.contentHash,
      acknowledgedFindings: [],
    }),
    "client signature",
  );
  unwrap(
    await signAgreement(deps, kode.actor, engagementId, 1, {
      contentHash: draft.contentHash,
      acknowledgedFindings: [],
    }),
    "provider signature",
  );
  await seedDemoDelivery(deps, engagementId, cast.client.actor, kode.actor);

  unwrap(
    await createBrief(deps, cast.secondClient.actor, {
      orgId: cast.secondClient.orgId,
      title: "Clinic dashboard",
      goals: ["See appointment load across our clinics"],
      successMeasures: [],
      mustHaves: [{ text: "Daily refresh" }],
      niceToHaves: [],
      skillIds: ["data.dashboards"],
      budget: null,
      clientPeople: [],
      businessModelScope: "",
      constraints: [],
      earliestStart: null,
      deadline: today,
      preferredLanguages: ["id", "en"],
    }),
    "draft brief",
  );
}
