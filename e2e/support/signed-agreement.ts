import type { BrowserContext } from "playwright-core";
import { signUpPair, type useJourney } from "./harness";

/**
 * Setting up an engagement through the API, as the people signed in in each browser profile,
 * for journeys whose subject comes after the agreement is signed.
 */

export const CRITERION_PAYMENT = "A card payment completes end to end";
export const CRITERION_SPEED = "Pages load in under 2 seconds";

function isoDateInDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The API as the signed-in person in this browser profile: same cookies, with a CSRF token. */
export async function apiOf(context: BrowserContext, baseUrl: string) {
  const url = (path: string) => `${baseUrl}/api/v1${path}`;
  const csrf = await context.request.get(url("/auth/csrf"));
  const { token } = (await csrf.json()) as { token: string };
  return {
    async get<T>(path: string): Promise<T> {
      const response = await context.request.get(url(path));
      if (!response.ok())
        throw new Error(`GET ${path}: ${response.status()} ${await response.text()}`);
      return (await response.json()) as T;
    },
    /** `headers` adds to the CSRF token, e.g. a payment's `idempotency-key`. */
    async post<T>(
      path: string,
      data: unknown = {},
      headers: Record<string, string> = {},
    ): Promise<T> {
      const response = await context.request.post(url(path), {
        data,
        headers: { ...headers, "x-csrf-token": token },
      });
      if (!response.ok())
        throw new Error(`POST ${path}: ${response.status()} ${await response.text()}`);
      return (await response.json()) as T;
    },
    async put<T>(path: string, data: unknown): Promise<T> {
      const response = await context.request.put(url(path), {
        data,
        headers: { "x-csrf-token": token },
      });
      if (!response.ok())
        throw new Error(`PUT ${path}: ${response.status()} ${await response.text()}`);
      return (await response.json()) as T;
    },
  };
}

export type Api = Awaited<ReturnType<typeof apiOf>>;

export interface AgreementOptions {
  /** Opt version 1 into statutory late-payment interest before both sides sign it. */
  statutoryLateInterest?: boolean;
  /** Leave version 1 a draft nobody signed: the engagement has no agreement in force. */
  isLeftUnsigned?: boolean;
}

/**
 * A published brief, a proposal with one deliverable (two criteria, two revision rounds) in one
 * milestone (EUR 12,000.00, 30 days' payment terms), accepted, and version 1 of the agreement
 * signed by both owners: changes need a signed amendment (the default change control).
 */
export async function signedAgreement(
  client: Api,
  provider: Api,
  run: string,
  options: AgreementOptions = {},
): Promise<string> {
  const clientOrg = await client.post<{ id: string }>("/orgs", {
    name: `Northwind Traders ${run}`,
    kind: "client",
  });
  const providerOrg = await provider.post<{ id: string }>("/orgs", {
    name: `Fabrikam Studio ${run}`,
    kind: "provider",
  });
  const brief = await client.post<{ id: string; mustHaves: { id: string }[] }>("/briefs", {
    orgId: clientOrg.id,
    title: `Tea shop website ${run}`,
    goals: ["Sell our teas online across Europe"],
    successMeasures: ["200 orders a month within 6 months"],
    mustHaves: [{ text: "Card payments" }],
    niceToHaves: [],
    skillIds: ["web.ecommerce"],
    budget: { currency: "EUR", minMinor: 1_000_000, maxMinor: 1_500_000 },
    clientPeople: [{ role: "Owner", hoursPerWeek: 4 }],
    businessModelScope: "Direct sales to consumers in the EU",
    constraints: [],
    earliestStart: isoDateInDays(10),
    deadline: isoDateInDays(130),
    preferredLanguages: ["en"],
  });
  await client.post(`/briefs/${brief.id}/publish`);
  const mustHaveId = brief.mustHaves[0]?.id ?? "";
  const proposal = await provider.post<{ id: string }>(`/briefs/${brief.id}/proposals`, {
    orgId: providerOrg.id,
    terms: {
      summary: "A shop on a hosted platform, with card payments.",
      deliverables: [
        {
          id: "d1",
          title: "Online shop",
          description: "Catalogue, cart and checkout.",
          criteria: [
            { id: "c1", statement: CRITERION_PAYMENT, verification: "Test purchase" },
            { id: "c2", statement: CRITERION_SPEED, verification: "Lighthouse report" },
          ],
          revisionLimit: 2,
          milestoneId: "m1",
          coversMustHaveIds: [mustHaveId],
        },
      ],
      milestones: [
        { id: "m1", title: "Launch", dueDate: isoDateInDays(100), amountMinor: 1_200_000 },
      ],
      methodology: "Two-week iterations with a demo at the end of each.",
      cadence: { checkInEveryDays: 14, channels: ["video call"] },
      clientResponsibilities: [{ id: "r1", what: "Product photos", dueDate: isoDateInDays(20) }],
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
    },
  });
  await provider.post(`/proposals/${proposal.id}/submit`);
  const accepted = await client.post<{ engagementId: string }>(`/proposals/${proposal.id}/accept`);
  const engagement = `/engagements/${accepted.engagementId}/agreement`;
  const draft = await client.get<{ contentHash: string; terms: Record<string, unknown> }>(
    `${engagement}/versions/1`,
  );
  let { contentHash } = draft;
  if (options.statutoryLateInterest) {
    const edited = await client.put<{ contentHash: string }>(`${engagement}/draft`, {
      terms: { ...draft.terms, statutoryLateInterest: true },
      baseHash: contentHash,
    });
    contentHash = edited.contentHash;
  }
  if (options.isLeftUnsigned) return accepted.engagementId;
  for (const side of [client, provider]) {
    await side.post(`${engagement}/versions/1/sign`, { contentHash });
  }
  return accepted.engagementId;
}

/**
 * Paula and Clara signed up in browsers of their own (`signUpPair`), each with the API as
 * themselves, and version 1 of an agreement between them signed (`signedAgreement`).
 */
export async function signedPair(
  journey: Pick<ReturnType<typeof useJourney>, "baseUrl" | "person">,
  run: string,
  options: AgreementOptions = {},
) {
  const { p, c, providerEmail } = await signUpPair(journey, run);
  const client = await apiOf(c.context, journey.baseUrl());
  const provider = await apiOf(p.context, journey.baseUrl());
  const engagementId = await signedAgreement(client, provider, run, options);
  return { p, c, client, provider, engagementId, providerEmail };
}
