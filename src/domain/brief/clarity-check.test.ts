import { describe, expect, it } from "vitest";
import { hasBlockingFinding } from "../findings";
import type { Brief } from "./brief";
import { checkBriefClarity } from "./clarity-check";

const TODAY = "2026-11-22";

function clearBrief(overrides: Partial<Brief> = {}): Brief {
  return {
    title: "Online shop",
    goals: ["Sell our ceramics online"],
    successMeasures: ["200 orders in the first 3 months"],
    mustHaves: [{ id: "m1", text: "Card payments" }],
    niceToHaves: [{ id: "n1", text: "Gift cards" }],
    skillIds: ["web.ecommerce"],
    budget: { currency: "EUR", minMinor: 1_000_000, maxMinor: 1_500_000 },
    clientPeople: [{ role: "Owner", hoursPerWeek: 4 }],
    businessModelScope: "Direct-to-consumer sales in the EU",
    constraints: [],
    earliestStart: "2026-12-01",
    deadline: "2027-03-01",
    preferredLanguages: ["fr", "en"],
    ...overrides,
  };
}

const codes = (brief: Brief) =>
  checkBriefClarity(brief, TODAY).map((f) => `${f.severity}:${f.code}:${f.path}`);

describe("brief clarity check", () => {
  it("finds nothing in a clear brief, which may be published", () => {
    expect(checkBriefClarity(clearBrief(), TODAY)).toEqual([]);
  });

  it("blocks a brief with no goal or no success measure", () => {
    expect(codes(clearBrief({ goals: [" "] }))).toContain("blocking:goal_missing:goals");
    expect(codes(clearBrief({ successMeasures: [] }))).toContain(
      "blocking:success_measure_missing:successMeasures",
    );
  });

  it("warns about a success measure that names no quantity", () => {
    expect(codes(clearBrief({ successMeasures: ["Customers love it"] }))).toEqual([
      "warning:success_measure_not_measurable:successMeasures.0",
    ]);
  });

  it("blocks a brief without a budget range, or with one upside down", () => {
    expect(codes(clearBrief({ budget: null }))).toContain("blocking:budget_missing:budget");
    expect(codes(clearBrief({ budget: { currency: "EUR", minMinor: 9, maxMinor: 5 } }))).toContain(
      "blocking:budget_inverted:budget",
    );
  });

  it("blocks a budget of nothing (up to 0) as a missing one: it tells providers no resources", () => {
    expect(codes(clearBrief({ budget: { currency: "EUR", minMinor: 0, maxMinor: 0 } }))).toEqual([
      "blocking:budget_missing:budget",
    ]);
    expect(codes(clearBrief({ budget: { currency: "EUR", minMinor: 0, maxMinor: 100 } }))).toEqual(
      [],
    );
  });

  it("warns about a budget range too wide to say anything", () => {
    expect(
      codes(clearBrief({ budget: { currency: "EUR", minMinor: 100, maxMinor: 301 } })),
    ).toEqual(["warning:budget_range_wide:budget"]);
    expect(
      codes(clearBrief({ budget: { currency: "EUR", minMinor: 100, maxMinor: 300 } })),
    ).toEqual([]);
  });

  it("blocks a missing or passed deadline", () => {
    expect(codes(clearBrief({ deadline: null }))).toContain("blocking:deadline_missing:deadline");
    expect(codes(clearBrief({ deadline: TODAY }))).toContain("blocking:deadline_passed:deadline");
  });

  it("blocks a deadline before a feasible start, counted from the earliest start", () => {
    expect(codes(clearBrief({ earliestStart: "2027-02-25", deadline: "2027-03-01" }))).toContain(
      "blocking:deadline_before_feasible_start:deadline",
    );
    expect(codes(clearBrief({ earliestStart: null, deadline: "2026-11-28" }))).toContain(
      "blocking:deadline_before_feasible_start:deadline",
    );
    expect(codes(clearBrief({ earliestStart: null, deadline: "2026-11-29" }))).toEqual([]);
  });

  it("names a deadline before the earliest start as that, with both days", () => {
    const found = checkBriefClarity(
      clearBrief({ earliestStart: "2027-03-10", deadline: "2027-03-01" }),
      TODAY,
    );
    expect(found).toEqual([
      {
        code: "deadline_before_earliest_start",
        severity: "blocking",
        path: "deadline",
        values: { deadline: { day: "2027-03-01" }, start: { day: "2027-03-10" } },
      },
    ]);
  });

  it("warns that an earliest start already past will be read as today, naming the day; today itself is no finding", () => {
    expect(checkBriefClarity(clearBrief({ earliestStart: "2026-11-02" }), TODAY)).toEqual([
      {
        code: "earliest_start_passed",
        severity: "warning",
        path: "earliestStart",
        values: { start: { day: "2026-11-02" }, today: { day: TODAY } },
      },
    ]);
    expect(codes(clearBrief({ earliestStart: TODAY }))).toEqual([]);
    // The clock is an input: the same brief a month earlier has nothing to say.
    expect(checkBriefClarity(clearBrief({ earliestStart: "2026-11-02" }), "2026-10-22")).toEqual(
      [],
    );
  });

  it("names a maximum below the minimum as upside down, even a maximum of 0", () => {
    expect(
      codes(clearBrief({ budget: { currency: "EUR", minMinor: 50_000, maxMinor: 0 } })),
    ).toEqual(["blocking:budget_inverted:budget"]);
  });

  it("blocks must-haves that contradict each other, in any of the five languages", () => {
    const pairs: [string, string][] = [
      ["Mobile app", "No mobile app"],
      ["Application mobile", "Pas d’application mobile"],
      ["Mobile App", "Keine mobile App"],
      ["Aplicación móvil", "Sin aplicación móvil"],
      ["Aplikasi seluler", "Tanpa aplikasi seluler"],
    ];
    for (const [a, b] of pairs) {
      const brief = clearBrief({
        mustHaves: [
          { id: "a", text: a },
          { id: "b", text: b },
        ],
      });
      expect(codes(brief), `${a} / ${b}`).toContain("blocking:must_haves_contradict:mustHaves.1");
    }
  });

  it("blocks an item that is both a must-have and a nice-to-have", () => {
    const brief = clearBrief({ niceToHaves: [{ id: "n", text: "card payments " }] });
    expect(codes(brief)).toContain("blocking:must_have_also_nice_to_have:niceToHaves.0");
  });

  it("warns when the client commits no people, no scope or no language", () => {
    const brief = clearBrief({ clientPeople: [], businessModelScope: "", preferredLanguages: [] });
    const findings = checkBriefClarity(brief, TODAY);
    expect(findings.map((f) => f.code)).toEqual([
      "client_people_missing",
      "business_model_scope_missing",
      "preferred_language_missing",
    ]);
    expect(hasBlockingFinding(findings)).toBe(false);
  });

  it("blocks a brief that names no skill, since nobody could be matched to it", () => {
    expect(codes(clearBrief({ skillIds: [] }))).toContain("blocking:skills_missing:skillIds");
  });
});
