import { setPlatformRole } from "../../../src/server/modules/auth/users.repository";
import { signUpPerson, type Person, type TestApp } from "../../support/test-app";
import {
  ALL_MET,
  buildDeliveryWorld,
  evaluate,
  submit,
  type DeliveryWorld,
} from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

export interface ReviewBody {
  id: string;
  reviewerSide: "client" | "provider";
  reviewedOrgId: string;
  body: string | null;
  stars: Record<string, number>;
  privateRating: number | null;
  publishedAt: string | null;
  isMine: boolean;
  recordNotes: { claim: string; record: { kind: string; count: number } }[];
  hidden: { reason: string } | null;
  reply: { body: string } | null;
  canReply: boolean;
}

export interface RoundBody {
  occasion: { kind: string; ref: string };
  openedAt: string;
  closesAt: string;
  publishedAt: string | null;
  submittedSides: string[];
  canSubmit: boolean;
  reviews: ReviewBody[];
}

export interface CaseBody {
  id: string;
  status: string;
  source: string;
  accusedOrgId: string;
  reason: string;
  viewerRole: string;
  subject: { kind: string; id: string };
  decision: { decision: string; reason: string } | null;
  appeal: { outcome: string | null } | null;
  notice: { responseDueAt: string; response: string | null };
}

export const CLIENT_STARS = { quality: 2, communication: 3, reliability: 1 };
export const PROVIDER_STARS = { clarity: 4, payment: 5, fairness: 4 };

/** An engagement whose milestone m2 the client accepted: the occasion for a round of reviews. */
export async function buildReviewWorld(
  t: TestApp,
  adjust?: Parameters<typeof buildDeliveryWorld>[1],
): Promise<DeliveryWorld> {
  const w = await buildDeliveryWorld(t, adjust);
  const round = bodyOf<{ id: string }>(await submit(w), 201);
  bodyOf(await evaluate(w, round.id, ALL_MET));
  return w;
}

export function writeReview(w: DeliveryWorld, as: Person, body: Record<string, unknown> = {}) {
  const isClient = as === w.client;
  return as.client.post(w.url("/reviews"), {
    occasion: { kind: "milestone", ref: "m2" },
    body: isClient ? "Late and sloppy work on the checkout." : "Clear brief, paid on time.",
    stars: isClient ? CLIENT_STARS : PROVIDER_STARS,
    privateRating: isClient ? 3 : 8,
    ...body,
  });
}

export async function roundsSeenBy(w: DeliveryWorld, as: Person): Promise<RoundBody[]> {
  return bodyOf<{ rounds: RoundBody[] }>(await as.client.get(w.url("/reviews"))).rounds;
}

export async function signUpModerator(t: TestApp, name: string): Promise<Person> {
  const person = await signUpPerson(t.app, name);
  await setPlatformRole(t.deps.db, person.userId, "moderator");
  return person;
}

/** The seed story's threat: the provider's reply to a negative review, in French. */
export const THREAT_FR = "Retirez cet avis immédiatement, sinon nous vous poursuivrons en justice.";

export const caseUrl = (id: string, path = "") => `/api/v1/moderation/cases/${id}${path}`;

/**
 * Both sides review (the client's review of the provider is negative), then the provider
 * answers it with the threat and sends it anyway: the case screening opens. Returns its id.
 */
export async function caseFromSentThreat(w: DeliveryWorld): Promise<string> {
  bodyOf(await writeReview(w, w.client), 201);
  bodyOf(await writeReview(w, w.provider), 201);
  const review = (await roundsSeenBy(w, w.provider))[0]!.reviews.find(
    (r) => r.reviewerSide === "client",
  )!;
  const sent = bodyOf<{ screening: { caseId: string } }>(
    await w.provider.client.post(w.url(`/reviews/${review.id}/reply`), {
      body: THREAT_FR,
      sendAnyway: true,
    }),
    201,
  );
  return sent.screening.caseId;
}

/** The provider's directory profile, so its organisation can be matched to the world's brief. */
export async function publishProviderProfile(w: DeliveryWorld): Promise<void> {
  bodyOf(
    await w.provider.client.request("PUT", `/api/v1/providers/${w.providerOrg.id}`, {
      headline: "Shops that sell",
      description: "We build online shops.",
      skillIds: ["web.ecommerce"],
      languages: ["fr", "en"],
      timeZones: ["Europe/Paris"],
      rates: [{ unit: "day", amountMinor: 30_000, currency: "EUR" }],
      floorRate: null,
      availableFrom: null,
    }),
  );
}

/** The organisations the world's brief is matched to, as its client reads them. */
export async function matchedProviderIds(w: DeliveryWorld): Promise<string[]> {
  return bodyOf<{ matches: { provider: { id: string } }[] }>(
    await w.client.client.get(`/api/v1/briefs/${w.brief.id}/matches`),
  ).matches.map((m) => m.provider.id);
}
