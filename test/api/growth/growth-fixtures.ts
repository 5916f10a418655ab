import { signUpPerson, type Person, type TestApp } from "../../support/test-app";
import { addMember, createOrg, PASSWORD } from "../api-fixtures";
import { buildDeliveryWorld, type DeliveryWorld } from "../delivery/delivery-fixtures";
import { bodyOf } from "../proposals-agreements/proposal-fixtures";

/** What the API answers for goals, as far as the growth tests read. */
export interface GoalBody {
  id: string;
  title: string;
  baseline: number;
  target: number;
  unit: string;
  cadenceDays: number;
  source: { kind: string; ref: string | null };
  trajectory: {
    points: { day: string; value: number }[];
    latest: number | null;
    progress: number | null;
    status: string;
    sentence: string;
  };
  measurements: {
    id: string;
    value: number;
    correctedValue: number | null;
    source: string;
    side: string;
    corrections: { id: string; status: string; side: string; nextStep: string | null }[];
  }[];
}

export interface GrowthWorld extends DeliveryWorld {
  /** A viewer of the client organisation: reads, never writes. */
  viewer: Person;
  /** The owner of an organisation with no part in the engagement. */
  outsider: Person;
}

/** A signed engagement (from the delivery fixtures) with a client viewer and an outsider. */
export async function buildGrowthWorld(t: TestApp): Promise<GrowthWorld> {
  const w = await buildDeliveryWorld(t);
  const viewer = await signUpPerson(t.app, "Vera");
  await addMember(t, w.client, w.clientOrg, viewer, "viewer");
  const outsider = await signUpPerson(t.app, "Olga");
  await createOrg(outsider, "client");
  return { ...w, viewer, outsider };
}

export const CONVERSION = {
  title: "Conversion",
  baseline: 1.8,
  target: 3,
  unit: "%",
  source: { kind: "agreement" },
};

export async function setConversionGoal(w: GrowthWorld, as: Person = w.provider) {
  return bodyOf<GoalBody>(await as.client.post(w.url("/goals"), CONVERSION), 201);
}

export function recordValue(
  w: GrowthWorld,
  goalId: string,
  value: number,
  measuredOn: string,
  as: Person = w.provider,
) {
  return as.client.post(w.url(`/goals/${goalId}/values`), {
    value,
    measuredOn,
    source: "https://analytics.example.test/report/42",
  });
}

/** Moves the test clock on and signs everyone in again (sessions end as time passes). */
export async function passDays(t: TestApp, w: GrowthWorld, days: number): Promise<void> {
  t.clock.advance(days * 86_400_000);
  for (const person of [w.client, w.provider, w.viewer, w.outsider]) {
    const response = await person.client.post("/api/v1/auth/login", {
      email: person.email,
      password: PASSWORD,
    });
    if (response.statusCode !== 200) throw new Error(`log-in failed: ${response.body}`);
  }
}

/** A next phase the provider offers: one goal, one deliverable with a criterion, a fixed price. */
export function nextPhase(goalIds: string[], description = "Points on every order") {
  return {
    title: "Loyalty programme",
    summary: "Points for returning customers, to lift conversion to 3.5%",
    justifiedByGoalIds: goalIds,
    goals: [{ title: "Returning customers", baseline: 12, target: 20, unit: "%" }],
    terms: {
      deliverables: [
        {
          id: "loyalty",
          title: "Loyalty points",
          description,
          criteria: [
            { id: "c1", statement: "Points are credited on an order", verification: "Test order" },
          ],
          revisionLimit: 2,
          milestoneId: "m-loyalty",
          coversMustHaveIds: [],
        },
      ],
      milestones: [
        { id: "m-loyalty", title: "Loyalty live", dueDate: "2027-06-01", amountMinor: 600_000 },
      ],
      remuneration: {
        model: "fixed",
        currency: "EUR",
        amountMinor: 600_000,
        rateMinor: null,
        estimatedEffort: { unit: "day", quantity: 10 },
        retainerPeriod: null,
      },
    },
  };
}
