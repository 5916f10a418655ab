import type { LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import type { AgreementTerms } from "../../../src/domain/agreement/terms";
import type { ProposalTerms } from "../../../src/domain/proposal/proposal";
import { signUpPerson, type Person, type TestApp } from "../../support/test-app";
import { addMember, createOrg, uniqueName, type OrgRef } from "../api-fixtures";

/** Small factories for proposals and agreements, each going through the HTTP API. */

export interface FindingBody {
  code: string;
  severity: "blocking" | "warning";
  path: string;
  message: string;
  reason: string | null;
}

export interface BriefBody {
  id: string;
  title: string;
  status: string;
  mustHaves: { id: string; text: string }[];
}

export interface ProposalBody {
  id: string;
  briefId: string;
  briefTitle: string;
  provider: OrgRef;
  client: OrgRef;
  status: string;
  revision: number;
  terms: ProposalTerms;
  findings: FindingBody[];
  declineReason: string | null;
  revisionNote: string | null;
  engagementId: string | null;
  submittedAt: string | null;
}

export interface SignatureBody {
  side: "client" | "provider";
  userId: string;
  name: string;
  orgId: string;
  contentHash: string;
  signedAt: string;
}

export interface VersionBody {
  version: number;
  status: "draft" | "in_force" | "superseded";
  terms: AgreementTerms;
  contentHash: string;
  signatures: SignatureBody[];
  findings: FindingBody[];
  isSignable: boolean;
  inForceAt: string | null;
}

export interface OverviewBody {
  engagementId: string;
  inForce: VersionBody | null;
  draft: VersionBody | null;
  versions: { version: number; status: string; contentHash: string; inForceAt: string | null }[];
}

/** Reads a successful answer, failing the test with the body otherwise. */
export function bodyOf<T>(response: LightMyRequestResponse, status = 200): T {
  expect(response.statusCode, response.body).toBe(status);
  return response.json<T>();
}

/** A brief the clarity check lets through, published to every provider. */
export async function publishBrief(owner: Person, orgId: string): Promise<BriefBody> {
  const brief = await draftBrief(owner, orgId);
  return bodyOf<BriefBody>(await owner.client.post(`/api/v1/briefs/${brief.id}/publish`));
}

/** The body of a brief the clarity check would let through, with what a test changes. */
export function clearBriefBody(orgId: string, overrides: Record<string, unknown> = {}) {
  return {
    orgId,
    title: uniqueName("Ceramics shop"),
    goals: ["Sell our ceramics online"],
    successMeasures: ["200 orders in 3 months"],
    mustHaves: [{ text: "Card payments" }],
    niceToHaves: [],
    skillIds: ["web.ecommerce"],
    budget: { currency: "EUR", minMinor: 1_000_000, maxMinor: 1_500_000 },
    clientPeople: [{ role: "Owner", hoursPerWeek: 4 }],
    businessModelScope: "Direct-to-consumer sales in the EU",
    constraints: [],
    earliestStart: "2026-12-01",
    deadline: "2027-03-31",
    preferredLanguages: ["en"],
    ...overrides,
  };
}

/** The body of a provider profile that matches that brief, with what a test changes. */
export function shopProfileBody(overrides: Record<string, unknown> = {}) {
  return {
    headline: "Shops that sell",
    description: "We build online shops.",
    skillIds: ["web.ecommerce"],
    languages: ["en"],
    timeZones: ["Europe/Paris"],
    rates: [{ unit: "day", amountMinor: 30_000, currency: "EUR" }],
    floorRate: null,
    availableFrom: null,
    ...overrides,
  };
}

/** A brief the clarity check would let through, still a draft. */
export async function draftBrief(owner: Person, orgId: string): Promise<BriefBody> {
  const created = await owner.client.post("/api/v1/briefs", clearBriefBody(orgId));
  return bodyOf<BriefBody>(created, 201);
}

/**
 * Measurable terms within the brief's budget and deadline: €12,000 fixed for 20 days of work,
 * two milestones, one deliverable covering the brief's must-have.
 */
export function proposalTerms(mustHaveId: string, overrides: Partial<ProposalTerms> = {}) {
  return {
    summary: "A shop on a hosted platform, with card payments, in ten weeks.",
    deliverables: [
      {
        id: "d1",
        title: "Online shop",
        description: "Catalogue, cart and checkout.",
        criteria: [
          {
            id: "c1",
            statement: "A card payment completes end to end",
            verification: "Test purchase with a test card",
          },
          {
            id: "c2",
            statement: "Pages load in under 2 seconds",
            verification: "Lighthouse report on the staging site",
          },
        ],
        revisionLimit: 2,
        milestoneId: "m2",
        coversMustHaveIds: [mustHaveId],
      },
      {
        // Every paid milestone needs a deliverable to be accepted (and invoiced) by.
        id: "d2",
        title: "Design system",
        description: "Colours, type and page templates.",
        criteria: [
          {
            id: "c1",
            statement: "Templates cover home, product, cart and checkout",
            verification: "Review of the template files",
          },
        ],
        revisionLimit: 2,
        milestoneId: "m1",
        coversMustHaveIds: [],
      },
    ],
    milestones: [
      { id: "m1", title: "Design", dueDate: "2027-01-15", amountMinor: 400_000 },
      { id: "m2", title: "Launch", dueDate: "2027-03-01", amountMinor: 800_000 },
    ],
    methodology: "Two-week iterations with a demo at the end of each.",
    cadence: { checkInEveryDays: 14, channels: ["video call"] },
    clientResponsibilities: [{ id: "r1", what: "Product photos and texts", dueDate: "2027-01-10" }],
    providerResponsibilities: [{ id: "r2", what: "Hosting set-up", dueDate: null }],
    remuneration: {
      model: "fixed",
      currency: "EUR",
      amountMinor: 1_200_000,
      rateMinor: null,
      estimatedEffort: { unit: "day", quantity: 20 },
      retainerPeriod: null,
    },
    paymentTermsDays: 30,
    ...overrides,
  } satisfies ProposalTerms;
}

export interface ProposalWorld {
  client: Person;
  clientOrg: OrgRef;
  provider: Person;
  providerOrg: OrgRef;
  brief: BriefBody;
}

/** A client organisation with a published brief, and a provider organisation to answer it. */
export async function buildProposalWorld(t: TestApp): Promise<ProposalWorld> {
  const client = await signUpPerson(t.app, "Clara");
  const clientOrg = await createOrg(client, "client");
  const provider = await signUpPerson(t.app, "Pedro");
  const providerOrg = await createOrg(provider, "provider");
  const brief = await publishBrief(client, clientOrg.id);
  return { client, clientOrg, provider, providerOrg, brief };
}

export function mustHaveOf(brief: BriefBody): string {
  const id = brief.mustHaves[0]?.id;
  if (!id) throw new Error("the brief has no must-have");
  return id;
}

export async function draftProposal(
  w: ProposalWorld,
  terms: ProposalTerms = proposalTerms(mustHaveOf(w.brief)),
): Promise<ProposalBody> {
  const response = await w.provider.client.post(`/api/v1/briefs/${w.brief.id}/proposals`, {
    orgId: w.providerOrg.id,
    terms,
  });
  return bodyOf<ProposalBody>(response, 201);
}

export async function submittedProposal(w: ProposalWorld): Promise<ProposalBody> {
  const draft = await draftProposal(w);
  return bodyOf<ProposalBody>(await w.provider.client.post(`/api/v1/proposals/${draft.id}/submit`));
}

export interface AgreementWorld extends ProposalWorld {
  proposal: ProposalBody;
  engagementId: string;
}

/**
 * A proposal the client accepted: an active engagement with version 1 of its agreement. The
 * brief stays open, so tests can send it more proposals.
 */
export async function buildAgreementWorld(t: TestApp): Promise<AgreementWorld> {
  const w = await buildProposalWorld(t);
  const submitted = await submittedProposal(w);
  const proposal = bodyOf<ProposalBody>(
    await w.client.client.post(`/api/v1/proposals/${submitted.id}/accept`, { keepBriefOpen: true }),
  );
  if (!proposal.engagementId) throw new Error("accepting gave no engagement");
  return { ...w, proposal, engagementId: proposal.engagementId };
}

/** Someone new joining an organisation with the role. */
export async function joinAs(
  t: TestApp,
  owner: Person,
  org: OrgRef,
  name: string,
  role: "owner" | "member" | "viewer",
  locale = "en",
): Promise<Person> {
  const person = await signUpPerson(t.app, name, locale);
  await addMember(t, owner, org, person, role);
  return person;
}
