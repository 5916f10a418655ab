import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setPlatformRole } from "../../../src/server/modules/auth/users.repository";
import { escalateOverdueDisputes } from "../../../src/server/modules/disputes/escalate-dispute";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type Person, type TestApp } from "../../support/test-app";
import { expectError, type LedgerEventBody } from "../api-fixtures";
import { buildDeliveryWorld, type DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf, joinAs } from "../proposals-agreements/proposal-fixtures";
import { signUpModerator } from "../reviews/review-fixtures";

interface DisputeBody {
  id: string;
  number: number;
  status: string;
  rung: string;
  outcome: Record<string, unknown> | null;
  dueAt: string | null;
  recommendation: string | null;
  recommendationAcceptedBy: string[];
  abilities: { escalate: boolean; acceptRecommendation: boolean };
}

interface MediationListBody {
  items: {
    engagement: { id: string; title: string; clientName: string | null };
    dispute: DisputeBody;
    settlement: { balanceMinor: number } | null;
    canRecommend: boolean;
  }[];
}

const OPENING = {
  subject: { kind: "evaluation", ref: "d1" },
  statement: "The logo was judged against a criterion we never agreed.",
  wants: "Accept the logo, or say which agreed criterion it misses.",
};
const RECOMMENDATION =
  "The logo meets both agreed criteria; the client accepts it and the provider adds the dark variant.";

describe.each(DIALECTS)("mediation by a moderator on %s", (dialect) => {
  let t: TestApp;
  let a: DeliveryWorld;
  let b: DeliveryWorld;
  let moderator: Person;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    a = await buildDeliveryWorld(t);
    b = await buildDeliveryWorld(t);
    moderator = await signUpModerator(t, "Mona");
  });
  afterEach(async () => {
    await t.close();
  });

  const disputeUrl = (id: string, path = "") => a.url(`/disputes/${id}${path}`);
  const recommend = (as: Person, id: string, text = RECOMMENDATION) =>
    as.client.post(`/api/v1/moderation/mediations/${id}/recommendation`, {
      recommendation: text,
    });
  const accept = (as: Person, id: string) =>
    as.client.post(disputeUrl(id, "/recommendation/accept"), {});
  const read = async (as: Person, id: string) =>
    bodyOf<DisputeBody>(await as.client.get(disputeUrl(id)));
  const eventsOf = async () =>
    bodyOf<{ events: LedgerEventBody[] }>(await a.client.client.get(a.url("/events"))).events;

  /** Opened by the client, answered by the provider, taken to mediation by the client. */
  async function inMediation(): Promise<DisputeBody> {
    const opened = bodyOf<DisputeBody>(
      await a.client.client.post(a.url("/disputes"), OPENING),
      201,
    );
    bodyOf(await a.provider.client.post(disputeUrl(opened.id, "/response"), { response: "No." }));
    // Before mediation, not even a moderator may recommend: the sides are still talking.
    expectError(await recommend(moderator, opened.id), 409, "dispute_wrong_state");
    const climbed = bodyOf<DisputeBody>(
      await a.client.client.post(disputeUrl(opened.id, "/escalate"), {}),
    );
    expect(climbed).toMatchObject({ status: "in_mediation", rung: "mediation" });
    return climbed;
  }

  /** World `w`'s client opens a dispute, its provider answers, the client takes it to mediation. */
  async function inMediationIn(w: DeliveryWorld): Promise<string> {
    const url = (path = "") => w.url(`/disputes${path}`);
    const opened = bodyOf<DisputeBody>(await w.client.client.post(url(), OPENING), 201);
    bodyOf(await w.provider.client.post(url(`/${opened.id}/response`), { response: "No." }));
    bodyOf(await w.client.client.post(url(`/${opened.id}/escalate`), {}));
    return opened.id;
  }

  it("pages the mediation queue: waiting ones oldest first, then the recommended ones", async () => {
    const c = await buildDeliveryWorld(t);
    const first = await inMediationIn(a);
    t.clock.advance(1_000);
    const second = await inMediationIn(b);
    t.clock.advance(1_000);
    const third = await inMediationIn(c);
    bodyOf(await recommend(moderator, first));
    const pageOf = async (query: string) =>
      bodyOf<MediationListBody & { nextCursor: string | null }>(
        await moderator.client.get(`/api/v1/moderation/mediations${query}`),
      );
    const seen: string[] = [];
    let page = await pageOf("?limit=2");
    seen.push(...page.items.map((item) => item.dispute.id));
    expect(page.nextCursor).toEqual(expect.any(String));
    page = await pageOf(`?limit=2&cursor=${encodeURIComponent(page.nextCursor!)}`);
    seen.push(...page.items.map((item) => item.dispute.id));
    expect(page.nextCursor).toBeNull();
    expect(seen).toEqual([second, third, first]);
    for (const query of ["limit=0", "limit=201", "cursor=not-a-cursor"]) {
      expectError(
        await moderator.client.get(`/api/v1/moderation/mediations?${query}`),
        400,
        "validation_failed",
      );
    }
  });

  it("lets a moderator recommend, both sides read it, and settles once both accept it", async () => {
    const dispute = await inMediation();

    const queue = bodyOf<MediationListBody>(
      await moderator.client.get("/api/v1/moderation/mediations"),
    );
    const queued = queue.items.find((item) => item.dispute.id === dispute.id);
    expect(queued).toMatchObject({
      engagement: { id: a.engagementId },
      dispute: { status: "in_mediation", dueAt: dispute.dueAt },
      canRecommend: true,
    });
    expect(queued?.settlement).not.toBeNull();

    const recommended = bodyOf<DisputeBody>(await recommend(moderator, dispute.id));
    expect(recommended).toMatchObject({ status: "recommended", recommendation: RECOMMENDATION });
    for (const side of [a.client, a.provider]) {
      const seen = await read(side, dispute.id);
      expect(seen.recommendation).toBe(RECOMMENDATION);
      expect(seen.abilities.acceptRecommendation).toBe(true);
    }
    // Given once: a second word is refused, the first stands.
    expectError(
      await recommend(moderator, dispute.id, "Changed my mind."),
      409,
      "dispute_wrong_state",
    );

    const first = bodyOf<DisputeBody>(await accept(a.provider, dispute.id));
    expect(first).toMatchObject({ status: "recommended", recommendationAcceptedBy: ["provider"] });
    expect(first.abilities.acceptRecommendation).toBe(false);
    expectError(await accept(a.provider, dispute.id), 409, "dispute_wrong_state");

    const settled = bodyOf<DisputeBody>(await accept(a.client, dispute.id));
    expect(settled).toMatchObject({
      status: "settled",
      recommendationAcceptedBy: ["provider", "client"],
    });
    expect(settled.outcome).toEqual({ by: "recommendation", recommendation: RECOMMENDATION });

    const events = await eventsOf();
    const recommendedEvent = events.find((e) => e.type === "dispute.recommended");
    expect(recommendedEvent?.payload).toMatchObject({ recommendation: RECOMMENDATION });
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(["dispute.recommendation_accepted", "dispute.settled"]),
    );
    expect(events.find((e) => e.type === "dispute.settled")?.payload).toMatchObject({
      by: "recommendation",
      side: "client",
    });
  });

  it("says, when a step comes out of order, where the dispute stands and which step it refuses, in the reader's language", async () => {
    const dispute = await inMediation();
    bodyOf(await recommend(moderator, dispute.id));
    bodyOf(await accept(a.provider, dispute.id));
    const acceptedTwice = expectError(
      await accept(a.provider, dispute.id),
      409,
      "dispute_wrong_state",
    );
    expect(acceptedTwice.message).toBe(
      "Dispute #1 has the moderator’s recommendation, which your side already accepted, so its recommendation cannot be accepted.",
    );
    bodyOf(await accept(a.client, dispute.id));
    const colleague = await joinAs(t, a.client, a.clientOrg, "Chloé", "owner", "fr");
    const climbing = expectError(
      await colleague.client.post(disputeUrl(dispute.id, "/escalate"), {}),
      409,
      "dispute_wrong_state",
    );
    expect(climbing.message).toBe(
      "Le différend n° 1 a été réglé : il ne peut donc pas passer à l’étape suivante.",
    );
    const late = expectError(await recommend(moderator, dispute.id), 409, "dispute_wrong_state");
    expect(late.message).toBe("Dispute #1 was settled, so no recommendation can be given in it.");
  });

  it("refuses the parties, a viewer and a conflicted moderator; hides it from other organisations", async () => {
    const dispute = await inMediation();
    for (const party of [a.client, a.provider]) {
      expectError(await recommend(party, dispute.id), 403, "dispute_wrong_side");
    }
    const viewer = await joinAs(t, a.client, a.clientOrg, "Vera", "viewer");
    expectError(await recommend(viewer, dispute.id), 403, "dispute_wrong_side");
    // Members of other organisations learn nothing of it, whatever they try.
    for (const outsider of [b.client, b.provider]) {
      expectError(await recommend(outsider, dispute.id), 404, "not_found");
      expectError(await accept(outsider, dispute.id), 404, "not_found");
      expectError(
        await outsider.client.post(b.url(`/disputes/${dispute.id}/recommendation/accept`), {}),
        404,
        "not_found",
      );
      expectError(await outsider.client.get("/api/v1/moderation/mediations"), 403, "forbidden");
    }
    // A moderator who works for one of the sides is a party, not a mediator.
    const colleague = await joinAs(t, a.provider, a.providerOrg, "Moritz", "member");
    await setPlatformRole(t.deps.db, colleague.userId, "moderator");
    expectError(await recommend(colleague, dispute.id), 403, "mediation_conflict_of_interest");
    const seenByColleague = bodyOf<MediationListBody>(
      await colleague.client.get("/api/v1/moderation/mediations"),
    );
    expect(seenByColleague.items.find((i) => i.dispute.id === dispute.id)?.canRecommend).toBe(
      false,
    );

    // Nothing was recommended: the dispute still waits in mediation, and no side may accept.
    const still = await read(a.client, dispute.id);
    expect(still).toMatchObject({ status: "in_mediation", recommendation: null });
    expectError(await accept(a.client, dispute.id), 409, "dispute_wrong_state");
    expectError(await accept(viewer, dispute.id), 403, "forbidden");
  });

  it("moves on to separation when the moderator's ten business days pass, and refuses a late word", async () => {
    // Mediation begins on Sunday 22 November at 09:00: ten business days end Friday 4 December.
    const dispute = await inMediation();
    expect(dispute.dueAt).toBe("2026-12-04T09:00:00.000Z");

    t.clock.set(new Date("2026-12-04T08:59:59.000Z"));
    expect(await escalateOverdueDisputes(t.deps)).toBe(0);
    t.clock.set(new Date("2026-12-04T09:00:00.000Z"));
    expectError(await recommend(moderator, dispute.id), 409, "mediation_window_passed");
    expect(await escalateOverdueDisputes(t.deps)).toBe(1);

    expect(await read(a.provider, dispute.id)).toMatchObject({
      status: "separated",
      rung: "separation",
      dueAt: null,
    });
    const escalated = (await eventsOf()).filter((e) => e.type === "dispute.escalated");
    expect(escalated.at(-1)?.payload).toMatchObject({
      from: "mediation",
      to: "separation",
      reason: "window_passed",
    });
  });

  it("tells a side escalating before the recommendation that the moderator's is awaited, not the other side's answer", async () => {
    const dispute = await inMediation();
    const early = expectError(
      await a.provider.client.post(disputeUrl(dispute.id, "/escalate"), {}),
      409,
      "dispute_awaiting_mediator",
    );
    expect(early.message).toContain("moderator");
    expect(early.message).not.toContain("other side");
    expect((await read(a.client, dispute.id)).status).toBe("in_mediation");
  });

  it("lets either side turn a recommendation down by moving on to separation", async () => {
    const dispute = await inMediation();
    bodyOf(await recommend(moderator, dispute.id));
    // A recommendation waits for the sides, not on a clock: the sweeper leaves it alone.
    t.clock.set(new Date("2026-12-10T09:00:00.000Z"));
    expect(await escalateOverdueDisputes(t.deps)).toBe(0);
    const moved = bodyOf<DisputeBody>(
      await a.provider.client.post(disputeUrl(dispute.id, "/escalate"), {}),
    );
    expect(moved).toMatchObject({ status: "separated", recommendation: RECOMMENDATION });
    expectError(await accept(a.client, dispute.id), 409, "dispute_wrong_state");
  });
});
