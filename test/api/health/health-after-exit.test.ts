import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AgreementTerms } from "../../../src/domain/agreement/terms";
import { sweepDueWork } from "../../../src/server/sweeper";
import type { WaitingItem } from "../../../src/contracts/home";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type Person, type TestApp } from "../../support/test-app";
import { DAY_MS, PASSWORD } from "../api-fixtures";
import { buildDeliveryWorld, type DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

interface Health {
  provider: {
    score: number | null;
    inputs: { input: string; evidence: { kind: string; id: string; value: number | null }[] }[];
    improvement: { action: string } | null;
  };
  warnings: { code: string }[];
  computedAt: string;
}

interface Abilities {
  growth: Record<string, boolean>;
  messages: Record<string, boolean>;
}

/**
 * The clock starts on 2026-11-22 and notice runs 30 days, so the exit date is 2026-12-22:
 * "Design" falls due before it (late before the end), "Launch" after it (work the exit took out
 * of scope). Health judges lateness up to the end and freezes it there; the growth actions that
 * end with the exit are no longer offered to either side.
 */
const EXIT_DATE = "2026-12-22";
const terms = (agreed: AgreementTerms): AgreementTerms => ({
  ...agreed,
  noticePeriodDays: 30,
  milestones: agreed.milestones.map((m) => ({
    ...m,
    dueDate: m.id === "m1" ? "2026-12-01" : "2027-01-05",
  })),
});

describe.each(DIALECTS)("an engagement ended by its exit on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    w = await buildDeliveryWorld(t, terms);
  });
  afterEach(async () => {
    await t.close();
  });

  const today = () => t.clock.now().toISOString().slice(0, 10);
  /** Days pass; the sweeper assesses health each of them; everyone signs in again. */
  async function passDaysTo(day: string) {
    while (today() < day) {
      t.clock.advance(DAY_MS);
      await sweepDueWork(t.deps);
    }
    for (const person of [w.client, w.provider]) {
      const response = await person.client.post("/api/v1/auth/login", {
        email: person.email,
        password: PASSWORD,
      });
      expect(response.statusCode).toBe(200);
    }
  }
  const health = async () => bodyOf<Health>(await w.provider.client.get(w.url("/health")));
  const reliability = (h: Health) =>
    h.provider.inputs.find((i) => i.input === "reliability")?.evidence ?? [];
  const abilitiesOf = async (person: Person) =>
    bodyOf<{ abilities: Abilities }>(await person.client.get(w.url())).abilities;
  const giveNotice = async () => {
    const exit = bodyOf<{ exitDate: string }>(
      await w.client.client.post(w.url("/exit"), { reason: "notice" }),
      201,
    );
    expect(exit.exitDate).toBe(EXIT_DATE);
  };

  it("judges milestones up to the end: none due after it, lateness frozen at it, no provider_late, no delivery asked", async () => {
    await giveNotice();
    await passDaysTo("2026-12-21");
    const before = await health();
    expect(before.warnings.map((warning) => warning.code)).toContain("provider_late");
    expect(before.provider.improvement?.action).toBe("deliver_milestone");

    // After the end and after "Launch" was due: it is not due, "Design" is late by 21 days.
    await passDaysTo("2027-01-08");
    const ended = await health();
    expect(ended.computedAt.slice(0, 10)).toBe("2027-01-08");
    expect(reliability(ended)).toEqual([
      { kind: "milestone", id: "m1", label: "Design", value: 21 },
    ]);
    expect(ended.warnings.map((warning) => warning.code)).not.toContain("provider_late");
    expect(ended.provider.improvement?.action ?? null).not.toBe("deliver_milestone");

    await passDaysTo("2027-01-10");
    const later = await health();
    expect(later.computedAt.slice(0, 10)).toBe("2027-01-10");
    expect(later.provider.score).toBe(ended.provider.score);
    expect(reliability(later)).toEqual(reliability(ended));
  });

  it("offers the growth actions that end with the exit until the end, and not after it", async () => {
    const ending = ["setGoal", "measure", "offer", "answerOffer"];
    const growthLists = async (person: Person) => ({
      goals: bodyOf<{ abilities: Record<string, boolean> }>(
        await person.client.get(w.url("/goals")),
      ).abilities,
      offers: bodyOf<{ abilities: Record<string, boolean> }>(
        await person.client.get(w.url("/next-phase-offers")),
      ).abilities,
      reviews: bodyOf<{ abilities: Record<string, boolean> }>(
        await person.client.get(w.url("/relationship-reviews")),
      ).abilities,
    });

    await giveNotice();
    await passDaysTo("2026-12-21");
    const client = await abilitiesOf(w.client);
    const provider = await abilitiesOf(w.provider);
    expect([client.growth.setGoal, client.growth.measure, client.growth.answerOffer]).toEqual([
      true,
      true,
      true,
    ]);
    expect(provider.growth.offer).toBe(true);
    expect((await growthLists(w.client)).goals).toEqual({ setGoal: true, measure: true });
    expect((await growthLists(w.provider)).offers).toEqual({ offer: true, answerOffer: false });

    await passDaysTo(EXIT_DATE);
    for (const person of [w.client, w.provider]) {
      const abilities = await abilitiesOf(person);
      for (const action of ending) expect(abilities.growth[action], action).toBe(false);
      // What does not end with the exit stays: reading, thanking, talking.
      expect(abilities.growth.view).toBe(true);
      expect(abilities.growth.recognise).toBe(true);
      expect(abilities.messages.post).toBe(true);
      const lists = await growthLists(person);
      expect(lists.goals).toEqual({ setGoal: false, measure: false });
      expect(lists.offers).toEqual({ offer: false, answerOffer: false });
      expect(lists.reviews.offer).toBe(false);
    }
  });

  it("stops asking an open check-in once the exit ends the engagement: no waiting item, no reminder", async () => {
    const waitingCheckIns = async (person: Person) =>
      bodyOf<{ items: WaitingItem[] }>(await person.client.get("/api/v1/me/waiting")).items.filter(
        (item) => item.kind === "answer_check_in",
      );
    const remindersSent = async () =>
      (
        await t.deps.db
          .selectFrom("engagement_events")
          .select("id")
          .where("engagement_id", "=", w.engagementId)
          .where("type", "=", "check_in.reminded")
          .execute()
      ).length;
    await giveNotice();
    // The cadence (14 days) opens a window on 2026-12-20; it closes a week later.
    await passDaysTo("2026-12-21");
    const remindedBefore = await remindersSent();
    for (const person of [w.client, w.provider]) {
      expect(await waitingCheckIns(person)).toHaveLength(1);
    }
    await passDaysTo("2026-12-23");
    for (const person of [w.client, w.provider]) {
      expect(await waitingCheckIns(person)).toEqual([]);
    }
    await passDaysTo("2026-12-29");
    expect(await remindersSent()).toBe(remindedBefore);
  });
});
