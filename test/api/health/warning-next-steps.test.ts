import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sweepDueWork } from "../../../src/server/sweeper";
import { DIALECTS } from "../../support/databases";
import { buildTestApp, type Person, type TestApp } from "../../support/test-app";
import { DAY_MS, expectError, PASSWORD } from "../api-fixtures";
import { buildDeliveryWorld, submit, type DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

interface WarningBody {
  code: string;
  level: string;
  nextStep: string;
  nextStepText: string;
}

interface DisputeBody {
  id: string;
  status: string;
  abilities: Record<string, boolean>;
}

/**
 * A warning's next step is one the side can take. Before, the two warnings that turn red once a
 * window has passed kept a step the window had closed: "Answer the dispute" after the sweeper
 * had moved the unanswered dispute to mediation (answering refused, even after the ladder ended
 * in separation, the warning counting up for ever), and "Evaluate the deliverable" after the
 * review window had deemed it accepted (evaluating refused with 409).
 */
describe.each(DIALECTS)("warnings' next steps after their window on %s", (dialect) => {
  let t: TestApp;
  let w: DeliveryWorld;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    w = await buildDeliveryWorld(t);
  });
  afterEach(async () => {
    await t.close();
  });

  const passDays = async (days: number) => {
    t.clock.advance(days * DAY_MS);
    await sweepDueWork(t.deps);
    for (const person of [w.client, w.provider]) {
      bodyOf(
        await person.client.post("/api/v1/auth/login", { email: person.email, password: PASSWORD }),
      );
    }
  };
  const warningsOf = async (as: Person, code: string) =>
    bodyOf<{ warnings: WarningBody[] }>(await as.client.get(w.url("/health"))).warnings.filter(
      (warning) => warning.code === code,
    );

  it("asks the silent side to take part in the mediation, and clears once the ladder has ended", async () => {
    const opened = bodyOf<DisputeBody>(
      await w.client.client.post(w.url("/disputes"), {
        subject: { kind: "conduct", ref: null },
        statement: "Calls are cancelled at the last minute.",
        wants: "Keep the agreed call times.",
      }),
      201,
    );
    // Opened on a weekday: 4 days on, still inside the five business days to answer.
    await passDays(4);
    const waiting = await warningsOf(w.provider, "dispute_unanswered");
    if (waiting.length > 0) expect(waiting[0]?.nextStep).toBe("answer_dispute");

    // A week on, the answer window has passed: the sweeper moved the dispute to mediation.
    await passDays(4);
    const inMediation = bodyOf<DisputeBody>(
      await w.provider.client.get(w.url(`/disputes/${opened.id}`)),
    );
    expect(inMediation.status).toBe("in_mediation");
    expect(inMediation.abilities.respond).toBe(false);
    expectError(
      await w.provider.client.post(w.url(`/disputes/${opened.id}/response`), {
        response: "Sorry, we were away.",
      }),
      409,
      "dispute_wrong_state",
    );
    expect(await warningsOf(w.provider, "dispute_unanswered")).toEqual([
      expect.objectContaining({
        level: "red",
        nextStep: "take_part_in_mediation",
        nextStepText:
          "Take part in the mediation: read the moderator's recommendation, then accept it or move on",
      }),
    ]);

    // No recommendation within ten business days: the ladder ends in separation, the dispute
    // is closed, and nothing is left to answer.
    await passDays(16);
    const separated = bodyOf<DisputeBody>(
      await w.client.client.get(w.url(`/disputes/${opened.id}`)),
    );
    expect(separated.status).toBe("separated");
    expect(await warningsOf(w.provider, "dispute_unanswered")).toEqual([]);
    expect(await warningsOf(w.client, "dispute_unanswered")).toEqual([]);
  });

  it("asks a client whose silence let a round be deemed accepted to evaluate the next ones in time", async () => {
    const round = bodyOf<{ id: string }>(await submit(w), 201);
    // The agreed review window is 10 days; past it, the round is deemed accepted.
    await passDays(11);
    expectError(
      await w.client.client.post(w.url(`/submissions/${round.id}/evaluation`), {
        verdicts: [
          { criterionId: "c1", isMet: true },
          { criterionId: "c2", isMet: true },
        ],
      }),
      409,
      "submission_not_in_review",
    );
    expect(await warningsOf(w.client, "evaluation_pending")).toEqual([
      expect.objectContaining({
        level: "red",
        nextStep: "evaluate_in_time",
        nextStepText: "Evaluate each round within its review window from now on",
      }),
    ]);
  });
});
