import { describe, expect, it } from "vitest";
import { defaultCohort } from "./cohort";
import { scoreEngagement } from "./engagement-score";
import { scoreOrganisation } from "./org-aggregate";
import type { Side } from "../engagement/engagement";
import type { EventPayload } from "../ledger/event-catalogue";
import type { HealthFacts, RecognitionFact } from "./facts";
import { applyLedgerEvent, factsFromLedger, type LedgerFactEvent } from "./facts-from-ledger";
import { NOW, factsWith, invoice } from "./test-facts";

const cohort = defaultCohort();

/** One milestone delivered on its day: reliability (1 + 5 × 0.85) / 6 = 0.875 → 70 points. */
const onTime: HealthFacts["milestones"] = [
  { id: "m", title: "M", dueDate: "2026-11-01", deliveredAt: "2026-11-01T00:00:00Z" },
];

function received(side: RecognitionFact["side"], ...publishedAt: string[]): RecognitionFact[] {
  return publishedAt.map((at, index) => ({ id: `${side}-${index}`, side, publishedAt: at }));
}

describe("recognition received as a positive signal of the score", () => {
  it("adds a point per recognition after the weighted inputs: 70 → 72 with two", () => {
    const plain = scoreEngagement(factsWith({ milestones: onTime }), NOW, cohort).provider;
    expect(plain.score).toBe(70);
    expect(plain.recognition).toEqual({ count: 0, points: 0, maxPoints: 3 });
    const facts = factsWith({
      milestones: onTime,
      recognitions: received("provider", "2026-11-20T10:00:00Z", "2026-06-01T10:00:00Z"),
    });
    const provider = scoreEngagement(facts, NOW, cohort).provider;
    expect(provider.uncapped).toBeCloseTo(72, 6);
    expect(provider.score).toBe(72);
    expect(provider.recognition).toEqual({ count: 2, points: 2, maxPoints: 3 });
    // The inputs are untouched: recognition is explained beside them, never inside one.
    expect(provider.inputs).toEqual(plain.inputs);
  });

  it("stops at three points however much is received: 70 → 73 with five", () => {
    const five = Array.from({ length: 5 }, () => "2026-11-30T10:00:00Z");
    const facts = factsWith({ milestones: onTime, recognitions: received("provider", ...five) });
    const provider = scoreEngagement(facts, NOW, cohort).provider;
    expect(provider.recognition).toEqual({ count: 5, points: 3, maxPoints: 3 });
    expect(provider.score).toBe(73);
  });

  it("raises only the recognised side, never the side that gave it", () => {
    const facts = factsWith({
      milestones: onTime,
      invoices: [invoice("A", "2026-11-01", "2026-11-11")],
      recognitions: received("provider", "2026-11-20T10:00:00Z"),
    });
    const scores = scoreEngagement(facts, NOW, cohort);
    // Paid 10 days late: payment 100 × (1 − 10/30) = 66.67 with weight 35, fair dealing 100
    // with weight 10: (2333.33 + 1000) / 45 = 74.07; the client gave, so it stays at 74.
    expect(scores.client.uncapped).toBeCloseTo(74.074, 3);
    expect(scores.client.score).toBe(74);
    expect(scores.client.recognition.count).toBe(0);
    expect(scores.provider.score).toBe(71);
  });

  it("forgets recognition published more than a year before now (365 days, not 366)", () => {
    const at = (publishedAt: string) =>
      scoreEngagement(
        factsWith({ milestones: onTime, recognitions: received("provider", publishedAt) }),
        NOW,
        cohort,
      ).provider.score;
    expect(at("2025-12-01T12:00:00.000Z")).toBe(71);
    expect(at("2025-12-01T11:59:59.000Z")).toBe(70);
  });

  it("keeps a capped score capped: a verified threat holds 73 at 40", () => {
    const facts = factsWith({
      milestones: onTime,
      threats: [{ id: "t1", side: "provider", at: NOW }],
      recognitions: received("provider", NOW, NOW, NOW),
    });
    const provider = scoreEngagement(facts, NOW, cohort).provider;
    expect(provider.uncapped).toBeCloseTo(73, 6);
    expect(provider.score).toBe(40);
    expect(provider.cap).toEqual({ reason: "verified_threat", limit: 40 });
  });

  it("never stands in for payment: an invoice over 60 days overdue still holds the client at 50", () => {
    const facts = factsWith({
      invoices: [
        invoice("BIG", "2026-10-01", "2026-10-01", 100_000_000),
        invoice("S", "2026-10-01", null, 100),
      ],
      recognitions: received("client", NOW, NOW, NOW),
    });
    const client = scoreEngagement(facts, NOW, cohort).client;
    expect(client.score).toBe(50);
    expect(client.inputs.find((i) => i.input === "payment")?.evidence).toHaveLength(2);
  });

  it("adds its points beside a late payment under 60 days, which lowers the payment input and caps nothing", () => {
    // 20 days overdue: HEALTH.md scores payment 100 · (1 − days/30) and caps only past 60 days.
    const late = { invoices: [invoice("L", "2026-11-11", null)] };
    const plain = scoreEngagement(factsWith(late), NOW, cohort).client;
    const recognised = scoreEngagement(
      factsWith({ ...late, recognitions: received("client", NOW, NOW, NOW) }),
      NOW,
      cohort,
    ).client;
    expect(plain.cap).toBeNull();
    expect(plain.inputs.find((i) => i.input === "payment")?.normalised).toBeLessThan(50);
    expect(recognised.inputs).toEqual(plain.inputs);
    expect(recognised.cap).toBeNull();
    expect(recognised.uncapped).toBeCloseTo((plain.uncapped ?? 0) + 3, 6);
  });

  it("gives no score to a side without evidence, and none above 100", () => {
    const alone = factsWith({ recognitions: received("provider", NOW) });
    expect(scoreEngagement(alone, NOW, cohort).provider.score).toBeNull();
    const perfect = factsWith({
      milestones: Array.from({ length: 200 }, (_, i) => ({ ...onTime[0]!, id: `m${i}` })),
      recognitions: received("provider", NOW, NOW),
    });
    // 200 on time: (200 + 4.25) / 205 = 0.99634 → capped by the normalisation at 100.
    const provider = scoreEngagement(perfect, NOW, cohort).provider;
    expect(provider.uncapped).toBe(100);
    expect(provider.score).toBe(100);
  });

  it("counts an organisation's recognition across its engagements, still at most three", () => {
    const engagement = (id: string, clientOrgId: string, at: string[]) =>
      factsWith({
        engagementId: id,
        clientOrgId,
        agreedPriceMinor: 99_900,
        milestones: onTime.map((m) => ({ ...m, id: `${id}-m` })),
        recognitions: received("provider", ...at).map((r) => ({ ...r, id: `${id}-${r.id}` })),
      });
    const score = scoreOrganisation(
      "provider",
      "provider-1",
      [
        engagement("e1", "c1", ["2026-11-01T00:00:00Z"]),
        engagement("e2", "c2", ["2026-10-01T00:00:00Z"]),
      ],
      NOW,
      cohort,
    );
    // Two on time of two, same weight: (2 + 4.25) / 7 = 0.89286 → 77.14, plus 2 → 79.14.
    expect(score.recognition).toEqual({ count: 2, points: 2, maxPoints: 3 });
    expect(score.uncapped).toBeCloseTo(79.143, 3);
    expect(score.score).toBe(79);
  });
});

describe("recognition read from the ledger", () => {
  const header = {
    engagementId: "e",
    clientOrgId: "client",
    providerOrgId: "provider",
    startedAt: "2026-01-01T00:00:00.000Z",
  };
  const answered = (
    recognitionId: string,
    step: EventPayload<"recognition.answered">["step"],
    side: Side,
    occurredAt: string,
  ): LedgerFactEvent => ({
    type: "recognition.answered",
    occurredAt,
    actorOrgId: side,
    payload: { recognitionId, kind: "kudos", step, side },
  });
  const none = { termsOf: () => null, answersOf: () => [] };

  it("publishes on consent to the side that consented, and on text approval to the other side", () => {
    const { facts } = factsFromLedger(
      header,
      [
        answered("r1", "consent_granted", "provider", "2026-02-01T00:00:00.000Z"),
        answered("r2", "text_approved", "client", "2026-02-02T00:00:00.000Z"),
        answered("r3", "consent_granted", "client", "2026-02-03T00:00:00.000Z"),
      ],
      none,
    );
    expect(facts.recognitions).toEqual([
      { id: "r1", side: "provider", publishedAt: "2026-02-01T00:00:00.000Z" },
      { id: "r2", side: "provider", publishedAt: "2026-02-02T00:00:00.000Z" },
      { id: "r3", side: "client", publishedAt: "2026-02-03T00:00:00.000Z" },
    ]);
  });

  it("counts nothing declined, and each recognition once", () => {
    const { facts } = factsFromLedger(
      header,
      [
        answered("r1", "consent_declined", "provider", "2026-02-01T00:00:00.000Z"),
        answered("r2", "text_declined", "client", "2026-02-02T00:00:00.000Z"),
        answered("r3", "consent_granted", "provider", "2026-02-03T00:00:00.000Z"),
        answered("r3", "consent_granted", "provider", "2026-02-04T00:00:00.000Z"),
      ],
      none,
    );
    expect(facts.recognitions?.map((r) => r.id)).toEqual(["r3"]);
  });

  it("takes a recognition out once the consent that published it is withdrawn", () => {
    const { facts } = factsFromLedger(
      header,
      [
        answered("r1", "consent_granted", "provider", "2026-02-01T00:00:00.000Z"),
        answered("r2", "consent_granted", "provider", "2026-02-02T00:00:00.000Z"),
        answered("r1", "consent_withdrawn", "provider", "2026-03-01T00:00:00.000Z"),
      ],
      none,
    );
    expect(facts.recognitions?.map((r) => r.id)).toEqual(["r2"]);
  });

  it("folds onto a state stored before recognition joined the model", () => {
    const old = factsFromLedger(header, [], none);
    delete old.facts.recognitions;
    expect(scoreEngagement(old.facts, NOW, cohort).client.recognition.count).toBe(0);
    const event = answered("r1", "consent_granted", "client", "2026-02-01T00:00:00.000Z");
    expect(applyLedgerEvent(old, event, none).facts.recognitions).toEqual([
      { id: "r1", side: "client", publishedAt: "2026-02-01T00:00:00.000Z" },
    ]);
  });
});
