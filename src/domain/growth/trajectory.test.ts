import { describe, expect, it } from "vitest";
import { suggestGoalFromMeasure, type Goal, type Measurement } from "./goal";
import { numberSeparators } from "../typed-number";
import { goalTrajectory, progressOf } from "./trajectory";

const conversion: Goal = {
  id: "g1",
  title: "Conversion",
  baseline: 1.8,
  target: 3,
  unit: "%",
  cadenceDays: 14,
  dueDate: "2027-03-01",
  startedOn: "2026-12-01",
};

const measured = (measuredOn: string, value: number, correctedValue: number | null = null) =>
  ({ id: measuredOn, value, measuredOn, correctedValue }) satisfies Measurement;

describe("goal trajectories", () => {
  it("measures progress as the share of the way from baseline to target", () => {
    // (2.6 − 1.8) / (3 − 1.8) = 0.8 / 1.2 = 2/3
    expect(progressOf(conversion, 2.6)).toBeCloseTo(2 / 3, 10);
    // A load time going down: from 4 s toward 2 s, 3 s is half-way.
    expect(progressOf({ baseline: 4, target: 2 }, 3)).toBe(0.5);
  });

  it("has no data and a measurement due one cadence after the start before anything is recorded", () => {
    const trajectory = goalTrajectory(conversion, [], "2026-12-10");
    expect(trajectory).toMatchObject({
      status: "no_data",
      latest: null,
      nextMeasurementDue: "2026-12-15",
      isMeasurementOverdue: false,
    });
    expect(goalTrajectory(conversion, [], "2026-12-16").isMeasurementOverdue).toBe(true);
  });

  it("is on track within a tenth of the straight line to the due date, off track beyond it", () => {
    // 2027-01-15 is 45 of the 90 days from 1 December to 1 March: expected 0.5.
    // On track down to 0.4 of the way: 1.8 + 0.4 × 1.2 = 2.28.
    const just = goalTrajectory(conversion, [measured("2027-01-14", 2.29)], "2027-01-15");
    expect(just.expectedProgress).toBe(0.5);
    expect(just.status).toBe("on_track");
    const behind = goalTrajectory(conversion, [measured("2027-01-14", 2.27)], "2027-01-15");
    expect(behind.status).toBe("off_track");
    expect(behind.nextMeasurementDue).toBe("2027-01-28");
  });

  it("counts a confirmed correction instead of the recorded value, and sorts by day", () => {
    const trajectory = goalTrajectory(
      conversion,
      [measured("2027-02-01", 2.6), measured("2027-01-01", 2.0, 2.2)],
      "2027-02-02",
    );
    expect(trajectory.points).toEqual([
      { day: "2027-01-01", value: 2.2 },
      { day: "2027-02-01", value: 2.6 },
    ]);
    expect(trajectory.latest).toBe(2.6);
  });

  it("is reached once the latest value meets the target", () => {
    expect(goalTrajectory(conversion, [measured("2027-01-02", 3)], "2027-01-03").status).toBe(
      "reached",
    );
  });

  it("without a due date, is never on or behind track: improving while a value gains on the one before", () => {
    const open = { ...conversion, dueDate: null };
    const rising = goalTrajectory(
      open,
      [measured("2027-01-01", 2), measured("2027-01-15", 2.1)],
      "2027-01-16",
    );
    expect(rising.status).toBe("improving");
    const flat = goalTrajectory(
      open,
      [measured("2027-01-01", 2), measured("2027-01-15", 2)],
      "2027-01-16",
    );
    expect(flat.status).toBe("not_improving");
    const first = goalTrajectory(open, [measured("2027-01-01", 1.7)], "2027-01-16");
    expect(first.status).toBe("not_improving");
  });
});

describe("goals suggested by a brief's success measures", () => {
  const en = numberSeparators("en");
  it("reads the first number as the target and the word after it as the unit", () => {
    expect(suggestGoalFromMeasure("200 orders in 3 months", en)).toEqual({
      title: "200 orders in 3 months",
      target: 200,
      unit: "orders",
    });
    expect(suggestGoalFromMeasure("Conversion at 3,5 %", numberSeparators("fr"))).toMatchObject({
      target: 3.5,
      unit: "%",
    });
    expect(suggestGoalFromMeasure("Customers love it", en)).toBeNull();
  });

  it("reads the number a measure goes to as the target, not the one it starts from", () => {
    const target = (measure: string, locale = "en") =>
      suggestGoalFromMeasure(measure, numberSeparators(locale))?.target;
    expect(suggestGoalFromMeasure("Checkout conversion from 1.8% to 3%", en)).toMatchObject({
      target: 3,
      unit: "%",
    });
    expect(target("Churn de 8 % à 5 % d’ici juin", "fr")).toBe(5);
    expect(target("Ladezeit von 2,4 auf 1,2 s", "de")).toBe(1.2);
    expect(target("Reservas de 120 a 200 por semana", "es")).toBe(200);
    expect(target("Konversi dari 1,8% menjadi 3%", "id")).toBe(3);
    expect(target("Bookings 120 → 200 a week")).toBe(200);
    // Two numbers not joined as a start and an end: the first is still the target.
    expect(target("200 orders in 3 months")).toBe(200);
    expect(target("3% on mobile and 2% on desktop")).toBe(3);
  });

  it("reads grouped thousands in the measure's language, and guesses no number another reads otherwise", () => {
    const target = (measure: string, locale: string) =>
      suggestGoalFromMeasure(measure, numberSeparators(locale))?.target;
    expect(target("Orders from 1,000 to 2,000 a month", "en")).toBe(2000);
    expect(target("Commandes de 1 000 à 2 000 par mois", "fr")).toBe(2000);
    expect(target("Umsatz von 1.000,50 auf 2.000,50 Euro", "de")).toBe(2000.5);
    expect(target("Reach 1,250,000 visits", "en")).toBe(1_250_000);
    // "3,5" is no English number, "1.000" no French one: no target rather than 35 or 1.
    expect(target("Conversion at 3,5 %", "en")).toBeNull();
    expect(target("Visites de 500 à 1.000", "fr")).toBeNull();
    expect(suggestGoalFromMeasure("Conversion at 3,5 %", en)).toMatchObject({ unit: "%" });
  });
});
